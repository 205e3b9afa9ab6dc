/** Calls to the requests API from the browser; every mutation answers with the full request, so pages replace their data. */
import { api } from '../../shared/lib/api';
import type { TAttachmentRef, TDeliveryInput, TRequestOut, TRequestAction } from '../../../src/contract/requests';

export const requestPath = (id: string) => `/api/v1/requests/${encodeURIComponent(id)}`;

export const expertsPath = (id: string) => `${requestPath(id)}/experts`;

/** Prefilled in the UI language (`lang`), so the Bulgarian form does not start with English text. */
export const deliveryDefaultsPath = (id: string, lang: string) => `${requestPath(id)}/delivery-defaults?lang=${lang}`;

/** Where an attachment is served (a plain link: the browser downloads it with the session cookie). */
export const attachmentPath = (id: string, attachmentId: string) =>
  `${requestPath(id)}/attachments/${encodeURIComponent(attachmentId)}`;

/** The upload URL: the file is the raw body, its name travels in the query string. */
export const attachmentUploadPath = (id: string, filename: string) =>
  `${requestPath(id)}/attachments?filename=${encodeURIComponent(filename)}`;

export interface TNewRequest {
  organisationId: string;
  serviceId: string;
  need: string;
  quantity?: number;
}

export const createRequest = (input: TNewRequest) => api<TRequestOut>('POST', '/api/v1/requests', input);

export const transitionRequest = (id: string, body: { action: TRequestAction; reason?: string; expertId?: string }) =>
  api<TRequestOut>('POST', `${requestPath(id)}/transitions`, body);

export const commentOnRequest = (id: string, body: string) =>
  api<TRequestOut>('POST', `${requestPath(id)}/comments`, { body });

export const recordDelivery = (id: string, input: TDeliveryInput) =>
  api<TRequestOut>('PUT', `${requestPath(id)}/delivery`, input);

export const giveFeedback = (id: string, rating: number, comment: string | null) =>
  api<TRequestOut>('POST', `${requestPath(id)}/feedback`, comment ? { rating, comment } : { rating });

export type TUploadedAttachment = TAttachmentRef;
