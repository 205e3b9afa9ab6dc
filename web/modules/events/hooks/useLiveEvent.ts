/**
 * The event page's event, kept live: a registration taken, changed or cancelled moves the seats and the waiting
 * list too, so the registration shows at once and then the event as the server now counts it.
 */
import { useCallback, useState } from 'react';
import { apiGet } from '../../../shared/lib/api';
import { eventPath } from '../api';
import { withFreshEvent, withRegistration } from '../model/my-registrations';
import type { TEvent, TRegistration } from '../../../../src/contract/events';

export function useLiveEvent(data: TEvent) {
  const [event, setEvent] = useState(data);
  const [justRegistered, setJustRegistered] = useState<TRegistration | null>(null);

  const slug = data.slug;
  const refreshEvent = useCallback(async () => {
    try {
      const fresh = await apiGet<TEvent>(eventPath(slug));
      setEvent((old) => withFreshEvent(old, fresh));
    } catch {
      // Keep what is shown; the registration itself is already there and a reload shows the fresh count.
    }
  }, [slug]);

  const replaceRegistration = (r: TRegistration) => {
    setEvent((old) => withRegistration(old, r));
    void refreshEvent();
  };

  const onRegistered = (r: TRegistration) => {
    setJustRegistered(r);
    replaceRegistration(r);
  };

  return { event, justRegistered, replaceRegistration, onRegistered };
}
