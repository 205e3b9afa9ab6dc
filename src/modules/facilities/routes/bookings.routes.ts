import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { LOCALES } from '../../../contract/common';
import { facilityPolicy } from '../policy';
import { ZBooking, ZBookingListQuery, ZOptionalReason, ZReason } from '../../../contract/facilities';
import { findBooking, presentBooking } from '../queries/load-bookings';
import { listBookings } from '../queries/list-bookings';
import { bookingCalendar } from '../booking-ics';
import { decideBooking } from '../commands/decide-booking';
import { cancelBooking } from '../commands/cancel-booking';
import { recordBookingDelivery } from '../commands/record-booking-delivery';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZBooking, ...errorResponses };
const tags = ['facilities'];

/** Bookings: the lists, staff's approval, cancellation under the policy, the .ics, and recording as a delivery. */
export const bookingRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/bookings',
    schema: {
      tags,
      summary: "Bookings (staff: all; members: their organisations')",
      querystring: ZBookingListQuery,
      response: { 200: z.object({ items: z.array(ZBooking) }), ...errorResponses },
    },
    policy: facilityPolicy.listBookings,
    handle: async ({ request, actor }) => ({
      items: await listBookings(db, {
        actor,
        all: facilityPolicy.listAllBookings(actor),
        query: request.query,
        now: ctx.clock(),
      }),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/bookings/:id',
    schema: {
      tags,
      summary: "A booking (staff, or the booking organisation's members)",
      params: ZIdParams,
      response: detail,
    },
    load: (request) => findBooking(db, request.params.id),
    policy: facilityPolicy.viewFoundBooking,
    handle: ({ actor, facts: record }) => presentBooking(record, actor, ctx.clock()),
  });

  for (const decision of ['approve', 'reject'] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/bookings/:id/${decision}`,
      schema: {
        tags,
        summary:
          decision === 'approve'
            ? 'Approve a pending booking (staff)'
            : 'Reject a pending booking, with a reason (staff)',
        params: ZIdParams,
        body: decision === 'approve' ? ZOptionalReason.optional() : ZReason,
        response: detail,
      },
      policy: facilityPolicy.decide,
      handle: async ({ request, actor }) => {
        const now = ctx.clock();
        const reason = (request.body as { reason?: string | null } | undefined)?.reason ?? null;
        await decideBooking({ db, actor, bookingId: request.params.id, decision, reason, now, publicUrl });
        return presentBooking(await findBooking(db, request.params.id), actor, now);
      },
    });
  }

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/bookings/:id/cancel',
    schema: {
      tags,
      summary: "Cancel a booking (the booking organisation's members until the resource's deadline; staff any time)",
      params: ZIdParams,
      body: ZOptionalReason.optional(),
      response: detail,
    },
    load: (request) => findBooking(db, request.params.id),
    policy: facilityPolicy.cancelFound,
    handle: async ({ request, actor, facts: record }) => {
      const now = ctx.clock();
      await cancelBooking({
        db,
        actor,
        bookingId: record.booking.id,
        reason: request.body?.reason || null,
        now,
        publicUrl,
      });
      return presentBooking(await findBooking(db, record.booking.id), actor, now);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/bookings/:id/booking.ics',
    schema: {
      tags,
      summary: 'The booking as an iCalendar file (RFC 5545)',
      params: ZIdParams,
      querystring: z.object({ lang: z.enum(LOCALES).optional() }),
      produces: ['text/calendar'],
    },
    load: (request) => findBooking(db, request.params.id),
    policy: facilityPolicy.viewFoundBooking,
    handle: ({ request, reply, actor, facts: record }) => {
      const locale = request.query.lang ?? actor.locale ?? 'bg';
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="booking.ics"')
        .header('cache-control', 'private, no-store')
        .send(bookingCalendar(record, locale, publicUrl, ctx.clock()));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/bookings/:id/record-delivery',
    schema: {
      tags,
      summary: 'Record an ended booking as a "test before invest" delivery with its aid grant (staff)',
      params: ZIdParams,
      response: detail,
    },
    policy: facilityPolicy.recordDelivery,
    handle: async ({ request, actor }) => {
      const now = ctx.clock();
      await recordBookingDelivery({ db, actor, bookingId: request.params.id, now });
      return presentBooking(await findBooking(db, request.params.id), actor, now);
    },
  });
};
