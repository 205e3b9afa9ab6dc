/** The event page's side panel: seats, place, organiser, registration deadline, price, aid and cancellation. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { formatCents } from '../../services/money';
import type { TEvent } from '../../../../src/contract/events';
import { webHref } from '../../../../src/contract/web-url';
import { SeatsBadge } from './SeatsBadge';

export function EventFacts({ event: e }: { event: TEvent }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const aid = e.valuePerParticipantCents - e.pricePerParticipantCents;
  return (
    <aside className="layout-2__side" aria-label={t('events.detail.facts')}>
      <section className="panel event-facts" aria-labelledby="event-facts-title">
        <h2 id="event-facts-title">{t('events.detail.facts')}</h2>
        <dl>
          <dt>{t('events.detail.seats')}</dt>
          <dd>
            <SeatsBadge event={e} />
          </dd>
          {e.venue ? (
            <>
              <dt>{t('events.detail.venue')}</dt>
              <dd>{e.venue}</dd>
            </>
          ) : null}
          {e.onlineUrl ? (
            <>
              <dt>{t('events.detail.online')}</dt>
              <dd>
                <a href={webHref(e.onlineUrl)} rel="noopener noreferrer">
                  {t('events.detail.onlineLink')}
                </a>
              </dd>
            </>
          ) : null}
          {e.organiser ? (
            <>
              <dt>{t('events.detail.organiser')}</dt>
              <dd>{e.organiser.name}</dd>
            </>
          ) : null}
          {e.registrationClosesAt ? (
            <>
              <dt>{t('events.detail.registrationCloses')}</dt>
              <dd>{formatDateTime(e.registrationClosesAt, locale)}</dd>
            </>
          ) : null}
          <dt>{t('events.detail.price')}</dt>
          <dd>
            {e.pricePerParticipantCents === 0
              ? t('events.detail.free')
              : formatCents(e.pricePerParticipantCents, locale)}
          </dd>
          {aid > 0 ? (
            <>
              <dt>{t('events.detail.aid')}</dt>
              <dd>{t(`events.detail.aidBasis.${e.aidBasis}`, { amount: formatCents(aid, locale) })}</dd>
            </>
          ) : null}
          <dt>{t('events.detail.cancellation')}</dt>
          <dd>{t('events.detail.cancellationHours', { count: e.cancellationDeadlineHours })}</dd>
        </dl>
      </section>
    </aside>
  );
}
