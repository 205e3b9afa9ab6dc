/** A resource in the list: what it is, whose it is, what an hour is worth, and what booking it needs. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localTitle, perHour } from '../texts';
import type { TResourceSummary } from '../../../../src/contract/facilities';

export function ResourceCard({ resource: r, locale }: { resource: TResourceSummary; locale: string }) {
  const { t } = useTranslation();
  const title = localTitle(r, locale);
  return (
    <li className="resource-card">
      <p className="resource-card__kind">{t(`facilities.kinds.${r.kind}`)}</p>
      <h2 className="resource-card__title">
        <Link to={`/facilities/${r.slug}`}>{title}</Link>
      </h2>
      <dl className="resource-card__facts">
        {r.owner ? (
          <div>
            <dt>{t('facilities.fields.owner')}</dt>
            <dd>{r.owner.name}</dd>
          </div>
        ) : null}
        {r.location ? (
          <div>
            <dt>{t('facilities.fields.location')}</dt>
            <dd>{r.location}</dd>
          </div>
        ) : null}
        {r.capacity > 1 ? (
          <div>
            <dt>{t('facilities.fields.capacity')}</dt>
            <dd>{t('facilities.seats', { count: r.capacity })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('facilities.fields.value')}</dt>
          <dd>{perHour(t, r.valuePerHourCents, locale)}</dd>
        </div>
        <div>
          <dt>{t('facilities.fields.price')}</dt>
          <dd>{perHour(t, r.pricePerHourCents, locale, true)}</dd>
        </div>
      </dl>
      <Requirements resource={r} locale={locale} />
    </li>
  );
}

/** What the booker needs before booking: a training, an NDA, an approval. */
export function Requirements({ resource: r, locale }: { resource: TResourceSummary; locale: string }) {
  const { t } = useTranslation();
  if (!r.prerequisiteEvent && !r.ndaRequired && !r.approvalRequired) return null;
  return (
    <ul className="resource-requirements" aria-label={t('facilities.requirements.title')}>
      {r.prerequisiteEvent ? (
        <li>
          {t('facilities.requirements.prerequisite')}{' '}
          <Link to={`/events/${r.prerequisiteEvent.slug}`}>{localTitle(r.prerequisiteEvent, locale)}</Link>
        </li>
      ) : null}
      {r.ndaRequired ? (
        <li>{t('facilities.requirements.nda', { owner: r.owner?.name ?? t('facilities.requirements.theOwner') })}</li>
      ) : null}
      {r.approvalRequired ? <li>{t('facilities.requirements.approval')}</li> : null}
    </ul>
  );
}
