/** An SME assessment explained: category, status, public-body exclusion, aggregated figures per year and the reasons. */
import { useTranslation } from 'react-i18next';
import { formatEuro, formatNumber, formatPercent } from '../../../shared/lib/format';
import type { TSmeAssessment } from '../../../../src/contract/organisations';
import { useSession } from '../../../shared/session/session';
import { reasonText } from '../reasons';

export function SmeResult({
  result,
  nameOf,
  headingLevel = 2,
  idPrefix = 'sme',
  compact = false,
}: {
  result: TSmeAssessment;
  nameOf?: (id: string) => string | undefined;
  headingLevel?: 2 | 3;
  idPrefix?: string;
  /** Narrow columns: yearly figures as cards instead of a five-column table. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const categoryOf = (year: number) => result.perYear.find((p) => p.year === year)?.category;

  return (
    <div className="sme-result">
      <H id={`${idPrefix}-result-title`} className="visually-hidden">
        {t('sme.result.title')}
      </H>
      <dl className="sme-summary">
        <div className="sme-summary__item sme-summary__item--main">
          <dt>{t('sme.result.category')}</dt>
          <dd>
            <span className={`badge badge--large${result.isSme ? ' badge--ok' : ''}`}>
              {result.category ? t(`sme.categories.${result.category}`) : t('sme.result.noCategory')}
            </span>
          </dd>
        </div>
        <div className="sme-summary__item">
          <dt>{t('sme.result.isSme')}</dt>
          <dd>{result.isSme ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div className="sme-summary__item">
          <dt>{t('sme.result.status')}</dt>
          <dd>
            {t(`sme.statuses.${result.status}`)}
            <span className="muted"> — {t(`sme.statusHelp.${result.status}`)}</span>
          </dd>
        </div>
        <div className="sme-summary__item">
          <dt>{t('sme.result.publicBody')}</dt>
          <dd>
            {result.publicBodyExcluded
              ? t('sme.result.publicBodyExcluded', { share: formatPercent(result.publicBodyShare, locale) })
              : t('sme.result.publicBodyNot', { share: formatPercent(result.publicBodyShare, locale) })}
          </dd>
        </div>
        {result.restsOnYears.length > 0 ? (
          <div className="sme-summary__item">
            <dt>{t('sme.result.restsOn')}</dt>
            <dd>{result.restsOnYears.join(', ')}</dd>
          </div>
        ) : null}
      </dl>

      {result.aggregated.length > 0 && compact ? (
        <>
          <Sub>{t('sme.result.aggregatedTitle')}</Sub>
          <ul className="year-cards">
            {result.aggregated.map((f) => {
              const c = categoryOf(f.year);
              const basis = result.restsOnYears.includes(f.year);
              return (
                <li key={f.year} className={`year-card${basis ? ' year-card--basis' : ''}`}>
                  <p className="year-card__title">
                    {f.year}
                    {basis ? <span className="badge badge--small">{t('sme.result.basis')}</span> : null}
                  </p>
                  <dl>
                    <dt>{t('figures.staff')}</dt>
                    <dd>{formatNumber(f.staff, locale)}</dd>
                    <dt>{t('figures.turnover')}</dt>
                    <dd>{formatEuro(f.turnover, locale)}</dd>
                    <dt>{t('figures.balanceSheet')}</dt>
                    <dd>{formatEuro(f.balanceSheet, locale)}</dd>
                    <dt>{t('sme.result.yearCategory')}</dt>
                    <dd>{c ? t(`sme.categories.${c}`) : ''}</dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      ) : result.aggregated.length > 0 ? (
        <>
          <Sub>{t('sme.result.aggregatedTitle')}</Sub>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('sme.result.aggregatedTitle')}>
            <table className="table">
              <caption className="visually-hidden">{t('sme.result.aggregatedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('figures.year')}</th>
                  <th scope="col" className="num">
                    {t('figures.staff')}
                  </th>
                  <th scope="col" className="num">
                    {t('figures.turnover')}
                  </th>
                  <th scope="col" className="num">
                    {t('figures.balanceSheet')}
                  </th>
                  <th scope="col">{t('sme.result.yearCategory')}</th>
                </tr>
              </thead>
              <tbody>
                {result.aggregated.map((f) => {
                  const c = categoryOf(f.year);
                  const basis = result.restsOnYears.includes(f.year);
                  return (
                    <tr key={f.year} className={basis ? 'row--highlight' : undefined}>
                      <th scope="row">
                        {f.year}
                        {basis ? <span className="badge badge--small">{t('sme.result.basis')}</span> : null}
                      </th>
                      <td className="num">{formatNumber(f.staff, locale)}</td>
                      <td className="num">{formatEuro(f.turnover, locale)}</td>
                      <td className="num">{formatEuro(f.balanceSheet, locale)}</td>
                      <td>{c ? t(`sme.categories.${c}`) : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <Sub>{t('sme.result.reasonsTitle')}</Sub>
      {result.reasons.length === 0 ? (
        <p className="muted">{t('sme.result.noReasons')}</p>
      ) : (
        <ol className="reasons">
          {result.reasons.map((r, i) => (
            <li key={i}>{reasonText(r, t, locale, nameOf)}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
