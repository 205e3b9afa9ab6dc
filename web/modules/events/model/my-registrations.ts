/** The caller's registrations shown on an event page, kept current as registrations are taken and changed. */
import type { TEvent, TRegistration } from '../../../../src/contract/events';

/**
 * The event as the server now counts it, keeping the registrations shown before that the server does not list
 * (it lists the caller's own; one staff just took for someone else stays shown too).
 */
export function withFreshEvent(old: TEvent, fresh: TEvent): TEvent {
  return {
    ...fresh,
    myRegistrations: [
      ...old.myRegistrations.filter((r) => !fresh.myRegistrations.some((x) => x.id === r.id)),
      ...fresh.myRegistrations,
    ],
  };
}

/** The event with a registration replaced where it is shown, or added first when it is new. */
export function withRegistration(old: TEvent, r: TRegistration): TEvent {
  return {
    ...old,
    myRegistrations: old.myRegistrations.some((x) => x.id === r.id)
      ? old.myRegistrations.map((x) => (x.id === r.id ? r : x))
      : [r, ...old.myRegistrations],
  };
}
