import { z } from 'zod';
import { LIMITS } from '../../contract/common';
import { isWebUrl, WEB_URL_MESSAGE } from '../../contract/web-url';
import { isCalendarDate } from '../../domain/state-aid/calendar-date';

/** The error envelope every 4xx/5xx carries. */
export const ZErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const errorResponses = {
  400: ZErrorBody,
  401: ZErrorBody,
  403: ZErrorBody,
  404: ZErrorBody,
  409: ZErrorBody,
} as const;

/** An error lists at most this many field issues; details.omitted counts the rest (a huge body must not echo back huge). */
export const MAX_LISTED_ISSUES = 50;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

/** A page of items plus the total, for any list. */
export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const ZUuid = z.string().uuid('must be a UUID');

/** Query-string boolean: "true" / "false". */
export const ZQueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZIsoDate = z.string();

/** A calendar day, YYYY-MM-DD, that exists (no 31 February). */
export const ZCalendarDate = z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD');

/** A web address we may render as a link: http(s) only (src/contract/web-url.ts), trimmed. */
export const ZWebUrl = (max: number) => z.string().trim().max(max).refine(isWebUrl, { message: WEB_URL_MESSAGE });
