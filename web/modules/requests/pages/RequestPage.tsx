/**
 * /requests/:id — one request: its header (reference, service, organisation, state, expert), the actions
 * the server allows this user, the timeline with comments and files, the delivery, the feedback and the aid.
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import { requestPath } from '../api';
import { AttachmentUpload } from '../components/AttachmentUpload';
import { CommentForm } from '../components/CommentForm';
import { DeliveryBlock } from '../components/DeliveryBlock';
import { FeedbackBlock } from '../components/FeedbackBlock';
import { RequestActions } from '../components/RequestActions';
import { RequestAid } from '../components/RequestAid';
import { RequestFacts } from '../components/RequestFacts';
import { RequestFiles } from '../components/RequestFiles';
import { RequestHead } from '../components/RequestHead';
import { RequestNeed } from '../components/RequestNeed';
import { RequestTimeline } from '../components/RequestTimeline';
import { useCreatedOnce } from '../hooks/useCreatedOnce';
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
  const created = useCreatedOnce();
  const title = serviceTitle(r.service, locale);

  return (
    <div className="container section request-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/requests">{t('requests.detail.back')}</Link>
      </nav>
      <RequestHead request={r} title={title} />
      {created ? <Notice>{t('requests.detail.created', { ref: requestRef(r.ref) })}</Notice> : null}

      <div className="layout-2">
        <div className="layout-2__main">
          <RequestNeed request={r} />

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
          <RequestFacts request={r} title={title} />
          <RequestAid request={r} />
          <RequestFiles request={r} />
        </aside>
      </div>
    </div>
  );
}
