/** Editable yearly figures (year, staff in AWU, turnover and balance sheet in EUR), one labelled row per year. */
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { newFigureRow, type TCheckProblems, type TFigureRow } from '../check-model';

export function FigureRows({
  rows,
  onChange,
  problems,
  show,
  idPrefix,
  legend,
  minRows = 1,
}: {
  rows: TFigureRow[];
  onChange: (rows: TFigureRow[]) => void;
  problems: TCheckProblems;
  show: boolean;
  idPrefix: string;
  legend: string;
  minRows?: number;
}) {
  const { t } = useTranslation();
  const update = (key: string, field: keyof TFigureRow, value: string) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const err = (key: string, field: string) => {
    const p = problems[`${key}.${field}`];
    return show && p ? t(`sme.problems.${p}`) : null;
  };
  const nextYear = () => {
    const years = rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y) && y > 1900);
    return years.length ? Math.min(...years) - 1 : new Date().getFullYear() - 1;
  };
  return (
    <fieldset className="figure-rows">
      <legend>{legend}</legend>
      {rows.map((r, i) => (
        <div className="figure-row" key={r.key}>
          <TextField
            id={`${idPrefix}-${r.key}-year`}
            label={t('figures.year')}
            value={r.year}
            onValue={(v) => update(r.key, 'year', v)}
            error={err(r.key, 'year')}
            inputMode="numeric"
            maxLength={4}
            required
          />
          <TextField
            id={`${idPrefix}-${r.key}-staff`}
            label={t('figures.staffAwu')}
            value={r.staff}
            onValue={(v) => update(r.key, 'staff', v)}
            error={err(r.key, 'staff')}
            inputMode="decimal"
            required
          />
          <TextField
            id={`${idPrefix}-${r.key}-turnover`}
            label={t('figures.turnoverEur')}
            value={r.turnover}
            onValue={(v) => update(r.key, 'turnover', v)}
            error={err(r.key, 'turnover')}
            inputMode="decimal"
            required
          />
          <TextField
            id={`${idPrefix}-${r.key}-balanceSheet`}
            label={t('figures.balanceSheetEur')}
            value={r.balanceSheet}
            onValue={(v) => update(r.key, 'balanceSheet', v)}
            error={err(r.key, 'balanceSheet')}
            inputMode="decimal"
            required
          />
          {rows.length > minRows ? (
            <button
              type="button"
              className="button button--small button--ghost figure-row__remove"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              {t('sme.check.removeYear')}
              <span className="visually-hidden"> {r.year || i + 1}</span>
            </button>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => onChange([...rows, newFigureRow(nextYear())])}
      >
        {t('sme.check.addYear')}
      </button>
    </fieldset>
  );
}
