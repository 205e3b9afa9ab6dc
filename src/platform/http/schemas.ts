import { z } from 'zod';

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

// The building blocks live in the contract (the web app and every capability's contract use them too).
export { paginated, ZCalendarDate, ZIsoDate, ZPageQuery, ZQueryBool, ZUuid, ZWebUrl } from '../../contract/schemas';
