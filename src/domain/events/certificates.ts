/**
 * Who earns a certificate of attendance, and until when a participant may cancel.
 *
 * Certificates: rule 'all' needs a check-in at every session; rule 'min' at least `minSessions` of them
 * (capped at the number of sessions, so a rule of 5 on a 3-session event means all 3; a missing minimum means
 * all). Check-ins at sessions that are not (or no longer) the event's do not count. An event without sessions
 * gives no certificates. Certificates are per person: a party's check-in at a session names who of its attendees
 * came (or, when it names nobody, the first `people` of them), and each person's sessions are counted on their own.
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
  const needed =
    input.rule === 'min' && input.minSessions !== null ? Math.min(Math.max(1, input.minSessions), total) : total;
  return attended >= needed;
}

/** The people a registration's certificates name: its attendees (trimmed, once each), or its contact when it names none. */
export function participantsOf(r: { attendeeNames: readonly string[]; contactName: string }): string[] {
  const names = [...new Set(r.attendeeNames.map((n) => n.trim()).filter(Boolean))];
  return names.length ? names : [r.contactName];
}

/** One check-in of a registration: the session, how many came and, when staff ticked them, which of its attendees. */
export interface TPersonCheckIn {
  sessionId: string;
  people: number;
  /** The attendees present; null = the first `people` of the registration's participants. */
  attendeeNames: readonly string[] | null;
}

/** The names present at one check-in: the ticked names that are the registration's, else the first `people` of them. */
export function namesPresent(
  participants: readonly string[],
  checkIn: Pick<TPersonCheckIn, 'people' | 'attendeeNames'>,
): string[] {
  if (checkIn.attendeeNames) return participants.filter((p) => checkIn.attendeeNames!.includes(p));
  return participants.slice(0, Math.max(0, checkIn.people));
}

/** The sessions each participant was present at, by name (every participant listed, possibly with none). */
export function sessionsByPerson(
  participants: readonly string[],
  checkIns: readonly TPersonCheckIn[],
): Map<string, string[]> {
  const out = new Map<string, string[]>(participants.map((p) => [p, []]));
  for (const c of checkIns) for (const name of namesPresent(participants, c)) out.get(name)!.push(c.sessionId);
  return out;
}

/**
 * The people of a registration who earn a certificate under the event's rule, each with the number of the event's
 * sessions they attended; people without enough sessions of their own get none, whatever the rest of the party did.
 */
export function certificatesDue(input: {
  rule: TCertificateRule;
  minSessions: number | null;
  sessionIds: readonly string[];
  participants: readonly string[];
  checkIns: readonly TPersonCheckIn[];
}): { participantName: string; sessionsAttended: number }[] {
  const due: { participantName: string; sessionsAttended: number }[] = [];
  for (const [name, checkedInSessionIds] of sessionsByPerson(input.participants, input.checkIns)) {
    const eligible = eligibleForCertificate({
      rule: input.rule,
      minSessions: input.minSessions,
      sessionIds: input.sessionIds,
      checkedInSessionIds,
    });
    if (eligible)
      due.push({ participantName: name, sessionsAttended: sessionsAttended(input.sessionIds, checkedInSessionIds) });
  }
  return due;
}

/**
 * How many distinct people of a registration came to the event: the participants present at any session, and never
 * fewer than the largest party checked in at one session (a party may have more seats than names).
 */
export function peopleWhoCame(participants: readonly string[], checkIns: readonly TPersonCheckIn[]): number {
  const named = new Set(checkIns.flatMap((c) => namesPresent(participants, c)));
  return Math.max(named.size, ...checkIns.map((c) => c.people), 0);
}

/** The last moment a participant may cancel: `deadlineHours` before the first start; null without sessions. */
export function cancellationDeadline(firstStartsAt: Date | null, deadlineHours: number): Date | null {
  return firstStartsAt ? new Date(firstStartsAt.getTime() - deadlineHours * 3_600_000) : null;
}

/** Whether a cancellation is allowed at `now`: staff always; the participant until the deadline (inclusive). */
export function cancellationAllowed(input: {
  now: Date;
  firstStartsAt: Date | null;
  deadlineHours: number;
  byStaff: boolean;
}): boolean {
  if (input.byStaff) return true;
  const deadline = cancellationDeadline(input.firstStartsAt, input.deadlineHours);
  return deadline === null || input.now.getTime() <= deadline.getTime();
}
