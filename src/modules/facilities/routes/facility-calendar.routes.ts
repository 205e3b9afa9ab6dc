import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { AppError } from '../../../platform/errors';
import { facilityPolicy } from '../policy';
import { ZCalendarItem, ZNda, ZUsage, ZCalendarQuery, ZNdaInput, ZRangeQuery } from '../../../contract/facilities';
import { combinedCalendar } from '../queries/combined-calendar';
import { facilityUsage } from '../queries/usage';
import { listNdas } from '../queries/list-ndas';
import { recordNda } from '../commands/record-nda';

const tags = ['facilities'];
/** Calendars list every item, so a quarter at most; usage is a sum, and hubs report it per year (a leap year + a day). */
const CALENDAR_MAX_DAYS = 92;
const USAGE_MAX_DAYS = 367;

/** A range from the query string, refused when reversed or wider than `maxDays`. */
function range(q: { from: string; to: string }, maxDays: number): { from: Date; to: Date } {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (to <= from || to.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw new AppError('validation_failed', `\`to\` must be after \`from\`, at most ${maxDays} days later`, {
      fields: [{ field: 'to', code: 'range', message: 'invalid range' }],
    });
  }
  return { from, to };
}

/** The combined calendar, usage hours, and the NDAs organisations signed with resource owners. */
export const facilityCalendarRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calendar',
    schema: {
      tags,
      summary: "Bookings (others' without names), public events' sessions and closures in a period",
      querystring: ZCalendarQuery,
      response: { 200: z.object({ items: z.array(ZCalendarItem) }), ...errorResponses },
    },
    policy: facilityPolicy.viewResources,
    anonymous: true,
    handle: async ({ request, actor }) => {
      const { from, to } = range(request.query, CALENDAR_MAX_DAYS);
      return { items: await combinedCalendar(db, { from, to, resourceId: request.query.resourceId, actor }) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/usage',
    schema: {
      tags,
      summary: 'Confirmed booking hours per organisation and per resource (staff)',
      querystring: ZRangeQuery,
      response: { 200: ZUsage, ...errorResponses },
    },
    policy: facilityPolicy.usage,
    handle: ({ request }) => {
      const { from, to } = range(request.query, USAGE_MAX_DAYS);
      return facilityUsage(db, from, to);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/ndas',
    schema: {
      tags,
      summary: 'The NDAs the organisation signed with resource owners',
      params: z.object({ id: ZUuid }),
      response: { 200: z.object({ items: z.array(ZNda) }), ...errorResponses },
    },
    load: (request) => request.params.id,
    policy: facilityPolicy.viewNdas,
    handle: async ({ request }) => ({ items: await listNdas(db, request.params.id) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/ndas',
    schema: {
      tags,
      summary: 'Record an NDA the organisation signed with a resource owner (staff)',
      params: z.object({ id: ZUuid }),
      body: ZNdaInput,
      response: { 201: z.object({ items: z.array(ZNda) }), ...errorResponses },
    },
    policy: facilityPolicy.recordNda,
    handle: async ({ request, reply, actor }) => {
      await recordNda({
        db,
        actor,
        organisationId: request.params.id,
        ownerId: request.body.ownerId,
        signedOn: request.body.signedOn,
        now: ctx.clock(),
      });
      return reply.status(201).send({ items: await listNdas(db, request.params.id) });
    },
  });
};
