import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eventCertificates, eventRegistrations } from '../../../platform/db/schema';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { notFound } from '../../../platform/errors';
import { asLocale } from '../../../platform/i18n/index';
import { LOCALES } from '../../../contract/common';
import { certificatePolicy } from '../policy';
import { presentVerification, ZCertificateListItem, ZIssueResult, ZVerification } from './certificates.presenter';
import { issueCertificates } from './commands/issue-certificates';
import { findCertificate } from './queries/find-certificate';
import { renderCertificate } from './queries/render-certificate';

const ZCode = z.object({ code: z.string().min(1).max(64) });
const tags = ['events'];

/** Certificates of attendance: issuing by the event's rule, the PDF, and the public verification by code. */
export const certificateRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/events/:id/certificates',
    schema: {
      tags,
      summary: "Issue certificates to everyone whose check-ins meet the event's rule (staff; issues nothing twice)",
      params: z.object({ id: ZUuid }),
      response: { 200: ZIssueResult, ...errorResponses },
    },
    policy: certificatePolicy.issue,
    handle: ({ request, actor }) => issueCertificates({ db, actor, eventId: request.params.id, now: ctx.clock() }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/registrations/:id/certificates',
    schema: {
      tags,
      summary: "A registration's certificates (the registrant, their organisation, staff)",
      params: z.object({ id: ZUuid }),
      response: { 200: z.array(ZCertificateListItem), ...errorResponses },
    },
    load: async (request) => {
      const [registration] = await db
        .select()
        .from(eventRegistrations)
        .where(eq(eventRegistrations.id, request.params.id));
      if (!registration) throw notFound('Registration');
      return registration;
    },
    policy: certificatePolicy.list,
    handle: async ({ facts: registration }) => {
      const rows = await db
        .select()
        .from(eventCertificates)
        .where(and(eq(eventCertificates.registrationId, registration.id), isNull(eventCertificates.revokedAt)))
        .orderBy(asc(eventCertificates.participantName));
      return rows.map((c) => ({
        code: c.code,
        participantName: c.participantName,
        issuedAt: c.issuedAt.toISOString(),
      }));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/certificates/:code.pdf',
    schema: {
      tags,
      summary: 'The certificate as PDF in Bulgarian or English (anyone holding its code)',
      params: ZCode,
      querystring: z.object({ lang: z.enum(LOCALES).optional() }),
      produces: ['application/pdf'],
    },
    policy: certificatePolicy.download,
    anonymous: true,
    handle: async ({ request, reply, actor }) => {
      const certificate = await findCertificate(db, request.params.code);
      const locale = request.query.lang ?? actor?.locale ?? asLocale(certificate.registrationLocale);
      const { pdf, filename } = await renderCertificate(db, certificate, locale, ctx.config.publicUrl);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/certificates/:code/verify',
    schema: {
      tags: ['public'],
      summary: 'Verify a certificate by its code: who, which event, when, and whether it still stands',
      params: ZCode,
      response: { 200: ZVerification, ...errorResponses },
    },
    policy: certificatePolicy.verify,
    anonymous: true,
    handle: async ({ request }) => presentVerification(await findCertificate(db, request.params.code)),
  });
};
