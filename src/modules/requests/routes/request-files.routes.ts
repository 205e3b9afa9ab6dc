import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestAttachments } from '../../../platform/db/schema';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { notFound } from '../../../platform/errors';
import { requestPolicy } from '../policy';
import { ZAttachmentCreated } from '../presenter';
import { REQUEST_LIMITS } from '../request-input';
import { signedInRequestFacts } from '../queries/get-request';
import { addAttachment } from '../commands/add-attachment';

const tags = ['requests'];

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987), so Cyrillic names survive. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Files on a request. The upload's body is the file itself, so this plugin (encapsulated: the rest of the API keeps
 * its JSON parsers) reads every content type as raw bytes up to the size limit; the command then checks the type.
 */
export const requestFileRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: REQUEST_LIMITS.attachmentMaxBytes },
    (_req, body, done) => done(null, body),
  );

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/requests/:id/attachments',
    schema: {
      tags,
      summary:
        'Attach a file (body = the file, Content-Type = its type; PDF, PNG, JPEG, text, CSV, DOCX, XLSX; ≤ 10 MB)',
      params: z.object({ id: ZUuid }),
      querystring: z.object({ filename: z.string().trim().min(1).max(REQUEST_LIMITS.filenameMax) }),
      response: { 201: ZAttachmentCreated, ...errorResponses },
    },
    options: { bodyLimit: REQUEST_LIMITS.attachmentMaxBytes },
    load: (request) => signedInRequestFacts(db, request.actor, request.params.id),
    policy: requestPolicy.attach,
    handle: async ({ request, reply, actor }) => {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const created = await addAttachment({
        db,
        actor,
        requestId: request.params.id,
        filename: request.query.filename,
        contentType,
        content,
        now: ctx.clock(),
      });
      return reply.status(201).send(created);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/requests/:id/attachments/:attachmentId',
    schema: {
      tags,
      summary: 'Download a file of the request (those who may see the request)',
      params: z.object({ id: ZUuid, attachmentId: ZUuid }),
      produces: ['application/octet-stream'],
    },
    load: (request) => signedInRequestFacts(db, request.actor, request.params.id),
    policy: requestPolicy.readAttachment,
    handle: async ({ request, reply }) => {
      const [file] = await db
        .select()
        .from(requestAttachments)
        .where(
          and(
            eq(requestAttachments.id, request.params.attachmentId),
            eq(requestAttachments.requestId, request.params.id),
          ),
        );
      if (!file) throw notFound('Attachment');
      // Served as a download that the browser must not sniff into something executable.
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  });
};
