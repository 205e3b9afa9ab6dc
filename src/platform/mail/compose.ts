import { translator } from '../i18n/index';
import type { TMailAttachment, TMailMessage } from './outbox';
import type { TMailKind } from '../../contract/mail';

export type { TMailKind };

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
  /** An event's title and its dates as shown to the recipient (Europe/Sofia). */
  event?: string;
  when?: string;
  /** When a waiting-list offer lapses, as shown to the recipient. */
  expires?: string;
  /** A booked resource's title. */
  resource?: string;
  /** An invitation's role (already translated) and who sent it. */
  role?: string;
  inviter?: string;
  /** Extra sentences after the body, each the text `${kind}.${key}` with its own `amount` (e.g. aid released). */
  notes?: { key: string; amount: string }[];
  /** Further links after the main one, each introduced by the text `${kind}.${key}` (e.g. accept / decline). */
  links?: { key: string; url: string }[];
  /**
   * An image shown in the HTML part: the `cid` of one of `attachments` (e.g. the registration's QR code). Mail clients
   * (Gmail, Outlook) block data: URIs but show inline parts referenced as cid:.
   */
  imageCid?: string;
  attachments?: TMailAttachment[];
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
    event: params.event ?? '',
    when: params.when ?? '',
    expires: params.expires ?? '',
    resource: params.resource ?? '',
    role: params.role ?? '',
    inviter: params.inviter ?? '',
  };
  const links = params.links ?? [];
  const notes = (params.notes ?? []).map((n) => t(`${kind}.${n.key}`, { ...vars, amount: n.amount }));
  const lines = [
    t('greeting', vars),
    '',
    t(`${kind}.body`, vars),
    params.url,
    ...notes.flatMap((n) => ['', n]),
    ...links.flatMap((l) => ['', t(`${kind}.${l.key}`, vars), l.url]),
    '',
    t(`${kind}.ignore`, vars),
    '',
    t('signature'),
  ];
  const link = (url: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
  const html = [
    `<p>${escapeHtml(t('greeting', vars))}</p>`,
    `<p>${escapeHtml(t(`${kind}.body`, vars))}</p>`,
    link(params.url),
    ...notes.map((n) => `<p>${escapeHtml(n)}</p>`),
    ...links.flatMap((l) => [`<p>${escapeHtml(t(`${kind}.${l.key}`, vars))}</p>`, link(l.url)]),
    ...(params.imageCid
      ? [
          `<p><img src="cid:${escapeHtml(params.imageCid)}" alt="${escapeHtml(t(`${kind}.image`, vars))}" width="200" height="200"></p>`,
        ]
      : []),
    `<p>${escapeHtml(t(`${kind}.ignore`, vars))}</p>`,
    `<p>${escapeHtml(t('signature'))}</p>`,
  ].join('\n');
  return {
    kind,
    to: params.to,
    subject: t(`${kind}.subject`, vars),
    text: lines.join('\n'),
    html,
    ...(params.attachments?.length ? { attachments: params.attachments } : {}),
  };
};
