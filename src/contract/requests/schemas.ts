/** The requests API's bodies and responses (Zod), and the types inferred from them. Money is in euro cents. */
import { z } from 'zod';
import { AID_BASES, DELIVERY_AID_BASES } from '../../domain/state-aid/aid';
import { zCalendarDate } from '../schemas';
import { REQUEST_ACTIONS, REQUEST_STATES } from '../../domain/services/request-state-machine';
// The services capability's enums; they move to src/contract/services with that capability.
import { SERVICE_FAMILIES, SERVICE_LIMITS } from '../services';
import { DELIVERY_CATEGORIES, REQUEST_LIMITS, TIMELINE_KINDS } from './enums';

export const ZRequestSummary = z.object({
  id: z.string(),
  ref: z.number().int(),
  status: z.enum(REQUEST_STATES),
  organisation: z.object({ id: z.string(), name: z.string() }),
  service: z.object({
    id: z.string(),
    slug: z.string(),
    titleBg: z.string(),
    titleEn: z.string(),
    family: z.enum(SERVICE_FAMILIES),
  }),
  need: z.string(),
  quantity: z.number(),
  onBehalf: z.boolean(),
  expert: z.object({ id: z.string(), name: z.string() }).nullable(),
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  grantDate: z.string().nullable(),
});
export type TRequestSummary = z.infer<typeof ZRequestSummary>;

export const ZAttachmentRef = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});
export type TAttachmentRef = z.infer<typeof ZAttachmentRef>;

export const ZDelivery = z.object({
  category: z.enum(DELIVERY_CATEGORIES),
  description: z.string(),
  technology: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  attendees: z.number().int(),
  valueCents: z.number().int(),
  pricePaidCents: z.number().int(),
  aidBasis: z.enum(AID_BASES),
  gberArticle: z.string().nullable(),
  noAidReason: z.string().nullable(),
  aidCents: z.number().int(),
  nationalShareCents: z.number().int(),
  recordedAt: z.string(),
});
export type TDelivery = z.infer<typeof ZDelivery>;

export const ZTimelineItem = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  actorName: z.string().nullable(),
  action: z.enum(REQUEST_ACTIONS).nullable(),
  fromStatus: z.enum(REQUEST_STATES).nullable(),
  toStatus: z.enum(REQUEST_STATES).nullable(),
  body: z.string().nullable(),
  attachment: ZAttachmentRef.nullable(),
});
export type TTimelineItem = z.infer<typeof ZTimelineItem>;

export const ZRequest = ZRequestSummary.extend({
  reason: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  timeline: z.array(ZTimelineItem),
  attachments: z.array(ZAttachmentRef.extend({ createdAt: z.string(), uploadedByName: z.string().nullable() })),
  delivery: ZDelivery.nullable(),
  feedback: z.object({ rating: z.number().int(), comment: z.string().nullable(), createdAt: z.string() }).nullable(),
  aid: z
    .object({
      amountCents: z.number().int(),
      basis: z.enum(AID_BASES),
      grantDate: z.string(),
      /** Set when the request ended without delivery: the aid lapsed and no longer counts. */
      revokedAt: z.string().nullable(),
      revokeReason: z.string().nullable(),
    })
    .nullable(),
  allowedActions: z.array(z.enum(REQUEST_ACTIONS)),
  abilities: z.object({
    comment: z.boolean(),
    attach: z.boolean(),
    recordDelivery: z.boolean(),
    giveFeedback: z.boolean(),
  }),
});
export type TRequestOut = z.infer<typeof ZRequest>;

export const ZAttachmentCreated = ZAttachmentRef;

/** The staff board: open and delivered requests by state. */
export const ZBoard = z.object({
  columns: z.array(
    z.object({
      status: z.enum(REQUEST_STATES),
      /** The column's requests, counted up to LIMITS.totalCap (`totalCapped`: more than that). */
      total: z.number().int(),
      totalCapped: z.boolean().optional(),
      items: z.array(ZRequestSummary),
    }),
  ),
});
export type TBoard = z.infer<typeof ZBoard>;

/** An expert who may be assigned to a request, with the partner they deliver for. */
export const ZExpertChoice = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  partner: z.object({ id: z.string(), name: z.string() }),
});
export type TExpertChoice = z.infer<typeof ZExpertChoice>;

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

const ZCalendarDate = zCalendarDate('a date YYYY-MM-DD');
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
