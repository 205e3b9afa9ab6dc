/** What the check-in page shows: who a check-in recorded, the session's list in its order, the session's days. */
import { formatDate } from '../../../shared/lib/format';
import type { TCheckInCandidate, TCheckInResult, TCheckInRow } from '../../../../src/contract/events';

/** The names this check-in recorded as present (the ticked ones), else the registration's names. */
export function presentNames(result: TCheckInResult): string[] {
  const r = result.registration;
  const latest = r.checkIns.find((c) => c.checkedInAt === result.checkedInAt && c.attendeeNames);
  return latest?.attendeeNames ?? r.attendeeNames;
}

/** Checked-in people first (latest on top), then those still expected. */
export function checkInOrder(items: readonly TCheckInRow[]): TCheckInRow[] {
  return [...items].sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''));
}

/** The session's day, or its first and last day, as a date for people (the days are Sofia calendar days). */
export function sessionDays(candidate: TCheckInCandidate, locale: string): string {
  // Noon UTC is the same calendar day in Sofia all year.
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale);
  return candidate.sessionFirstDay === candidate.sessionLastDay
    ? day(candidate.sessionFirstDay)
    : `${day(candidate.sessionFirstDay)} – ${day(candidate.sessionLastDay)}`;
}
