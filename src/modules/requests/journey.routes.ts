import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../platform/http/schemas';
import { AID_BASES } from '../../domain/state-aid/aid';
import { calendarDateInSofia } from '../../domain/state-aid/calendar-date';
import { REQUEST_STATES } from '../../domain/services/request-state-machine';
import { ZBand, ZStage } from '../assessments/assessments.presenter';
import { ZOrganisationAid } from '../aid/aid.presenter';
import { getOrganisationAid } from '../aid/queries/organisation-aid';
import { requestPolicy } from './policy';
import { getJourney } from './queries/get-journey';
import { BOOKING_STATUSES, REGISTRATION_STATUSES } from '../../platform/db/schema';

const ZEventRef = { eventId: z.string(), eventSlug: z.string(), eventTitleBg: z.string(), eventTitleEn: z.string() };

const ZJourneyItem = z.discriminatedUnion('kind', [
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

/** The organisation's journey through the hub, with its aid used against the ceiling today. */
export const journeyRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/journey',
    schema: {
      tags: ['requests'],
      summary:
        'Registration, assessments, requests, deliveries, feedback, event registrations, check-ins, certificates and ' +
        'facility bookings in time order, and the aid against the ceiling',
      params: z.object({ id: ZUuid }),
      response: {
        200: z.object({
          organisation: z.object({ id: z.string(), name: z.string(), registeredAt: z.string() }),
          items: z.array(ZJourneyItem),
          aid: ZOrganisationAid,
        }),
        ...errorResponses,
      },
    },
    load: (request) => request.params.id,
    policy: requestPolicy.journey,
    handle: async ({ request }) => {
      const journey = await getJourney(ctx.db, request.params.id);
      const aid = await getOrganisationAid(ctx.db, request.params.id, calendarDateInSofia(ctx.clock()));
      return { ...journey, aid };
    },
  });
};
