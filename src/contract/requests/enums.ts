/** Enums and limits of service requests, shared by the server and the web app. */
export { REQUEST_ACTIONS, REQUEST_STATES } from '../../domain/services/request-state-machine';
export type { TRequestAction, TRequestState } from '../../domain/services/request-state-machine';

/** The Commission's service categories (dta-exports.md), as stored on a delivery. */
export const DELIVERY_CATEGORIES = [
  'test_before_invest',
  'training_skills',
  'investment_support',
  'ecosystem_networking',
] as const;
export type TDeliveryCategory = (typeof DELIVERY_CATEGORIES)[number];

/** What a step of a request's timeline records. */
export const TIMELINE_KINDS = ['created', 'transition', 'comment', 'attachment', 'delivery', 'feedback'] as const;
export type TTimelineKind = (typeof TIMELINE_KINDS)[number];

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
