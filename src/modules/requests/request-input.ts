/** Inputs and limits of the requests API, shared by routes and commands. */
import { z } from 'zod';
import { DELIVERY_AID_BASES } from '../../domain/state-aid/aid';
import { isCalendarDate } from '../../domain/state-aid/calendar-date';
import { REQUEST_ACTIONS, REQUEST_STATES } from '../../domain/services/request-state-machine';
import { DELIVERY_CATEGORIES } from '../../platform/db/schema/requests';
import { SERVICE_FAMILIES, SERVICE_LIMITS } from '../../contract/services/enums';
import { ZPageQuery, ZUuid } from '../../platform/http/schemas';
import { LIMITS } from '../../contract/common';

export const REQUEST_LIMITS = {
  needMin: 10,
  needMax: 2000,
  commentMax: 2000,
  reasonMax: 2000,
  /** Days or hours of one request; far above any real service, low enough to catch a typo. */
  quantityMax: 10_000,
  attachmentMaxBytes: 10 * 1024 * 1024,
  filenameMax: 200,
  boardColumnMax: 50,
  descriptionMax: 2000,
  technologyMax: 300,
  attendeesMax: 1_000_000,
} as const;

/** The file types a request accepts (documents, pictures, tables); anything else is refused. */
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export const ZCreateRequest = z.object({
  organisationId: ZUuid,
  serviceId: ZUuid,
  need: z.string().trim().min(REQUEST_LIMITS.needMin).max(REQUEST_LIMITS.needMax),
  /** Days or hours, to a thousandth: required for a service valued per day or per hour, refused for a fixed value. */
  quantity: z
    .number()
    .positive()
    .max(REQUEST_LIMITS.quantityMax)
    .refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, 'at most three decimals')
    .optional(),
});
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

export const ZTransition = z.object({
  action: z.enum(REQUEST_ACTIONS),
  reason: z.string().trim().max(REQUEST_LIMITS.reasonMax).nullish(),
  expertId: z.string().trim().min(1).max(100).nullish(),
});
export type TTransitionBody = z.infer<typeof ZTransition>;

export const ZComment = z.object({ body: z.string().trim().min(1).max(REQUEST_LIMITS.commentMax) });
export const ZFeedback = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(REQUEST_LIMITS.commentMax).nullish(),
});

const ZCalendarDate = z.string().refine(isCalendarDate, 'a date YYYY-MM-DD');
const ZCents = z.number().int().min(0).max(SERVICE_LIMITS.moneyMaxCents);

export const ZDeliveryInput = z.object({
  category: z.enum(DELIVERY_CATEGORIES),
  description: z.string().trim().min(1).max(REQUEST_LIMITS.descriptionMax),
  technology: z.string().trim().min(1).max(REQUEST_LIMITS.technologyMax),
  startDate: ZCalendarDate,
  endDate: ZCalendarDate,
  attendees: z.number().int().min(0).max(REQUEST_LIMITS.attendeesMax),
  valueCents: ZCents,
  pricePaidCents: ZCents,
  /** Aid under the old Regulation 1407/2013 is never granted anew: it enters only as declared or historic aid. */
  aidBasis: z.enum(DELIVERY_AID_BASES),
  gberArticle: z.string().trim().min(1).max(SERVICE_LIMITS.gberArticleMax).nullish(),
  noAidReason: z.string().trim().min(1).max(SERVICE_LIMITS.noAidReasonMax).nullish(),
  /**
   * Derived, not chosen: value − price paid (0 for no aid). The server computes it; a client may send it, and then it
   * must be that amount (400 naming the field otherwise).
   */
  aidCents: ZCents.optional(),
  /** Derived: the aid × the hub's national share. Optional, and checked like `aidCents` when sent. */
  nationalShareCents: ZCents.optional(),
});
export type TDeliveryInput = z.infer<typeof ZDeliveryInput>;

export const ZListQuery = ZPageQuery.extend({
  status: z.enum(REQUEST_STATES).optional(),
  organisationId: ZUuid.optional(),
  serviceId: ZUuid.optional(),
  partnerId: ZUuid.optional(),
  family: z.enum(SERVICE_FAMILIES).optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
});
export type TListQuery = z.infer<typeof ZListQuery>;

export const ZBoardQuery = z.object({ partnerId: ZUuid.optional(), family: z.enum(SERVICE_FAMILIES).optional() });
