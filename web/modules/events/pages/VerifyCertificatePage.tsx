import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, intlLocale, TIME_ZONE } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { LoaderError, type TLoader } from '../../../app/route-data';
import { useSession } from '../../../shared/session/session';

/** What GET /api/v1/certificates/:code/verify answers. */
export interface TCertificateVerification {
  code: string;
  valid: boolean;
  revoked: boolean;
  participantName: string;
  eventSlug: string;
  eventTitleBg: string;
  eventTitleEn: string;
  dates: { startsAt: string; endsAt: string }[];
  issuedAt: string;
  revokedAt: string | null;
  sessionsAttended: number;
  sessionsTotal: number;
}

/** An unknown code renders this page with HTTP 404 (pageStatus, see route-data). */
export type TVerifyPageData =
  { found: true; certificate: TCertificateVerification } | { found: false; code: string; pageStatus: 404 };

/**
 * Loaded on the server so the answer reads without JavaScript. An unknown code is an answer too ("not a
 * certificate of ours"), so it renders here rather than as the generic not-found page, with HTTP 404.
 */
export const verifyLoader: TLoader<TVerifyPageData> = async (fetchJson, params) => {
  const code = params.code ?? '';
  if (!code || code.length > 64) return { found: false, code, pageStatus: 404 };
  const res = await fetchJson(`/api/v1/certificates/${encodeURIComponent(code)}/verify`);
  if (res.status === 404) return { found: false, code, pageStatus: 404 };
  if (res.status !== 200) throw new LoaderError(res.status || 500, 'internal');
  return { found: true, certificate: res.body as TCertificateVerification };
};

/** A session as "12.05.2026 г., 9:00–17:00" in Sofia time (sessions end on the day they start). */
function sessionText(d: { startsAt: string; endsAt: string }, locale: string): string {
  const end = new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(d.endsAt),
  );
  return `${formatDateTime(d.startsAt, locale)}–${end}`;
}

export function VerifyCertificatePage({ data }: { data: TVerifyPageData }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  useHead(t('verify.title'));

  return (
    <section className="container section panel--narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verify.title')}</h1>
      {data.found ? (
        <CertificateFacts certificate={data.certificate} locale={locale} />
      ) : (
        <div className="status status--error" role="status">
          <p>
            <strong>{t('verify.unknownTitle')}</strong>
          </p>
          <p>{t('verify.unknownText', { code: data.code })}</p>
        </div>
      )}
      <p className="actions">
        <Link to="/">{t('verify.home')}</Link>
      </p>
    </section>
  );
}

function CertificateFacts({ certificate: c, locale }: { certificate: TCertificateVerification; locale: string }) {
  const { t } = useTranslation();
  const title = locale === 'en' ? c.eventTitleEn || c.eventTitleBg : c.eventTitleBg;
  return (
    <>
      {c.revoked ? (
        <div className="status status--error" role="status">
          <p>
            <strong>{t('verify.revokedTitle')}</strong>
          </p>
          <p>{t('verify.revokedText', { date: formatDate(c.revokedAt, locale) })}</p>
        </div>
      ) : (
        <div className="status status--success" role="status">
          <p>
            <strong>{t('verify.validTitle')}</strong>
          </p>
          <p>{t('verify.validText')}</p>
        </div>
      )}
      <dl className="details">
        <dt>{t('verify.participant')}</dt>
        <dd>{c.participantName}</dd>
        <dt>{t('verify.event')}</dt>
        <dd>
          <Link to={`/events/${c.eventSlug}`}>{title}</Link>
        </dd>
        <dt>{t('verify.dates')}</dt>
        <dd>
          <ul className="plain-list">
            {c.dates.map((d) => (
              <li key={d.startsAt}>{sessionText(d, locale)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('verify.sessionsAttended')}</dt>
        <dd>{t('verify.sessionsOf', { attended: c.sessionsAttended, total: c.sessionsTotal })}</dd>
        <dt>{t('verify.issuedAt')}</dt>
        <dd>{formatDate(c.issuedAt, locale)}</dd>
        <dt>{t('verify.code')}</dt>
        <dd>
          <code>{c.code}</code>
        </dd>
      </dl>
    </>
  );
}
