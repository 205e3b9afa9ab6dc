/** T1−T0 and T2−T0 per dimension and overall, signed, with band moves called out. */
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS } from '../../../../src/domain/dma/questionnaires';
import type { TQuestionnaireId, TStageChange } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { changeDirection, formatChange } from '../format';
import { useDmaLabels } from '../labels';

const TARGETS: string[] = ['overall', ...DIMENSION_IDS];

export function ChangesTable({ questionnaire, changes }: { questionnaire: TQuestionnaireId; changes: TStageChange[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const labels = useDmaLabels(questionnaire);
  const valueOf = (c: TStageChange, target: string) => (target === 'overall' ? c.overall : c.dimensions[target]);

  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="changes-caption">
      <table className="table changes-table">
        <caption id="changes-caption">{t('assessments.results.changesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.results.dimension')}</th>
            {changes.map((c) => (
              <th key={c.to} scope="col" className="num">
                {t('assessments.results.changeColumn', { from: c.from, to: c.to })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TARGETS.map((target) => (
            <tr key={target} className={target === 'overall' ? 'changes-table__overall' : undefined}>
              <th scope="row">{labels.target(target)}</th>
              {changes.map((c) => {
                const value = valueOf(c, target);
                const move = c.bandMoves.find((m) => m.target === target);
                const direction = changeDirection(value);
                return (
                  <td key={c.to} className={`num${move ? ' band-move' : ''}`}>
                    <span className={`change change--${direction}`}>
                      {formatChange(value, locale)}
                      {direction !== 'none' ? (
                        <span className="visually-hidden"> {t(`assessments.results.direction.${direction}`)}</span>
                      ) : null}
                    </span>
                    {move ? (
                      <span className="band-move__text">
                        {t('assessments.results.bandMove', { from: labels.band(move.from), to: labels.band(move.to) })}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
