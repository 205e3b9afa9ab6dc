import { translator } from '../i18n';
import type { TMailMessage } from './outbox';

export type TMailKind = 'verify_email' | 'password_reset' | 'organisation_registered';

export interface TMailParams {
  to: string;
  name: string;
  url: string;
  organisation?: string;
}

export type TMailComposer = (kind: TMailKind, locale: string, params: TMailParams) => TMailMessage;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Builds a transactional message (plain text and HTML) in the recipient's language. */
export const composeMail: TMailComposer = (kind, locale, params) => {
  const t = translator(locale, 'mail');
  const vars = { name: params.name, organisation: params.organisation ?? '' };
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
