/** Hours of confirmed bookings in a period, per organisation and per resource (staff). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { formatNumber } from '../../../shared/lib/format';
import { shiftView } from '../../events/grid';
import { addDays, isDay, sofiaInstant, sofiaToday } from '../../events/calendar-sofia-time';
import { localTitle } from '../texts';
import type { TUsage } from '../../../../src/contract/facilities';

export function UsageReport({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const today = sofiaToday();
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  // The whole current month by default, so bookings later this month count too.
  const [to, setTo] = useState(addDays(shiftView('month', today, 1), -1));
  const valid = isDay(from) && isDay(to) && from <= to;
  const usage = useApi<TUsage>(
    valid
      ? withQuery('/api/v1/usage', {
          from: sofiaInstant(from).toISOString(),
          to: sofiaInstant(addDays(to, 1)).toISOString(),
        })
      : null,
  );
  return (
    <section aria-labelledby="usage-title" className="usage-report">
      <h2 id="usage-title">{t('facilities.usage.title')}</h2>
      <div className="fac-row">
        <TextField id="usage-from" type="date" label={t('facilities.usage.from')} value={from} onValue={setFrom} />
        <TextField
          id="usage-to"
          type="date"
          label={t('facilities.usage.to')}
          value={to}
          onValue={setTo}
          error={valid ? null : t('facilities.usage.badRange')}
        />
      </div>
      {usage.error ? (
        <ErrorMessage error={usage.error} onRetry={usage.reload} />
      ) : !usage.data ? (
        valid ? (
          <Loading />
        ) : null
      ) : (
        <div className="usage-report__tables">
          <div className="table-wrap">
            <table className="table">
              <caption>{t('facilities.usage.byOrganisation')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('facilities.bookings.organisation')}</th>
                  <th scope="col" className="num">
                    {t('facilities.usage.hours')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {usage.data.byOrganisation.length === 0 ? (
                  <tr>
                    <td colSpan={2}>{t('facilities.usage.none')}</td>
                  </tr>
                ) : null}
                {usage.data.byOrganisation.map((o) => (
                  <tr key={o.organisationId}>
                    <th scope="row">{o.name}</th>
                    <td className="num">{formatNumber(o.hours, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap">
            <table className="table">
              <caption>{t('facilities.usage.byResource')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('facilities.bookings.resource')}</th>
                  <th scope="col" className="num">
                    {t('facilities.usage.hours')}
                  </th>
                  <th scope="col" className="num">
                    {t('facilities.usage.bookings')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {usage.data.byResource.length === 0 ? (
                  <tr>
                    <td colSpan={3}>{t('facilities.usage.none')}</td>
                  </tr>
                ) : null}
                {usage.data.byResource.map((r) => (
                  <tr key={r.resourceId}>
                    <th scope="row">{localTitle(r.title, locale)}</th>
                    <td className="num">{formatNumber(r.hours, locale)}</td>
                    <td className="num">{formatNumber(r.bookings, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
