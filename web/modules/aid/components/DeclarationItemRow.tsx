/** One declared de minimis grant of the declaration form: grantor, amount in euros, grant date, regulation. */
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../shared/components/Field';
import { DECLARATION_LIMITS, type TItemRow } from '../declaration-model';
import { regulationName } from '../labels';
import { DECLARED_REGULATIONS } from '../../../../src/contract/aid';

export function DeclarationItemRow({
  index,
  row,
  errors,
  earliest,
  today,
  onChange,
  onRemove,
}: {
  index: number;
  row: TItemRow;
  /** Messages keyed by the row's field: grantor, amountCents, grantDate, regulation. */
  errors: Record<string, string>;
  earliest: string;
  today: string;
  onChange: (patch: Partial<TItemRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = (field: string) => `declaration-${row.key}-${field}`;
  const legend = t('aid.declaration.itemLegend', { number: index + 1 });
  return (
    <fieldset className="declaration-item">
      <legend>{legend}</legend>
      <div className="declaration-item__fields">
        <TextField
          id={id('grantor')}
          label={t('aid.declaration.grantor')}
          hint={t('aid.declaration.grantorHint')}
          value={row.grantor}
          onValue={(grantor) => onChange({ grantor })}
          error={errors.grantor}
          maxLength={DECLARATION_LIMITS.grantorMax}
          required
        />
        <TextField
          id={id('amount')}
          label={t('aid.declaration.amount')}
          hint={t('aid.declaration.amountHint')}
          value={row.amount}
          onValue={(amount) => onChange({ amount })}
          error={errors.amountCents}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <TextField
          id={id('grantDate')}
          type="date"
          label={t('aid.declaration.grantDate')}
          value={row.grantDate}
          onValue={(grantDate) => onChange({ grantDate })}
          error={errors.grantDate}
          min={earliest}
          max={today}
          required
        />
        <SelectField
          id={id('regulation')}
          label={t('aid.declaration.regulation')}
          value={row.regulation}
          onValue={(regulation) => onChange({ regulation: regulation as TItemRow['regulation'] })}
          options={DECLARED_REGULATIONS.map((r) => ({ value: r, label: regulationName(t, r) }))}
          error={errors.regulation}
          required
        />
      </div>
      <button type="button" className="button button--small button--danger-ghost" onClick={onRemove}>
        {t('aid.declaration.removeItem')}
        <span className="visually-hidden"> — {legend}</span>
      </button>
    </fieldset>
  );
}
