import type { z } from 'zod';
import type { ZCheckInList } from '../../../contract/events/schemas';
import { presentSession } from '../presenter';
import type { TCheckInList } from './queries/list-check-ins';

/** The door list as the API sends it. */
export function presentCheckInList(list: TCheckInList): z.infer<typeof ZCheckInList> {
  return {
    session: presentSession(list.session),
    items: list.items.map((i) => ({ ...i, checkedInAt: i.checkedInAt?.toISOString() ?? null })),
    expected: list.expected,
    checkedIn: list.checkedIn,
  };
}
