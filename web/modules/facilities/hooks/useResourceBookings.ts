/** The resource page's live data: the week shown with its availability, and my bookings of the resource. */
import { useState } from 'react';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { viewRange, weekStart } from '../../events/grid';
import { sofiaToday } from '../../events/calendar-sofia-time';
import { availabilityPath } from '../api';
import type { TAvailability, TBooking } from '../../../../src/contract/facilities';

export function useResourceBookings(resourceId: string, signedIn: boolean) {
  const [week, setWeek] = useState(() => weekStart(sofiaToday()));
  // Fixed once per visit: a fresh timestamp per render would change the address and refetch without end.
  const [since] = useState(() => new Date().toISOString());
  const range = viewRange('week', week);
  const availability = useApi<TAvailability>(availabilityPath(resourceId, range.from, range.to));
  const mine = useApi<{ items: TBooking[] }>(
    signedIn ? withQuery('/api/v1/bookings', { resourceId, from: since }) : null,
  );

  /** After a new booking: both the week and my list change. */
  const refresh = () => {
    availability.reload();
    mine.reload();
  };
  /** After an action on one of my bookings: its new state in the list, and the week again. */
  const replaceBooking = (b: TBooking) => {
    if (mine.data) mine.setData({ items: mine.data.items.map((x) => (x.id === b.id ? b : x)) });
    availability.reload();
  };

  return { week, setWeek, availability, mine, refresh, replaceBooking };
}
