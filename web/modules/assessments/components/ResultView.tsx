/**
 * A DMA result explained: the overall score and band, the six dimensions as a radar and as bars, and
 * per dimension what its band means and what to improve next (texts from the `dma` namespace).
 */
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import { formatScore, type TScores } from '../scores';
import { dimensionName, dmaText } from '../labels';
import { BandBadge } from './BandBadge';
import { RadarChart } from './RadarChart';
import { ScoreBars } from './ScoreBars';

const HEADINGS = ['h2', 'h3', 'h4', 'h5'] as const;

export function ResultView({
  questionnaire,
  scores,
  compare = [],
  label,
  headingLevel = 2,
}: {
  questionnaire: TQuestionnaireId;
  scores: TScores;
  /** Earlier results drawn on the same radar, before this one (e.g. T0 when showing T1). */
  compare?: { label: string; scores: TScores }[];
  /** This result's name in the radar's legend when there is something to compare; "This assessment" by default. */
  label?: string;
  /** Level of the section headings; dimension names sit one level below. */
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const H = HEADINGS[headingLevel - 2];
  const Sub = HEADINGS[headingLevel - 1];
  const Sub2 = HEADINGS[headingLevel];
  const labels = scores.dimensions.map((d) => dimensionName(t, questionnaire, d.id));
  const valuesOf = (s: TScores) => scores.dimensions.map((d) => s.dimensions.find((x) => x.id === d.id)?.score ?? 0);
  const series = [
    ...compare.map((c) => ({ label: c.label, values: valuesOf(c.scores) })),
    { label: label ?? t('dma.result.thisAssessment'), values: valuesOf(scores) },
  ];

  return (
    <div className="dma-result">
      <div className="dma-result__overall">
        <p className="dma-result__overall-label">{t('dma.result.overall')}</p>
        <p className="dma-result__score">
          <span className="dma-result__number">{formatScore(scores.overall.score, i18n.language)}</span>
          <span className="dma-result__max"> / 100</span>
        </p>
        <BandBadge band={scores.overall.band} large />
        <p className="dma-result__bands muted">{t('dma.result.bandScale')}</p>
      </div>

      <div className="dma-result__charts">
        <section className="dma-result__chart">
          <H className="dma-result__chart-title">{t('dma.result.radarTitle')}</H>
          <RadarChart labels={labels} series={series} />
        </section>
        <section className="dma-result__chart">
          <H className="dma-result__chart-title">{t('dma.result.barsTitle')}</H>
          <ScoreBars questionnaire={questionnaire} scores={scores} />
        </section>
      </div>

      <H>{t('dma.result.dimensionsTitle')}</H>
      <ul className="dma-dimensions">
        {scores.dimensions.map((d) => {
          const base = `${questionnaire}.dimensions.${d.id}`;
          return (
            <li key={d.id} className={`dma-dimension dma-dimension--${d.band}`}>
              <div className="dma-dimension__head">
                <Sub className="dma-dimension__name">{dimensionName(t, questionnaire, d.id)}</Sub>
                <span className="dma-dimension__score">
                  {formatScore(d.score, i18n.language)}
                  <span className="visually-hidden"> {t('dma.result.outOf100')}</span>
                </span>
                <BandBadge band={d.band} />
              </div>
              <p>{dmaText(t, `${base}.interpretation.${d.band}`)}</p>
              <Sub2 className="dma-dimension__improve-title">{t('dma.result.improve')}</Sub2>
              <p>{dmaText(t, `${base}.improve.${d.band}`)}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
