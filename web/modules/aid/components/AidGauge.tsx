/** De minimis aid used against the ceiling over the rolling window, as a bar with the figures in words. */
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { eurToCents, gaugeLevel, usedPercent } from '../statement';
import type { TOrganisationAid } from '../../../../src/contract/aid';

export function AidGauge({ statement }: { statement: TOrganisationAid }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const percent = usedPercent(statement);
  const level = gaugeLevel(statement);
  const eur = (value: number) => formatEur(eurToCents(value), locale);
  return (
    <div className={`aid-gauge aid-gauge--${level}`}>
      <p className="aid-gauge__window">
        {t('aid.gauge.window', {
          from: formatDate(statement.windowStart, locale),
          to: formatDate(statement.windowEnd, locale),
        })}
      </p>
      {/* The bar repeats the sentence below it, so it is hidden from assistive technology. */}
      <div className="aid-gauge__track" aria-hidden="true">
        <div className="aid-gauge__fill" style={{ width: `${percent}%` }} />
      </div>
      <dl className="aid-gauge__figures">
        <div>
          <dt>{t('aid.gauge.used')}</dt>
          <dd>
            {eur(statement.used)}{' '}
            <span className="muted">({t('aid.gauge.percent', { percent: formatNumber(percent, locale) })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('aid.gauge.remaining')}</dt>
          <dd className="aid-gauge__remaining">{eur(statement.remaining)}</dd>
        </div>
        <div>
          <dt>{t('aid.gauge.ceiling')}</dt>
          <dd>{eur(statement.ceiling)}</dd>
        </div>
      </dl>
      {level === 'full' ? <p className="status status--error">{t('aid.gauge.full')}</p> : null}
      {level === 'warn' ? <p className="status status--info">{t('aid.gauge.warn')}</p> : null}
    </div>
  );
}
