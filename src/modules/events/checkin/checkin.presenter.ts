import { z } from 'zod';
import { ZRegistration, ZSession, presentSession } from '../presenter';
import { CHECK_IN_OVERRIDE_REASON_MAX, CHECK_IN_OVERRIDE_REASON_MIN } from '../../../domain/events/checkin-day';
import type { TCheckInList } from './queries/list-check-ins';

export const ZCheckInBody = z.object({
  code: z.string().trim().min(1).max(200),
  people: z.number().int().min(1).max(1000).optional(),
  /** Which of the registration's attendees came (names as registered); `people` is then their number. */
  attendees: z.array(z.string().trim().min(1).max(200)).min(1).max(1000).optional(),
  /** Staff's reason for a check-in outside the session's day (Sofia); refused with 409 without one. Ignored on the day. */
  overrideReason: z.string().trim().min(CHECK_IN_OVERRIDE_REASON_MIN).max(CHECK_IN_OVERRIDE_REASON_MAX).optional(),
});

export const ZCheckInLookupQuery = z.object({ code: z.string().trim().min(1).max(200) });

/** A registration found by its code, before it is checked in: who it is and the names to tick at the door. */
export const ZCheckInCandidate = z.object({
  registrationId: z.string(),
  contactName: z.string(),
  organisationName: z.string().nullable(),
  seats: z.number().int(),
  attendeeNames: z.array(z.string()),
  /** Whether today (Sofia) is a day of the session; if not, the check-in needs staff's `overrideReason`. */
  onSessionDay: z.boolean(),
  sessionFirstDay: z.string(),
  sessionLastDay: z.string(),
});

export const ZCheckInResult = z.object({
  registration: ZRegistration,
  people: z.number().int(),
  checkedInAt: z.string(),
});

export const ZCheckInList = z.object({
  session: ZSession,
  items: z.array(
    z.object({
      registrationId: z.string(),
      contactName: z.string(),
      organisationName: z.string().nullable(),
      seats: z.number().int(),
      people: z.number().int().nullable(),
      /** The attendees ticked present at this session; null = not named (the first `people` of the registration's). */
      attendeeNames: z.array(z.string()).nullable(),
      checkedInAt: z.string().nullable(),
    }),
  ),
  expected: z.number().int(),
  checkedIn: z.number().int(),
});

export const ZAttendanceResult = z.object({
  recorded: z.array(z.object({ organisationId: z.string(), attendees: z.number().int(), aidCents: z.number().int() })),
  refused: z.array(z.object({ organisationId: z.string(), code: z.string(), message: z.string() })),
});

/** The door list as the API sends it. */
export function presentCheckInList(list: TCheckInList): z.infer<typeof ZCheckInList> {
  return {
    session: presentSession(list.session),
    items: list.items.map((i) => ({ ...i, checkedInAt: i.checkedInAt?.toISOString() ?? null })),
    expected: list.expected,
    checkedIn: list.checkedIn,
  };
}
