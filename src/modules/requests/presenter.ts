export {
  ZAttachmentCreated,
  ZDelivery,
  ZRequest,
  ZRequestSummary,
  ZTimelineItem,
  TIMELINE_KINDS,
} from '../../contract/requests';
export type { TDelivery, TRequestOut, TRequestSummary, TTimelineItem } from '../../contract/requests';
import type { TRequestAction, TRequestState } from '../../domain/services/request-state-machine';
import type { TServiceFamily } from '../../contract/services';
import type { TDelivery, TRequestOut, TRequestSummary, TTimelineItem } from '../../contract/requests';
import type { TRequestAbilities } from './policy';

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
