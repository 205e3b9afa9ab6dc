/**
 * The organisation's latest scores (its highest stage, as the rest of the results page) next to the mean of
 * its peers (same sector, size band, NUTS 2), or why not yet. Peer means come in whole points and the
 * group's size is never shown, so no single organisation can be read off.
 */
import { useTranslation } from 'react-i18next';
import type { TBenchmark, TQuestionnaireId, TScores } from '../../../../src/contract/assessments';
import { useReference } from '../../../shared/reference/use-reference';
import { useSession } from '../../../shared/session/session';
import { localName } from '../../../shared/lib/format';
import { formatScore, formatWholeScore } from '../scores';
import { formatChange } from '../format';
import { useDmaLabels } from '../labels';

export function BenchmarkPanel({
  questionnaire,
  benchmark,
  latest,
  stage,
}: {
  questionnaire: TQuestionnaireId;
  benchmark: TBenchmark | null;
  latest: TScores | null;
  /** The stage `latest` belongs to (the highest recorded). */
  stage: string;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { regions, sectors } = useReference();
  const labels = useDmaLabels(questionnaire);

  if (!benchmark || !latest)
    return <p className="status status--empty">{t('assessments.results.benchmarkNoResult')}</p>;

  const { group } = benchmark;
  const sector = sectors ? [...sectors.enterprise, ...sectors.public].find((s) => s.id === group.sector) : null;
  const region = regions?.nuts2.find((r) => r.code === group.nuts2);
  const groupText = [
    group.sector ? (sector ? localName(sector, locale) : group.sector) : null,
    group.staffBand ? t(`assessments.staffBands.${group.staffBand}`, { defaultValue: group.staffBand }) : null,
    group.nuts2 ? `${localName(region, locale) || group.nuts2} (${group.nuts2})` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <p className="muted">
        {t('assessments.results.benchmarkGroup')}: {groupText || t('assessments.results.benchmarkGroupUnknown')}
      </p>
      {!benchmark.available || !benchmark.mean ? (
        <p className="status status--info">
          {t('assessments.results.benchmarkUnavailable', { minimum: benchmark.minimumPeers })}
        </p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="benchmark-caption">
            <table className="table">
              <caption id="benchmark-caption">
                {t('assessments.results.benchmarkCaption', { stage, minimum: benchmark.minimumPeers })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessments.results.dimension')}</th>
                  <th scope="col" className="num">
                    {t('assessments.results.ours')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessments.results.peerMean')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessments.results.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {latest.dimensions.map((d) => {
                  const peer = benchmark.mean!.dimensions.find((x) => x.id === d.id);
                  return (
                    <tr key={d.id}>
                      <th scope="row">{labels.dimension(d.id)}</th>
                      <td className="num">{formatScore(d.score, locale)}</td>
                      <td className="num">{peer ? formatWholeScore(peer.score, locale) : ''}</td>
                      <td className="num">{peer ? formatChange(d.score - peer.score, locale) : ''}</td>
                    </tr>
                  );
                })}
                <tr className="changes-table__overall">
                  <th scope="row">{t('assessments.overall')}</th>
                  <td className="num">{formatScore(latest.overall.score, locale)}</td>
                  <td className="num">{formatWholeScore(benchmark.mean.overall.score, locale)}</td>
                  <td className="num">{formatChange(latest.overall.score - benchmark.mean.overall.score, locale)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="muted">{t('assessments.results.benchmarkPrivacy')}</p>
        </>
      )}
    </>
  );
}
