import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eventRegistrations } from '../../../platform/db/schema';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { eventPolicy } from '../policy';
import { presentRegistrations } from '../queries/present-registrations';
import { presentCheckInList } from './checkin.presenter';
import {
  ZAttendanceResult,
  ZCheckInBody,
  ZCheckInCandidate,
  ZCheckInList,
  ZCheckInLookupQuery,
  ZCheckInResult,
} from '../../../contract/events/schemas';
import { checkIn } from './commands/check-in';
import { recordAttendance } from './commands/record-attendance';
import { lookupCheckIn } from './queries/find-registration-by-code';
import { listCheckIns } from './queries/list-check-ins';

const ZSessionParams = z.object({ id: ZUuid, sessionId: ZUuid });
const tags = ['events'];

/** Check-in at the door (per session, by QR code or typed code) and attendance recorded as deliveries. */
export const checkInRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/events/:id/sessions/:sessionId/check-ins',
    schema: {
      tags,
      summary:
        'Check a registration in at a session by its code (staff); a second check-in is refused with the first one’s time',
      params: ZSessionParams,
      body: ZCheckInBody,
      response: { 201: ZCheckInResult, ...errorResponses },
    },
    policy: eventPolicy.checkIn,
    handle: async ({ request, reply, actor }) => {
      const now = ctx.clock();
      const done = await checkIn({
        db,
        actor,
        eventId: request.params.id,
        sessionId: request.params.sessionId,
        ...request.body,
        now,
      });
      const rows = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, done.registrationId));
      const [registration] = await presentRegistrations(db, rows, { actor, now });
      return reply
        .status(201)
        .send({ registration: registration!, people: done.people, checkedInAt: done.checkedInAt.toISOString() });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/events/:id/sessions/:sessionId/check-ins/lookup',
    schema: {
      tags,
      summary:
        'Find the registration a code belongs to before checking it in (staff): who, seats and attendee names to tick; refused like the check-in itself',
      params: ZSessionParams,
      querystring: ZCheckInLookupQuery,
      response: { 200: ZCheckInCandidate, ...errorResponses },
    },
    policy: eventPolicy.checkIn,
    handle: ({ request }) =>
      lookupCheckIn(db, request.params.id, request.params.sessionId, request.query.code, ctx.clock()),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/events/:id/sessions/:sessionId/check-ins',
    schema: {
      tags,
      summary: 'The door list of a session: confirmed registrations, who has checked in, expected and present (staff)',
      params: ZSessionParams,
      response: { 200: ZCheckInList, ...errorResponses },
    },
    policy: eventPolicy.checkIn,
    handle: async ({ request }) =>
      presentCheckInList(await listCheckIns(db, request.params.id, request.params.sessionId)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/events/:id/record-attendance',
    schema: {
      tags,
      summary:
        'Record the checked-in attendance as deliveries with their aid, per organisation, once the event is over (staff; idempotent; not for general meetings)',
      params: z.object({ id: ZUuid }),
      response: { 200: ZAttendanceResult, ...errorResponses },
    },
    policy: eventPolicy.manage,
    handle: ({ request, actor }) => recordAttendance({ db, actor, eventId: request.params.id, now: ctx.clock() }),
  });
};
