/** Response shapes of the requests API (issue 4 contract), as the web app uses them. Money is in euro cents. */
import type { TRequestAction, TRequestState } from '../../../src/domain/services/request-state-machine';
import type { TAidBasis, TDeliveryAidBasis } from '../../../src/domain/state-aid/aid';
import type { TServiceFamily } from '../../../src/contract/services/enums';

export type { TRequestAction, TRequestState, TAidBasis, TDeliveryAidBasis };

/** The Commission's service categories a delivery is recorded under (dta-exports.md). */
export const DELIVERY_CATEGORIES = ['test_before_invest', 'training_skills', 'investment_support', 'ecosystem_networking'] as const;
export type TDeliveryCategory = (typeof DELIVERY_CATEGORIES)[number];

export const TIMELINE_KINDS = ['created', 'transition', 'comment', 'attachment', 'delivery', 'feedback'] as const;
export type TTimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TRequestSummary {
  id: string;
  ref: number;
  status: TRequestState;
  organisation: { id: string; name: string };
  service: { id: string; slug: string; titleBg: string; titleEn: string; family: TServiceFamily };
  need: string;
  quantity: number;
  onBehalf: boolean;
  expert: { id: string; name: string } | null;
  partner: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  grantDate: string | null;
}

export interface TAttachmentRef {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

export interface TTimelineEvent {
  id: number;
  at: string;
  kind: TTimelineKind;
  actorName: string | null;
  action: TRequestAction | null;
  fromStatus: TRequestState | null;
  toStatus: TRequestState | null;
  body: string | null;
  attachment: TAttachmentRef | null;
}

export interface TDelivery {
  category: TDeliveryCategory;
  description: string;
  technology: string;
  startDate: string;
  endDate: string;
  attendees: number;
  valueCents: number;
  pricePaidCents: number;
  aidBasis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  aidCents: number;
  nationalShareCents: number;
  recordedAt: string;
}

/**
 * What the delivery form starts from (GET …/delivery-defaults, or the recorded delivery) and sends to
 * PUT /requests/:id/delivery: the aid and the national share are derived by the server, so the form sends neither.
 */
export type TDeliveryInput = Omit<TDelivery, 'recordedAt' | 'aidCents' | 'nationalShareCents'> & {
  aidCents?: number;
  nationalShareCents?: number;
};

export interface TRequest extends TRequestSummary {
  reason: string | null;
  acceptedAt: string | null;
  timeline: TTimelineEvent[];
  attachments: (TAttachmentRef & { createdAt: string; uploadedByName: string | null })[];
  delivery: TDelivery | null;
  feedback: { rating: number; comment: string | null; createdAt: string } | null;
  /** The grant made at acceptance; `revokedAt` is set when the request ended without delivery (the aid lapsed). */
  aid: { amountCents: number; basis: string; grantDate: string; revokedAt: string | null; revokeReason: string | null } | null;
  allowedActions: TRequestAction[];
  abilities: { comment: boolean; attach: boolean; recordDelivery: boolean; giveFeedback: boolean };
}

export interface TBoard {
  columns: { status: TRequestState; total: number; items: TRequestSummary[] }[];
}

export interface TExpertChoice {
  id: string;
  name: string;
  email: string;
  partner: { id: string; name: string };
}
