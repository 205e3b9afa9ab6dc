import { translator } from '../i18n';
import type { TMailMessage } from './outbox';

/** The messages about a service request: its creation, each transition, and the request for feedback. */
export const REQUEST_MAIL_KINDS = [
  'request_submitted',
  'request_accepted',
  'request_rejected',
  'request_assigned',
  'request_reassigned',
  'request_started',
  'request_delivered',
  'request_closed',
  'request_cancelled',
  'request_feedback',
] as const;
export type TRequestMailKind = (typeof REQUEST_MAIL_KINDS)[number];

export type TMailKind = 'verify_email' | 'password_reset' | 'organisation_registered' | TRequestMailKind;

export interface TMailParams {
  to: string;
  name: string;
  url: string;
  organisation?: string;
  /** A service request's reference number (shown as R-42). */
  ref?: number;
  service?: string;
  reason?: string;
  expert?: string;
}

export type TMailComposer = (kind: TMailKind, locale: string, params: TMailParams) => TMailMessage;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Builds a transactional message (plain text and HTML) in the recipient's language. */
export const composeMail: TMailComposer = (kind, locale, params) => {
  const t = translator(locale, 'mail');
  const vars = {
    name: params.name,
    organisation: params.organisation ?? '',
    ref: params.ref ?? '',
    service: params.service ?? '',
    reason: params.reason ?? '',
    expert: params.expert ?? '',
  };
  const lines = [t('greeting', vars), '', t(`${kind}.body`, vars), params.url, '', t(`${kind}.ignore`, vars), '', t('signature')];
  const html = [
    `<p>${escapeHtml(t('greeting', vars))}</p>`,
    `<p>${escapeHtml(t(`${kind}.body`, vars))}</p>`,
    `<p><a href="${escapeHtml(params.url)}">${escapeHtml(params.url)}</a></p>`,
    `<p>${escapeHtml(t(`${kind}.ignore`, vars))}</p>`,
    `<p>${escapeHtml(t('signature'))}</p>`,
  ].join('\n');
  return { kind, to: params.to, subject: t(`${kind}.subject`, vars), text: lines.join('\n'), html };
};
