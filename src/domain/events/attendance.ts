/**
 * Attendance as the Commission counts it: which service category an event's attendance is delivered as, and when it
 * may be recorded.
 *
 * - Category by event type: trainings, workshops and seminars build skills ("skills and training"); conferences and
 *   forums, hackathons and matchmaking sessions bring people together ("innovation ecosystem and networking"). A
 *   general meeting of the consortium serves the hub itself, not a customer: it is no service delivery at all.
 * - Attendance is recorded only once the event is over (its last session has ended): before that, people who have
 *   yet to come would be missing from the count, and a second recording adds nothing.
 */
import type { TDeliveryCategory } from '../../contract/requests/enums';
import type { TEventType } from '../../contract/events/enums';

export type { TDeliveryCategory, TEventType };

const CATEGORY_OF_TYPE: Record<TEventType, TDeliveryCategory | null> = {
  training: 'training_skills',
  workshop: 'training_skills',
  seminar: 'training_skills',
  conference: 'ecosystem_networking',
  hackathon: 'ecosystem_networking',
  matchmaking: 'ecosystem_networking',
  general_meeting: null,
};

/** The Commission's service category an event of `type` is delivered as; null when it is no service (general meetings). */
export function deliveryCategoryOfEventType(type: TEventType | string): TDeliveryCategory | null {
  return (CATEGORY_OF_TYPE as Record<string, TDeliveryCategory | null>)[type] ?? null;
}

/** The end of the event's last session; null without sessions. */
export function lastSessionEnd(sessions: readonly { endsAt: Date }[]): Date | null {
  return sessions.reduce<Date | null>((max, s) => (!max || s.endsAt > max ? s.endsAt : max), null);
}

/** Whether the event is over at `now`: it has sessions and the last one has ended (end time inclusive). */
export function eventIsOver(sessions: readonly { endsAt: Date }[], now: Date): boolean {
  const end = lastSessionEnd(sessions);
  return end !== null && end.getTime() <= now.getTime();
}
