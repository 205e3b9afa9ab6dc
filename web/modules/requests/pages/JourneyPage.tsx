/**
 * An organisation's journey with the hub (members and staff): registration, assessments, requests, deliveries
 * and feedback in time order, beside the state aid it has used against the de minimis ceiling.
 */
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { EmptyState, Loading, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { useHead } from '../../../shared/lib/head';
import { AidPanel } from '../../aid/components/AidPanel';
import { journeyPath } from '../journey-api';
import { JourneyTimeline } from '../components/JourneyTimeline';
import { countByKind } from '../timeline';
import type { TJourney } from '../../../../src/contract/requests';
import { LoadFailure } from '../../../app/NotFoundPage';

export function JourneyPage() {
  return (
    <RequireAuth>
      <JourneyLoader />
    </RequireAuth>
  );
}

function JourneyLoader() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const journey = useApi<TJourney>(journeyPath(id));
  const name = journey.data?.organisation.name ?? '';
  useHead(name ? t('journey.documentTitle', { name }) : t('journey.title'));

  if (journey.error) return <LoadFailure error={journey.error} onRetry={journey.reload} />;
  if (!journey.data) return <Loading />;
  return <JourneyView journey={journey.data} />;
}

function JourneyView({ journey }: { journey: TJourney }) {
  const { t } = useTranslation();
  const { organisation, items, aid } = journey;
  // The declaration page comes back here after signing and says so through the navigation state.
  const declared = (useLocation().state as { declared?: boolean } | null)?.declared === true;
  const counts = countByKind(items);
  const onlyRegistered = items.every((i) => i.kind === 'registered');
  return (
    <div className="container section journey-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
      </nav>
      <div className="page-head">
        <div>
          <h1>{t('journey.title')}</h1>
          <p className="muted">
            {organisation.name} ·{' '}
            {t('journey.summary', {
              assessments: counts.assessment,
              requests: counts.request,
              deliveries: counts.delivery,
              events: counts.event_registration,
              bookings: counts.booking,
            })}
          </p>
        </div>
        <div className="page-head__actions">
          <Link className="button" to="/services">
            {t('journey.findService')}
          </Link>
        </div>
      </div>
      {declared ? <Notice>{t('aid.declaration.signed')}</Notice> : null}
      <div className="journey-layout">
        <section className="panel" aria-labelledby="journey-timeline-title">
          <h2 id="journey-timeline-title">{t('journey.timelineTitle')}</h2>
          <JourneyTimeline items={items} organisationId={organisation.id} />
          {onlyRegistered ? (
            <EmptyState>
              <p>{t('journey.empty')}</p>
              <p className="actions">
                <Link className="button button--secondary" to={`/organisations/${organisation.id}/assessments`}>
                  {t('journey.emptyAssess')}
                </Link>
                <Link className="button button--secondary" to="/services">
                  {t('journey.findService')}
                </Link>
              </p>
            </EmptyState>
          ) : null}
        </section>
        <AidPanel statement={aid} organisationId={organisation.id} organisationName={organisation.name} />
      </div>
    </div>
  );
}
