import { z } from 'zod';
import { AID_BASES } from '../../domain/state-aid/aid';
import { REQUEST_ACTIONS, REQUEST_STATES, type TRequestAction, type TRequestState } from '../../domain/services/request-state-machine';
import { DELIVERY_CATEGORIES } from '../../platform/db/schema/requests';
import { SERVICE_FAMILIES, type TServiceFamily } from '../services/service-enums';
import type { TRequestAbilities } from './policy';

export const ZRequestSummary = z.object({
  id: z.string(),
  ref: z.number().int(),
  status: z.enum(REQUEST_STATES),
  organisation: z.object({ id: z.string(), name: z.string() }),
  service: z.object({ id: z.string(), slug: z.string(), titleBg: z.string(), titleEn: z.string(), family: z.enum(SERVICE_FAMILIES) }),
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

const ZAttachmentRef = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number().int() });

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

export const TIMELINE_KINDS = ['created', 'transition', 'comment', 'attachment', 'delivery', 'feedback'] as const;

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
  abilities: z.object({ comment: z.boolean(), attach: z.boolean(), recordDelivery: z.boolean(), giveFeedback: z.boolean() }),
});
export type TRequestOut = z.infer<typeof ZRequest>;

export const ZAttachmentCreated = ZAttachmentRef;

/** The joined row a summary is built from (see queries/request-summary-select.ts). */
export interface TSummaryRow {
  id: string;
  ref: number;
  status: string;
  organisationId: string;
  organisationName: string;
  serviceId: string;
  serviceSlug: string;
  serviceTitleBg: string;
  serviceTitleEn: string;
  serviceFamily: string;
  need: string;
  quantity: number;
  onBehalf: boolean;
  expertId: string | null;
  expertName: string | null;
  partnerId: string | null;
  partnerName: string | null;
  createdAt: Date;
  updatedAt: Date;
  grantDate: string | null;
}

/** The list shape of a request: never the raw row. */
export function presentRequestSummary(r: TSummaryRow): TRequestSummary {
  return {
    id: r.id,
    ref: Number(r.ref),
    status: r.status as TRequestState,
    organisation: { id: r.organisationId, name: r.organisationName },
    service: {
      id: r.serviceId,
      slug: r.serviceSlug,
      titleBg: r.serviceTitleBg,
      titleEn: r.serviceTitleEn,
      family: r.serviceFamily as TServiceFamily,
    },
    need: r.need,
    quantity: Number(r.quantity),
    onBehalf: r.onBehalf,
    expert: r.expertId ? { id: r.expertId, name: r.expertName ?? '' } : null,
    partner: r.partnerId ? { id: r.partnerId, name: r.partnerName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    grantDate: r.grantDate,
  };
}

export interface TRequestDetailParts {
  summary: TSummaryRow;
  reason: string | null;
  acceptedAt: Date | null;
  timeline: TTimelineItem[];
  attachments: TRequestOut['attachments'];
  delivery: TDelivery | null;
  feedback: TRequestOut['feedback'];
  aid: TRequestOut['aid'];
  allowedActions: TRequestAction[];
  abilities: TRequestAbilities;
}

/** The page shape of a request, with its timeline and what the actor may do with it. */
export function presentRequest(p: TRequestDetailParts): TRequestOut {
  return {
    ...presentRequestSummary(p.summary),
    reason: p.reason,
    acceptedAt: p.acceptedAt ? p.acceptedAt.toISOString() : null,
    timeline: p.timeline,
    attachments: p.attachments,
    delivery: p.delivery,
    feedback: p.feedback,
    aid: p.aid,
    allowedActions: p.allowedActions,
    abilities: p.abilities,
  };
}
