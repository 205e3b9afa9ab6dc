import { z } from 'zod';
import { LIMITS } from './common';
import { isWebUrl, WEB_URL_MESSAGE } from './web-url';
import { isCalendarDate } from '../domain/state-aid/calendar-date';

/** Zod building blocks of request and response shapes, shared by every capability's contract and the server. */

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

/**
 * The count of a page: `total` matches, or — with `totalCapped` — more than `total` (the count stops at
 * LIMITS.totalCap). Lists that always count exactly leave `totalCapped` out.
 */
export const ZPageTotal = {
  total: z.number().int(),
  totalCapped: z
    .boolean()
    .optional()
    .describe(`true when there are more matches than \`total\` (counts stop at ${LIMITS.totalCap})`),
};

/** A page of items plus the total, for any list. */
export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    ...ZPageTotal,
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const ZUuid = z.string().uuid('must be a UUID');

/** Query-string boolean: "true" / "false". */
export const ZQueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZIsoDate = z.string();

/** A calendar day YYYY-MM-DD that exists (no 31 February); `message` is what a wrong value is told. */
export const zCalendarDate = (message = 'must be a date YYYY-MM-DD') => z.string().refine(isCalendarDate, message);
export const ZCalendarDate = zCalendarDate();

/** A web address we may render as a link: http(s) only (src/contract/web-url.ts), trimmed. */
export const ZWebUrl = (max: number) => z.string().trim().max(max).refine(isWebUrl, { message: WEB_URL_MESSAGE });
