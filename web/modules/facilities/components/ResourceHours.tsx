/** When a resource is open: its weekly rules, then the closures and extra openings still ahead. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import type { TResourceDetail } from '../../../../src/contract/facilities';
import { upcomingExceptions } from '../model/resource-detail';
import { describeRule } from '../rules';

export function ResourceHours({ resource: r, locale }: { resource: TResourceDetail; locale: string }) {
  const { t } = useTranslation();
  const upcoming = upcomingExceptions(r.exceptions, Date.now());
  return (
    <section aria-labelledby="resource-hours-title">
      <h2 id="resource-hours-title">{t('facilities.detail.hours')}</h2>
      {r.rules.length ? (
        <ul className="resource-hours">
          {r.rules.map((rule, i) => (
            <li key={rule.id ?? i}>
              {describeRule(t, rule)}
              {rule.validUntil ? ` (${t('facilities.rules.until', { date: rule.validUntil })})` : null}
              {rule.note ? <span className="resource-hours__note"> — {rule.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('facilities.detail.noHours')}</p>
      )}
      {upcoming.length ? (
        <>
          <h3>{t('facilities.detail.exceptions')}</h3>
          <ul className="resource-hours">
            {upcoming.map((x) => (
              <li key={x.id}>
                <strong>{t(`facilities.exceptions.${x.kind}`)}</strong>: {formatDateTime(x.startsAt, locale)} –{' '}
                {formatDateTime(x.endsAt, locale)}
                {x.reason ? ` — ${x.reason}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
