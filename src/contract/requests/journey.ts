/** GET /api/v1/organisations/:id/journey: an organisation's steps through the hub, and its aid against the ceiling. */
import { z } from 'zod';
import { AID_BASES } from '../../domain/state-aid/aid';
import { REQUEST_STATES } from '../../domain/services/request-state-machine';
// Other capabilities' shapes. Still to move into their own contract folders: aid's ZOrganisationAid, and the
// events and facilities status lists (today in the database schema).
import { ZBand, ZStage } from '../assessments';
import { ZOrganisationAid } from '../aid/schemas';
import { BOOKING_STATUSES } from '../facilities/enums';
import { REGISTRATION_STATUSES } from '../events/enums';

const ZEventRef = { eventId: z.string(), eventSlug: z.string(), eventTitleBg: z.string(), eventTitleEn: z.string() };

export const ZJourneyItem = z.discriminatedUnion('kind', [
  z.object({ at: z.string(), kind: z.literal('registered') }),
  z.object({
    at: z.string(),
    kind: z.literal('assessment'),
    assessmentId: z.string(),
    stage: ZStage,
    overall: z.object({ score: z.number(), band: ZBand }),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('request'),
    requestId: z.string(),
    ref: z.number().int(),
    status: z.enum(REQUEST_STATES),
    serviceTitleBg: z.string(),
    serviceTitleEn: z.string(),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('delivery'),
    requestId: z.string().nullable(),
    ref: z.number().int().nullable(),
    serviceTitleBg: z.string(),
    serviceTitleEn: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    valueCents: z.number().int(),
    aidCents: z.number().int(),
    aidBasis: z.enum(AID_BASES),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('feedback'),
    requestId: z.string(),
    ref: z.number().int(),
    rating: z.number().int(),
    comment: z.string().nullable(),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('event_registration'),
    ...ZEventRef,
    registrationId: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    seats: z.number().int(),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('check_in'),
    ...ZEventRef,
    registrationId: z.string(),
    sessionTitleBg: z.string().nullable(),
    sessionTitleEn: z.string().nullable(),
    sessionStartsAt: z.string(),
    people: z.number().int(),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('certificate'),
    ...ZEventRef,
    code: z.string(),
    participantName: z.string(),
    sessionsAttended: z.number().int(),
  }),
  z.object({
    at: z.string(),
    kind: z.literal('booking'),
    bookingId: z.string(),
    resourceSlug: z.string(),
    resourceTitleBg: z.string(),
    resourceTitleEn: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    status: z.enum(BOOKING_STATUSES),
    seats: z.number().int(),
  }),
]);
export type TJourneyItem = z.infer<typeof ZJourneyItem>;
export type TJourneyKind = TJourneyItem['kind'];

export const ZJourney = z.object({
  organisation: z.object({ id: z.string(), name: z.string(), registeredAt: z.string() }),
  items: z.array(ZJourneyItem),
  aid: ZOrganisationAid,
});
export type TJourney = z.infer<typeof ZJourney>;
