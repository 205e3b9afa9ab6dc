import { z } from 'zod';
import { ZPageTotal } from '../schemas';
import { EVENT_TYPES, EVENT_VISIBILITIES, REGISTRATION_STATUSES } from './enums';
import { ZQuestion } from './input';
import { CHECK_IN_OVERRIDE_REASON_MAX, CHECK_IN_OVERRIDE_REASON_MIN } from '../../domain/events/checkin-day';

/** The events API's response shapes (and the check-in bodies), shared by the server and the web app. */

export const ZEventSummary = z.object({
  id: z.string(),
  slug: z.string(),
  type: z.enum(EVENT_TYPES),
  titleBg: z.string(),
  titleEn: z.string(),
  tags: z.array(z.string()),
  venue: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  seatsTaken: z.number().int(),
  seatsLeft: z.number().int().nullable(),
  waitlistCount: z.number().int(),
  firstStartsAt: z.string().nullable(),
  lastEndsAt: z.string().nullable(),
  registrationOpen: z.boolean(),
  visibility: z.enum(EVENT_VISIBILITIES),
  published: z.boolean(),
});
export type TEventSummary = z.infer<typeof ZEventSummary>;

export const ZEventPage = z.object({
  items: z.array(ZEventSummary),
  ...ZPageTotal,
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZSession = z.object({
  id: z.string(),
  titleBg: z.string().nullable(),
  titleEn: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int().nullable(),
  location: z.string().nullable(),
});

export const ZRegistration = z.object({
  id: z.string(),
  eventId: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  seats: z.number().int(),
  attendeeNames: z.array(z.string()),
  answers: z.record(z.string(), z.unknown()),
  status: z.enum(REGISTRATION_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  offerExpiresAt: z.string().nullable(),
  code: z.string(),
  qrSvg: z.string(),
  createdAt: z.string(),
  checkIns: z.array(
    z.object({
      sessionId: z.string(),
      checkedInAt: z.string(),
      people: z.number().int(),
      /** The attendees ticked present; null = not named (the first `people` of `attendeeNames`). */
      attendeeNames: z.array(z.string()).nullable(),
    }),
  ),
  /** Every certificate of the registration still standing, one per person, by name. */
  certificates: z.array(z.object({ code: z.string(), participantName: z.string() })),
  abilities: z.object({
    cancel: z.boolean(),
    acceptOffer: z.boolean(),
    declineOffer: z.boolean(),
    leaveWaitlist: z.boolean(),
  }),
});
export type TRegistration = z.infer<typeof ZRegistration>;

export const ZMyRegistration = ZRegistration.extend({
  event: z.object({
    id: z.string(),
    slug: z.string(),
    titleBg: z.string(),
    titleEn: z.string(),
    firstStartsAt: z.string().nullable(),
  }),
});

export const ZEvent = ZEventSummary.extend({
  descriptionBg: z.string(),
  descriptionEn: z.string(),
  organiser: z.object({ id: z.string(), name: z.string() }).nullable(),
  sessions: z.array(ZSession),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  approvalRequired: z.boolean(),
  questions: z.array(ZQuestion),
  cancellationDeadlineHours: z.number().int(),
  offerHoldHours: z.number().int(),
  certificateRule: z.enum(['all', 'min']),
  certificateMinSessions: z.number().int().nullable(),
  valuePerParticipantCents: z.number().int(),
  pricePerParticipantCents: z.number().int(),
  aidBasis: z.enum(['de_minimis', 'gber', 'none']),
  gberArticle: z.string().nullable(),
  noAidReason: z.string().nullable(),
  myRegistrations: z.array(ZRegistration),
  abilities: z.object({ register: z.boolean(), manage: z.boolean(), checkIn: z.boolean() }),
});
export type TEvent = z.infer<typeof ZEvent>;

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
