/**
 * /requests/:id — one request: its header (reference, service, organisation, state, expert), the actions
 * the server allows this user, the timeline with comments and files, the delivery, the feedback and the aid.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError } from '../../../shared/lib/errors';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { attachmentPath, requestPath } from '../api';
import { AttachmentUpload } from '../components/AttachmentUpload';
import { CommentForm } from '../components/CommentForm';
import { DeliveryBlock } from '../components/DeliveryBlock';
import { FeedbackBlock } from '../components/FeedbackBlock';
import { RequestActions } from '../components/RequestActions';
import { RequestTimeline } from '../components/RequestTimeline';
import { StatusBadge } from '../components/StatusBadge';
import { requestRef } from '../labels';
import type { TRequestOut } from '../../../../src/contract/requests';
import { serviceTitle } from '../../services/texts';
import { useSession } from '../../../shared/session/session';
import { NotFoundPage } from '../../../app/NotFoundPage';

export function RequestPage() {
  return (
    <RequireAuth>
      <RequestLoader />
    </RequireAuth>
  );
}

function RequestLoader() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { id = '' } = useParams();
  const { data, error, loading, reload, setData } = useApi<TRequestOut>(requestPath(id));
  useHead(
    data
      ? `${requestRef(data.ref)} · ${serviceTitle(data.service, locale)}`
      : error
        ? null
        : t('requests.detail.title'),
  );
  if (error) {
    const e = asApiError(error);
    // A request one may not see is reported like one that does not exist.
    if (e.status === 404 || e.status === 403 || e.code === 'validation_failed' || e.code === 'bad_request')
      return <NotFoundPage />;
    return (
      <div className="container section">
        <ErrorMessage error={error} onRetry={reload} />
      </div>
    );
  }
  // A reload (after an upload) keeps the page on screen; only the first load shows the spinner.
  if (!data || (loading && data.id !== id)) return <Loading />;
  return <RequestView request={data} onChange={setData} reload={reload} />;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function RequestView({
  request: r,
  onChange,
  reload,
}: {
  request: TRequestOut;
  onChange: (r: TRequestOut) => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [created] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  // The notice is for the moment of filing: drop it from history so a reload does not repeat it.
  useEffect(() => {
    if (created) navigate(location.pathname, { replace: true, state: null });
    // Deliberately once.
  }, []);
  const title = serviceTitle(r.service, locale);

  return (
    <div className="container section request-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/requests">{t('requests.detail.back')}</Link>
      </nav>
      <div className="page-head request-head">
        <div>
          <p className="request-head__ref">
            {requestRef(r.ref)} <StatusBadge status={r.status} />
          </p>
          <h1>{title}</h1>
          <p className="request-head__meta">
            <Link to={`/organisations/${r.organisation.id}`}>{r.organisation.name}</Link>
            {r.expert ? <span>{t('requests.detail.expertLine', { name: r.expert.name })}</span> : null}
            {r.partner ? <span>{r.partner.name}</span> : null}
          </p>
        </div>
      </div>
      {created ? <Notice>{t('requests.detail.created', { ref: requestRef(r.ref) })}</Notice> : null}

      <div className="layout-2">
        <div className="layout-2__main">
          <section className="panel" aria-labelledby="request-need-title">
            <h2 id="request-need-title">{t('requests.detail.needTitle')}</h2>
            <p className="request-need">{r.need}</p>
            {r.reason && (r.status === 'rejected' || r.status === 'cancelled') ? (
              <div className="callout">
                <p>
                  <strong>{t(`requests.detail.reasonTitle.${r.status}`)}</strong>
                </p>
                <p className="request-need">{r.reason}</p>
              </div>
            ) : null}
          </section>

          <RequestActions request={r} onChange={onChange} />

          <section className="panel" aria-labelledby="request-timeline-title">
            <h2 id="request-timeline-title">{t('requests.timeline.title')}</h2>
            <RequestTimeline requestId={r.id} events={r.timeline} />
            {r.abilities.comment ? <CommentForm request={r} onChange={onChange} /> : null}
            {r.abilities.attach ? <AttachmentUpload requestId={r.id} onUploaded={reload} /> : null}
          </section>

          <DeliveryBlock request={r} onChange={onChange} />
          <FeedbackBlock request={r} onChange={onChange} />
        </div>

        <aside className="layout-2__side" aria-label={t('requests.detail.factsLabel')}>
          <section className="panel" aria-labelledby="request-facts-title">
            <h2 id="request-facts-title">{t('requests.detail.factsTitle')}</h2>
            <dl className="details request-facts">
              <Detail label={t('requests.fields.family')}>{t(`services.families.${r.service.family}`)}</Detail>
              <Detail label={t('requests.fields.service')}>
                <Link to={`/services/${r.service.slug}`}>{title}</Link>
              </Detail>
              {r.quantity !== 1 ? (
                <Detail label={t('requests.fields.quantity')}>{formatNumber(r.quantity, locale)}</Detail>
              ) : null}
              <Detail label={t('requests.fields.createdAt')}>
                {formatDateTime(r.createdAt, locale)}
                {r.onBehalf ? (
                  <span className="badge badge--info request-facts__badge">{t('requests.detail.onBehalf')}</span>
                ) : null}
              </Detail>
              {r.acceptedAt ? (
                <Detail label={t('requests.fields.acceptedAt')}>{formatDateTime(r.acceptedAt, locale)}</Detail>
              ) : null}
              <Detail label={t('requests.fields.expert')}>
                {r.expert ? r.expert.name : t('requests.detail.noExpert')}
              </Detail>
            </dl>
          </section>

          <section className="panel request-aid" aria-labelledby="request-aid-title">
            <h2 id="request-aid-title">{t('requests.aid.title')}</h2>
            {r.aid ? (
              <>
                <p className={r.aid.revokedAt ? 'request-aid__revoked' : undefined}>
                  {t('requests.aid.granted', {
                    amount: formatEur(r.aid.amountCents, locale),
                    date: formatDate(r.aid.grantDate, locale),
                    basis: t(`requests.aidBases.${r.aid.basis}`, { defaultValue: r.aid.basis }),
                  })}
                </p>
                {r.aid.revokedAt ? (
                  <p>
                    <span className="badge">{t('requests.aid.revoked')}</span>{' '}
                    {t('requests.aid.revokedText', { date: formatDate(r.aid.revokedAt, locale) })}
                  </p>
                ) : null}
              </>
            ) : (
              <p className="muted">{t('requests.aid.none')}</p>
            )}
            <p>
              <Link to={`/organisations/${r.organisation.id}/journey`}>{t('requests.aid.journey')}</Link>
            </p>
          </section>

          {r.attachments.length > 0 ? (
            <section className="panel" aria-labelledby="request-files-title">
              <h2 id="request-files-title">{t('requests.attachments.title')}</h2>
              <ul className="plain-list request-files">
                {r.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={attachmentPath(r.id, a.id)} download={a.filename}>
                      {a.filename}
                    </a>
                    <span className="muted request-files__meta">
                      {[a.uploadedByName, formatDateTime(a.createdAt, locale)].filter(Boolean).join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
