/** Yearly figures (staff, turnover, balance sheet): the data the SME category rests on. Add, edit, delete per year. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { ErrorMessage, EmptyState } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { formatEuro, formatNumber } from '../../../shared/lib/format';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { parseDecimal } from '../check-model';
import { useSession } from '../../../shared/session/session';
import { deleteFigures, putFigures } from '../api';

interface TDraft {
  year: string;
  staff: string;
  turnover: string;
  balanceSheet: string;
  /** Editing an existing year: the year cannot change. */
  existing: boolean;
}

const FIELDS = ['staff', 'turnover', 'balanceSheet'] as const;

export function FiguresSection({
  org,
  onChange,
}: {
  org: TOrganisationDetail;
  onChange: (d: TOrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const can = org.abilities.manageFigures ?? org.abilities.update;
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const figures = [...org.figures].sort((a, b) => b.year - a.year);

  const problem = (field: 'year' | (typeof FIELDS)[number]): string | null => {
    if (!draft || !submitted) return null;
    const raw = draft[field];
    const v = parseDecimal(raw);
    if (raw.trim() === '') return t('errors.fields.required');
    if (v === null) return t('errors.fields.format');
    if (field === 'year') {
      if (!Number.isInteger(v) || v < 1900 || v > new Date().getFullYear()) return t('errors.fields.range');
      if (!draft.existing && org.figures.some((f) => f.year === v)) return t('figures.yearExists');
    } else if (v < 0) return t('errors.fields.range');
    return null;
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setSubmitted(true);
    const bad = (['year', ...FIELDS] as const).some((f) => {
      const raw = draft[f];
      const v = parseDecimal(raw);
      if (v === null || v < 0) return true;
      if (
        f === 'year' &&
        (!Number.isInteger(v) ||
          v < 1900 ||
          v > new Date().getFullYear() ||
          (!draft.existing && org.figures.some((x) => x.year === v)))
      )
        return true;
      return false;
    });
    if (bad) return;
    const d = await action.run(() =>
      putFigures(org.id, {
        year: parseDecimal(draft.year)!,
        staff: parseDecimal(draft.staff)!,
        turnover: parseDecimal(draft.turnover)!,
        balanceSheet: parseDecimal(draft.balanceSheet)!,
      }),
    );
    if (d) {
      onChange(d);
      setDraft(null);
      setSubmitted(false);
    }
  };

  const remove = async (year: number) => {
    if (!(await confirm(t('figures.confirmDelete', { year }), { confirmLabel: t('common.delete') }))) return;
    const d = await action.run(() => deleteFigures(org.id, year));
    if (d) onChange(d);
  };

  const startAdd = () => {
    const years = org.figures.map((f) => f.year);
    const year = years.length ? Math.max(...years) + 1 : new Date().getFullYear() - 1;
    setDraft({
      year: String(Math.min(year, new Date().getFullYear())),
      staff: '',
      turnover: '',
      balanceSheet: '',
      existing: false,
    });
    setSubmitted(false);
  };

  return (
    <section className="panel" aria-labelledby="figures-title">
      <div className="panel__head">
        <h2 id="figures-title">{t('figures.title')}</h2>
        {can && !draft ? (
          <button type="button" className="button button--small" onClick={startAdd}>
            {t('figures.add')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('figures.intro')}</p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {figures.length === 0 ? (
        <EmptyState>
          <p>{t('figures.empty')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="figures-title">
          <table className="table">
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
                {can ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.year}>
                  <th scope="row">{f.year}</th>
                  <td className="num">{formatNumber(f.staff, locale)}</td>
                  <td className="num">{formatEuro(f.turnover, locale)}</td>
                  <td className="num">{formatEuro(f.balanceSheet, locale)}</td>
                  {can ? (
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button--small button--ghost"
                          onClick={() => {
                            setDraft({
                              year: String(f.year),
                              staff: String(f.staff),
                              turnover: String(f.turnover),
                              balanceSheet: String(f.balanceSheet),
                              existing: true,
                            });
                            setSubmitted(false);
                          }}
                        >
                          {t('common.edit')}
                          <span className="visually-hidden"> {f.year}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger-ghost"
                          onClick={() => void remove(f.year)}
                          disabled={action.busy}
                        >
                          {t('common.delete')}
                          <span className="visually-hidden"> {f.year}</span>
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {draft ? (
        <form className="inline-form" onSubmit={save} noValidate aria-labelledby="figures-form-title">
          <h3 id="figures-form-title">
            {draft.existing ? t('figures.editTitle', { year: draft.year }) : t('figures.addTitle')}
          </h3>
          <div className="grid-4">
            <TextField
              id="fig-year"
              label={t('figures.year')}
              value={draft.year}
              onValue={(v) => setDraft({ ...draft, year: v })}
              error={problem('year')}
              disabled={draft.existing}
              inputMode="numeric"
              maxLength={4}
              required
            />
            <TextField
              id="fig-staff"
              label={t('figures.staffAwu')}
              value={draft.staff}
              onValue={(v) => setDraft({ ...draft, staff: v })}
              error={problem('staff')}
              inputMode="decimal"
              required
            />
            <TextField
              id="fig-turnover"
              label={t('figures.turnoverEur')}
              value={draft.turnover}
              onValue={(v) => setDraft({ ...draft, turnover: v })}
              error={problem('turnover')}
              inputMode="decimal"
              required
            />
            <TextField
              id="fig-balance"
              label={t('figures.balanceSheetEur')}
              value={draft.balanceSheet}
              onValue={(v) => setDraft({ ...draft, balanceSheet: v })}
              error={problem('balanceSheet')}
              inputMode="decimal"
              required
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={action.busy}>
              {action.busy ? t('common.saving') : t('common.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
