import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, ZUuid } from '../../platform/http/schemas';
import { LOCALES } from '../../contract/common';
import { facilityPolicy } from './facilities.policy';
import { ZBooking } from './facilities.presenter';
import { ZBookingListQuery, ZOptionalReason, ZReason } from './facility-input';
import { findBooking, presentBooking } from './queries/load-bookings';
import { listBookings } from './queries/list-bookings';
import { bookingCalendar } from './booking-ics';
import { decideBooking } from './commands/decide-booking';
import { cancelBooking } from './commands/cancel-booking';
import { recordBookingDelivery } from './commands/record-booking-delivery';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZBooking, ...errorResponses };
const tags = ['facilities'];

/** Bookings: the lists, staff's approval, cancellation under the policy, the .ics, and recording as a delivery. */
export const bookingRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  app.get(
    '/api/v1/bookings',
    {
      config: { policy: 'facilities.listBookings' },
      schema: {
        tags,
        summary: "Bookings (staff: all; members: their organisations')",
        querystring: ZBookingListQuery,
        response: { 200: z.object({ items: z.array(ZBooking) }), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, facilityPolicy.listBookings(request.actor));
      const actor = requireActor(request.actor);
      return {
        items: await listBookings(db, { actor, all: facilityPolicy.listAllBookings(actor), query: request.query, now: ctx.clock() }),
      };
    },
  );

  app.get(
    '/api/v1/bookings/:id',
    {
      config: { policy: 'facilities.viewBooking' },
      schema: { tags, summary: "A booking (staff, or the booking organisation's members)", params: ZIdParams, response: detail },
    },
    async (request) => {
      const record = await findBooking(db, request.params.id);
      authorize(request.actor, facilityPolicy.viewBooking(request.actor, record.facts));
      return presentBooking(record, request.actor, ctx.clock());
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/api/v1/bookings/:id/${decision}`,
      {
        config: { policy: 'facilities.decide' },
        schema: {
          tags,
          summary: decision === 'approve' ? 'Approve a pending booking (staff)' : 'Reject a pending booking, with a reason (staff)',
          params: ZIdParams,
          body: decision === 'approve' ? ZOptionalReason.optional() : ZReason,
          response: detail,
        },
      },
      async (request) => {
        authorize(request.actor, facilityPolicy.decide(request.actor));
        const actor = requireActor(request.actor);
        const now = ctx.clock();
        const reason = (request.body as { reason?: string | null } | undefined)?.reason ?? null;
        await decideBooking({ db, actor, bookingId: request.params.id, decision, reason, now, publicUrl });
        return presentBooking(await findBooking(db, request.params.id), actor, now);
      },
    );
  }

  app.post(
    '/api/v1/bookings/:id/cancel',
    {
      config: { policy: 'facilities.cancel' },
      schema: {
        tags,
        summary: "Cancel a booking (the booking organisation's members until the resource's deadline; staff any time)",
        params: ZIdParams,
        body: ZOptionalReason.optional(),
        response: detail,
      },
    },
    async (request) => {
      const record = await findBooking(db, request.params.id);
      authorize(request.actor, facilityPolicy.cancel(request.actor, record.facts));
      const actor = requireActor(request.actor);
      const now = ctx.clock();
      await cancelBooking({ db, actor, bookingId: record.booking.id, reason: request.body?.reason || null, now, publicUrl });
      return presentBooking(await findBooking(db, record.booking.id), actor, now);
    },
  );

  app.get(
    '/api/v1/bookings/:id/booking.ics',
    {
      config: { policy: 'facilities.viewBooking' },
      schema: {
        tags,
        summary: 'The booking as an iCalendar file (RFC 5545)',
        params: ZIdParams,
        querystring: z.object({ lang: z.enum(LOCALES).optional() }),
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const record = await findBooking(db, request.params.id);
      authorize(request.actor, facilityPolicy.viewBooking(request.actor, record.facts));
      const locale = request.query.lang ?? request.actor?.locale ?? 'bg';
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="booking.ics"')
        .header('cache-control', 'private, no-store')
        .send(bookingCalendar(record, locale, publicUrl, ctx.clock()));
    },
  );

  app.post(
    '/api/v1/bookings/:id/record-delivery',
    {
      config: { policy: 'facilities.recordDelivery' },
      schema: {
        tags,
        summary: 'Record an ended booking as a "test before invest" delivery with its aid grant (staff)',
        params: ZIdParams,
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, facilityPolicy.recordDelivery(request.actor));
      const actor = requireActor(request.actor);
      const now = ctx.clock();
      await recordBookingDelivery({ db, actor, bookingId: request.params.id, now });
      return presentBooking(await findBooking(db, request.params.id), actor, now);
    },
  );
};
