/**
 * Who earns a certificate of attendance, and until when a participant may cancel.
 *
 * Certificates: rule 'all' needs a check-in at every session; rule 'min' at least `minSessions` of them
 * (capped at the number of sessions, so a rule of 5 on a 3-session event means all 3; a missing minimum means
 * all). Check-ins at sessions that are not (or no longer) the event's do not count. An event without sessions
 * gives no certificates.
 *
 * Cancellation: staff may cancel any time; a participant until `deadlineHours` before the first session starts
 * (inclusive). Facilities reuse the rule for bookings, with the booking's start and the resource's hours.
 */

/** The certificate rule of an event. */
export type TCertificateRule = 'all' | 'min';

/** The number of distinct sessions of `sessionIds` that have a check-in. */
export function sessionsAttended(sessionIds: readonly string[], checkedInSessionIds: readonly string[]): number {
  const checked = new Set(checkedInSessionIds);
  return new Set(sessionIds.filter((id) => checked.has(id))).size;
}

/** Whether a registration's check-ins earn a certificate under the event's rule. */
export function eligibleForCertificate(input: {
  rule: TCertificateRule;
  minSessions: number | null;
  sessionIds: readonly string[];
  checkedInSessionIds: readonly string[];
}): boolean {
  const total = new Set(input.sessionIds).size;
  if (total === 0) return false;
  const attended = sessionsAttended(input.sessionIds, input.checkedInSessionIds);
  const needed = input.rule === 'min' && input.minSessions !== null ? Math.min(Math.max(1, input.minSessions), total) : total;
  return attended >= needed;
}

/** The last moment a participant may cancel: `deadlineHours` before the first start; null without sessions. */
export function cancellationDeadline(firstStartsAt: Date | null, deadlineHours: number): Date | null {
  return firstStartsAt ? new Date(firstStartsAt.getTime() - deadlineHours * 3_600_000) : null;
}

/** Whether a cancellation is allowed at `now`: staff always; the participant until the deadline (inclusive). */
export function cancellationAllowed(input: { now: Date; firstStartsAt: Date | null; deadlineHours: number; byStaff: boolean }): boolean {
  if (input.byStaff) return true;
  const deadline = cancellationDeadline(input.firstStartsAt, input.deadlineHours);
  return deadline === null || input.now.getTime() <= deadline.getTime();
}
