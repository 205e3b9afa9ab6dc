import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { eventRegistrations, events } from '../../../platform/db/schema';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { ZUuid } from '../../../platform/http/schemas';
import { notFound } from '../../../platform/errors';
import { LOCALES } from '../../../contract/common';
import { buildCalendar, ICS_CONTENT_TYPE, type TIcsEvent } from '../../../domain/calendar/ics';
import { hubName } from '../../../platform/hub/hub-name';
import { eventPolicy } from '../policy';
import { loadViewer } from '../queries/viewer';
import { FEED_PAST_DAYS, loadFeedSessions, loadSessions, sessionEvents } from './queries/calendar-events';

const ZLang = z.object({ lang: z.enum(LOCALES).optional() });
const tags = ['events'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** A registration's state as a calendar status: a held seat is confirmed, a hoped-for one tentative. */
const REGISTRATION_STATUS: Record<string, TIcsEvent['status']> = {
  confirmed: 'CONFIRMED',
  pending: 'TENTATIVE',
  waitlisted: 'TENTATIVE',
  offered: 'TENTATIVE',
};

/** An .ics body; a file to save is an attachment, the subscribed feed (filename null) is shown inline. */
function sendIcs(reply: FastifyReply, body: string, filename: string | null, cache: string) {
  if (filename) reply.header('content-disposition', `attachment; filename="${filename}"`);
  return reply.type(ICS_CONTENT_TYPE).header('cache-control', cache).send(body);
}

/** iCalendar (RFC 5545) files: an event's sessions, a registration's, and the hub's subscribable public feed. */
export const calendarRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/events/:slug/event.ics',
    schema: {
      tags,
      summary: 'The event as iCalendar, one VEVENT per session (Europe/Sofia)',
      params: z.object({ slug: z.string().min(1).max(200) }),
      querystring: ZLang,
      produces: ['text/calendar'],
    },
    load: async (request) => {
      const [event] = await db.select().from(events).where(eq(events.slug, request.params.slug));
      const { isPartnerPerson } = await loadViewer(db, request.actor);
      // A draft is not there for those who may not see drafts; a members-only event asks them to sign in.
      if (!event || (!event.published && !eventPolicy.view(request.actor, { event, isPartnerPerson })))
        throw notFound('Event');
      return { event, isPartnerPerson };
    },
    policy: eventPolicy.view,
    anonymous: true,
    handle: async ({ request, reply, actor, facts: { event } }) => {
      const locale = request.query.lang ?? actor?.locale ?? 'bg';
      const body = buildCalendar({
        name: locale === 'en' ? event.titleEn : event.titleBg,
        events: sessionEvents(event, await loadSessions(db, event.id), { locale, publicUrl }),
        now: ctx.clock(),
      });
      return sendIcs(
        reply,
        body,
        `${event.slug}.ics`,
        event.visibility === 'public' ? 'public, max-age=300' : 'private, no-store',
      );
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/registrations/:id/registration.ics',
    schema: {
      tags,
      summary:
        "A registration's sessions as iCalendar (the registrant, their organisation, staff, or the e-mailed link's token)",
      params: z.object({ id: ZUuid }),
      querystring: ZLang.extend({ token: z.string().max(200).optional() }),
      produces: ['text/calendar'],
    },
    load: async (request) => {
      const [registration] = await db
        .select()
        .from(eventRegistrations)
        .where(eq(eventRegistrations.id, request.params.id));
      if (!registration) throw notFound('Registration');
      return { registration, tokenMatches: !!request.query.token && request.query.token === registration.token };
    },
    policy: eventPolicy.readRegistration,
    anonymous: true,
    handle: async ({ request, reply, actor, facts: { registration } }) => {
      const [event] = await db.select().from(events).where(eq(events.id, registration.eventId));
      const locale = request.query.lang ?? actor?.locale ?? (registration.locale === 'en' ? 'en' : 'bg');
      const body = buildCalendar({
        name: locale === 'en' ? event!.titleEn : event!.titleBg,
        events: sessionEvents(event!, await loadSessions(db, event!.id), {
          locale,
          publicUrl,
          status: REGISTRATION_STATUS[registration.status] ?? 'CANCELLED',
          note: registration.code,
          changedAt: registration.updatedAt,
        }),
        now: ctx.clock(),
      });
      return sendIcs(reply, body, `${event!.slug}-registration.ics`, 'private, no-store');
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/calendar.ics',
    schema: {
      tags,
      summary: "The hub's public events as a subscribable iCalendar feed (upcoming and the last 90 days)",
      querystring: ZLang,
      produces: ['text/calendar'],
    },
    policy: eventPolicy.feed,
    anonymous: true,
    handle: async ({ request, reply }) => {
      const locale = request.query.lang ?? 'bg';
      const now = ctx.clock();
      const groups = await loadFeedSessions(db, new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS));
      const body = buildCalendar({
        name: await hubName(db, locale),
        events: groups.flatMap((g) => sessionEvents(g.event, g.sessions, { locale, publicUrl })),
        now,
      });
      return sendIcs(reply, body, null, 'public, max-age=300');
    },
  });
};
