/**
 * What the door staff need to read at a glance after a scan: success, already checked in (with when),
 * an unknown code, or a registration without a confirmed seat. Pure, so the wording rules are tested.
 */
import { normaliseCheckInCode } from '../../../src/domain/events/checkin-code';
import { asApiError } from '../../shared/lib/errors';
import type { TCheckInCandidate, TCheckInResult, TEventSession } from '../../../src/contract/events';
import { CHECK_IN_OVERRIDE_REASON_MIN as OVERRIDE_REASON_MIN } from '../../../src/domain/events/checkin-day';

export type TCheckInOutcome =
  | { kind: 'ok'; result: TCheckInResult }
  | { kind: 'duplicate'; checkedInAt: string | null }
  | { kind: 'unknown' }
  | { kind: 'notConfirmed'; status: string | null }
  | { kind: 'error'; error: unknown };

export function outcomeOfError(err: unknown): TCheckInOutcome {
  const e = asApiError(err);
  const details = (e.details ?? {}) as { checkedInAt?: unknown; status?: unknown };
  if (e.code === 'already_checked_in')
    return { kind: 'duplicate', checkedInAt: typeof details.checkedInAt === 'string' ? details.checkedInAt : null };
  if (e.code === 'not_confirmed')
    return { kind: 'notConfirmed', status: typeof details.status === 'string' ? details.status : null };
  if (e.status === 404) return { kind: 'unknown' };
  return { kind: 'error', error: err };
}

/** A code as people type it: case ignored, spaces and dashes dropped — the server compares codes the same way. */
export function normaliseCode(input: string): string {
  return normaliseCheckInCode(input);
}

/** The attendee names of a registration, once each, in their order (blank ones dropped). */
export function attendeeChoices(candidate: Pick<TCheckInCandidate, 'attendeeNames'>): string[] {
  return [...new Set(candidate.attendeeNames.map((n) => n.trim()).filter(Boolean))];
}

/** Whether the door asks which of a party came before checking it in: only when it names more than one person. */
export function asksWhoCame(candidate: Pick<TCheckInCandidate, 'attendeeNames'>): boolean {
  return attendeeChoices(candidate).length > 1;
}

/** The shortest reason for a check-in outside the session's day: the server's own rule. */
export { OVERRIDE_REASON_MIN };

/**
 * Whether the door stops before checking in: to ask who of a party came, or, on another day than the session's
 * (Sofia), to have staff give the reason for checking in anyway.
 */
export function asksBeforeCheckIn(candidate: Pick<TCheckInCandidate, 'attendeeNames' | 'onSessionDay'>): boolean {
  return asksWhoCame(candidate) || !candidate.onSessionDay;
}

/** A usable override reason (trimmed), or null when too short. */
export function overrideReason(input: string): string | null {
  const trimmed = input.trim();
  return trimmed.length >= OVERRIDE_REASON_MIN ? trimmed : null;
}

/**
 * The check-in body for a party: the ticked names (in the registration's order) when the door asked who came, else
 * just the code (the whole party). Null when the door asked and nobody is ticked.
 */
export function checkInBody(
  code: string,
  candidate: Pick<TCheckInCandidate, 'attendeeNames'>,
  ticked: ReadonlySet<string> | null,
): { code: string; attendees?: string[] } | null {
  if (!asksWhoCame(candidate) || ticked === null) return { code };
  const attendees = attendeeChoices(candidate).filter((n) => ticked.has(n));
  return attendees.length ? { code, attendees } : null;
}

/** The session to open the page on: the one running now, else the next to start, else the last one. */
export function defaultSession(sessions: readonly TEventSession[], now: Date): TEventSession | null {
  if (sessions.length === 0) return null;
  const t = now.getTime();
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // Doors open before the start: a session counts as current from an hour before it.
  const current = sorted.find((s) => Date.parse(s.startsAt) - 3_600_000 <= t && t <= Date.parse(s.endsAt));
  return current ?? sorted.find((s) => Date.parse(s.startsAt) > t) ?? sorted[sorted.length - 1];
}

/**
 * The camera sees the same QR code many times a second: a code is sent once, then ignored for `quietMs`
 * so one badge held up gives one result (a deliberate second scan after that shows the duplicate).
 */
export function createScanGate(quietMs = 4000) {
  let last = '';
  let at = 0;
  return (code: string, now: number): boolean => {
    if (code === last && now - at < quietMs) return false;
    last = code;
    at = now;
    return true;
  };
}
