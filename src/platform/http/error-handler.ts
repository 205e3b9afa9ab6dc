import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors';
import { PLATFORM_ERROR_STATUS } from '../../contract/errors';
import type { TCapability } from '../capability';
import { pgErrorOf } from '../db/pg-error';
import { MAX_LISTED_ISSUES } from './schemas';

/** The only place where errors become HTTP responses: the platform's codes plus every capability's. */
function statusTable(capabilities: readonly TCapability[]): Record<string, number> {
  return Object.assign({}, PLATFORM_ERROR_STATUS, ...capabilities.map((c) => c.errorStatus ?? {}));
}

interface TErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function body(code: string, message: string, details?: unknown): TErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** PostgreSQL error codes a command did not anticipate, still mapped to a client error. */
function fromDatabase(err: unknown): { status: number; body: TErrorBody } | null {
  const { code: pgCode, constraint } = pgErrorOf(err);
  if (pgCode === '23505') return { status: 409, body: body('conflict', 'This record already exists', { constraint }) };
  if (pgCode === '23001')
    return { status: 409, body: body('conflict', 'Other records still refer to this one', { constraint }) };
  if (pgCode === '23503')
    return { status: 400, body: body('bad_request', 'A referenced record does not exist', { constraint }) };
  // The seat guard on event registrations (migration 0007): only a write that bypassed the event lock reaches it.
  if (pgCode === '23514' && constraint === 'event_registrations_capacity') {
    return { status: 409, body: body('conflict', 'The event has no free seats for this registration', { constraint }) };
  }
  if (pgCode === '23514') return { status: 400, body: body('bad_request', 'A value is out of range', { constraint }) };
  if (pgCode === '22P02') return { status: 400, body: body('bad_request', 'A value has the wrong format') };
  return null;
}

export function registerErrorHandler(app: FastifyInstance, capabilities: readonly TCapability[]): void {
  const STATUS = statusTable(capabilities);
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(STATUS[err.code] ?? 500).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => {
        const where = err.validationContext ?? 'body';
        const pathParts = String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean);
        const field =
          pathParts.join('.') || (v.params as { issue?: { path?: unknown[] } })?.issue?.path?.join('.') || where;
        return { field, code: v.keyword, message: v.message ?? 'Invalid value' };
      });
      const first = fields[0];
      // A body with thousands of bad keys must not answer megabytes: list the first issues, count the rest.
      const listed = fields.slice(0, MAX_LISTED_ISSUES);
      const omitted = fields.length - listed.length;
      return reply.status(400).send(
        body('validation_failed', first ? `${first.field}: ${first.message}` : 'Invalid request', {
          fields: listed,
          ...(omitted > 0 ? { omitted } : {}),
        }),
      );
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response does not match its schema');
      return reply.status(500).send(body('internal', 'Internal server error'));
    }
    const mapped = fromDatabase(err);
    if (mapped) return reply.status(mapped.status).send(mapped.body);
    const status = err.statusCode ?? 500;
    if (status === 429) return reply.status(429).send(body('rate_limited', 'Too many requests, try again later'));
    if (status >= 400 && status < 500) {
      const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      return reply.status(status).send(body(code, err.message));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Internal server error'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
}
