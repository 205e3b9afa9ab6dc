/** The organisation's steps with the hub in time order, oldest first: an ordered list a screen reader reads as such. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { ScoreWithBand } from '../../assessments/components/ScoreWithBand';
import { basisName } from '../../aid/labels';
import { useSession } from '../../../shared/session/session';
import { RegistrationStatusBadge } from '../../events/components/StatusBadge';
import { inTimeOrder, localTitle, serviceTitle, stars } from '../timeline';
import type { TJourneyItem } from '../../../../src/contract/requests';
import { requestRef } from '../labels';

export function JourneyTimeline({ items, organisationId }: { items: TJourneyItem[]; organisationId: string }) {
  const { locale } = useSession();
  return (
    <ol className="journey">
      {inTimeOrder(items).map((item, i) => (
        <li key={`${item.kind}-${i}`} className={`journey__item journey__item--${item.kind}`}>
          <span className="journey__marker" aria-hidden="true" />
          <div className="journey__body">
            {item.kind === 'delivery' ? (
              // A delivery is dated by its days, not a time of day.
              <time className="journey__time" dateTime={item.endDate}>
                {item.startDate === item.endDate
                  ? formatDate(item.endDate, locale)
                  : `${formatDate(item.startDate, locale)} – ${formatDate(item.endDate, locale)}`}
              </time>
            ) : item.kind === 'booking' ? (
              <time className="journey__time" dateTime={item.startsAt}>
                {formatDateTime(item.startsAt, locale)} – {formatDateTime(item.endsAt, locale)}
              </time>
            ) : (
              <time className="journey__time" dateTime={item.at}>
                {formatDateTime(item.at, locale)}
              </time>
            )}
            <JourneyStep item={item} organisationId={organisationId} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function Step({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <>
      <h3 className="journey__title">{title}</h3>
      {children}
    </>
  );
}

function JourneyStep({ item, organisationId }: { item: TJourneyItem; organisationId: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  switch (item.kind) {
    case 'registered':
      return (
        <Step title={t('journey.steps.registered')}>
          {<p className="muted">{t('journey.steps.registeredText')}</p>}
        </Step>
      );
    case 'assessment':
      return (
        <Step title={t('journey.steps.assessment', { stage: item.stage })}>
          <p>
            <ScoreWithBand score={item.overall} />
          </p>
          <p>
            <Link to={`/organisations/${organisationId}/assessments`}>
              {t('journey.steps.assessmentLink')}
              <span className="visually-hidden"> {item.stage}</span>
            </Link>
          </p>
        </Step>
      );
    case 'request':
      return (
        <Step
          title={
            <Link to={`/requests/${item.requestId}`}>
              {t('journey.steps.request', { ref: requestRef(item.ref), service: serviceTitle(item, locale) })}
            </Link>
          }
        >
          <p>
            <span className={`badge journey-status journey-status--${item.status}`}>
              {t(`requests.statuses.${item.status}`)}
            </span>
          </p>
        </Step>
      );
    case 'delivery': {
      // A delivery recorded without a request (none today) has no reference to show.
      const deliveryRef = item.ref === null ? '' : requestRef(item.ref);
      return (
        <Step title={t('journey.steps.delivery', { ref: deliveryRef, service: serviceTitle(item, locale) })}>
          <dl className="journey__facts">
            <div>
              <dt>{t('journey.steps.value')}</dt>
              <dd>{formatEur(item.valueCents, locale)}</dd>
            </div>
            <div>
              <dt>{t('journey.steps.aid')}</dt>
              <dd>
                {formatEur(item.aidCents, locale)} <span className="muted">({basisName(t, item.aidBasis)})</span>
              </dd>
            </div>
          </dl>
          <p>
            <Link to={`/requests/${item.requestId}`}>{t('journey.steps.openRequest', { ref: deliveryRef })}</Link>
          </p>
        </Step>
      );
    }
    case 'feedback':
      return (
        <Step title={t('journey.steps.feedback', { ref: requestRef(item.ref) })}>
          <p className="journey__rating">
            <span className="journey__stars" aria-hidden="true">
              {stars(item.rating)}
            </span>{' '}
            <span>{t('journey.steps.rating', { rating: item.rating })}</span>
          </p>
          {item.comment ? <blockquote className="journey__comment">{item.comment}</blockquote> : null}
        </Step>
      );
    case 'event_registration':
      return (
        <Step
          title={t('journey.steps.eventRegistration', {
            event: localTitle(item.eventTitleBg, item.eventTitleEn, locale),
          })}
        >
          <p>
            <RegistrationStatusBadge status={item.status} />{' '}
            <span className="muted">{t('journey.steps.seats', { count: item.seats })}</span>
          </p>
          <p>
            <Link to={`/events/${item.eventSlug}`}>{t('journey.steps.openEvent')}</Link>
          </p>
        </Step>
      );
    case 'check_in': {
      const session = localTitle(item.sessionTitleBg, item.sessionTitleEn, locale);
      return (
        <Step title={t('journey.steps.checkIn', { event: localTitle(item.eventTitleBg, item.eventTitleEn, locale) })}>
          <dl className="journey__facts">
            <div>
              <dt>{t('journey.steps.session')}</dt>
              <dd>
                {session ? `${session}, ` : ''}
                {t('journey.steps.sessionStart', { time: formatDateTime(item.sessionStartsAt, locale) })}
              </dd>
            </div>
          </dl>
          <p className="muted">{t('journey.steps.people', { count: item.people })}</p>
        </Step>
      );
    }
    case 'certificate':
      return (
        <Step
          title={t('journey.steps.certificate', { event: localTitle(item.eventTitleBg, item.eventTitleEn, locale) })}
        >
          <p>{t('journey.steps.certificateText', { name: item.participantName, count: item.sessionsAttended })}</p>
          <p>
            <Link to={`/verify/${item.code}`}>
              {t('journey.steps.certificateLink')}
              <span className="visually-hidden"> {item.participantName}</span>
            </Link>
          </p>
        </Step>
      );
    case 'booking':
      return (
        <Step
          title={t('journey.steps.booking', {
            resource: localTitle(item.resourceTitleBg, item.resourceTitleEn, locale),
          })}
        >
          <p>
            <span className={`badge booking-status booking-status--${item.status}`}>
              {t(`facilities.status.${item.status}`)}
            </span>
          </p>
          <p>
            <Link to={`/facilities/${item.resourceSlug}`}>{t('journey.steps.openResource')}</Link>
          </p>
        </Step>
      );
  }
}
