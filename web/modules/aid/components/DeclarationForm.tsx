/**
 * The customer's signed declaration of de minimis aid received from other grantors in the past three years:
 * the statement it signs (from the server, in the UI language), the grants or "none", the signer, consent.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDateInSofia } from '../../../../src/domain/state-aid/calendar-date';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { CheckboxField, TextField } from '../../../shared/components/Field';
import { ErrorMessage, FormErrors, Loading } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError } from '../../../shared/lib/errors';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { declarationTextPath, submitDeclaration } from '../api';
import {
  checkDeclaration,
  declaredTotalCents,
  DECLARATION_LIMITS,
  earliestGrantDate,
  emptyDeclarationForm,
  emptyRow,
  problemFromServer,
  type TDeclarationForm,
  type TDeclarationProblems,
  type TItemRow,
} from '../declaration-model';
import type { TDeclaration } from '../../../../src/contract/aid';
import { DeclarationItemRow } from './DeclarationItemRow';

export function DeclarationForm({
  organisationId,
  onSigned,
}: {
  organisationId: string;
  onSigned: (d: TDeclaration) => void;
}) {
  const { t } = useTranslation();
  const { locale, me } = useSession();
  const statement = useApi<{ statement: string }>(declarationTextPath(locale));
  const [form, setForm] = useState<TDeclarationForm>(() => emptyDeclarationForm(me.user?.name ?? ''));
  // After the first submit the form re-checks as the user types, so a fixed field loses its message at once.
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<TDeclarationProblems>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const action = useAction();
  const today = useMemo(() => calendarDateInSofia(new Date()), []);
  const earliest = earliestGrantDate(today);
  const problems: TDeclarationProblems = tried
    ? { ...checkDeclaration(form, today).problems, ...serverProblems }
    : serverProblems;

  const message = (code: string) =>
    t(`aid.declaration.problems.${code}`, { earliest: formatDate(earliest, locale), max: DECLARATION_LIMITS.itemsMax });
  const fieldError = (path: string) => (problems[path] ? message(problems[path]) : null);
  const rowErrors = (index: number) => {
    const out: Record<string, string> = {};
    for (const [path, code] of Object.entries(problems)) {
      const m = /^items\.(\d+)\.(\w+)$/.exec(path);
      if (m && Number(m[1]) === index) out[m[2]] = message(code);
    }
    return out;
  };

  const edit = (change: (f: TDeclarationForm) => TDeclarationForm) => {
    setForm(change);
    setServerProblems({});
  };
  const patch = (p: Partial<TDeclarationForm>) => edit((f) => ({ ...f, ...p }));
  const patchRow = (index: number, p: Partial<TItemRow>) =>
    edit((f) => ({ ...f, items: f.items.map((r, i) => (i === index ? { ...r, ...p } : r)) }));
  const removeRow = (index: number) => edit((f) => ({ ...f, items: f.items.filter((_, i) => i !== index) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setUnplaced([]);
    setTried(true);
    const checked = checkDeclaration(form, today);
    if (!checked.input) return;
    const input = checked.input;
    const signed = await action.run(async () => {
      try {
        return await submitDeclaration(organisationId, input);
      } catch (err) {
        const api = asApiError(err);
        if (api.fields.length) {
          const known = /^(items(\.\d+\.(grantor|amountCents|grantDate|regulation))?|signerName|confirm)$/;
          const next: TDeclarationProblems = {};
          const rest: string[] = [];
          for (const f of api.fields) {
            if (known.test(f.field)) next[f.field] = problemFromServer(f.code, f.field.split('.').pop());
            else rest.push(f.message || message('invalid'));
          }
          setServerProblems(next);
          setUnplaced(rest);
          return undefined;
        }
        throw err;
      }
    });
    if (signed) onSigned(signed);
  };

  const hasProblems = Object.keys(problems).length > 0;
  return (
    <form
      className="form declaration-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="declaration-form-title"
    >
      <h2 id="declaration-form-title">{t('aid.declaration.formTitle')}</h2>
      <div className="declaration-statement" aria-live="polite">
        <h3>{t('aid.declaration.statementTitle')}</h3>
        {statement.error ? (
          <ErrorMessage error={statement.error} onRetry={statement.reload} />
        ) : statement.data ? (
          <div className="declaration-statement__text">
            {statement.data.statement.split(/\n{2,}/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </div>
        ) : (
          <Loading />
        )}
      </div>

      {hasProblems ? <FormErrors messages={[t('aid.declaration.fixErrors')]} /> : null}
      <FormErrors messages={unplaced} />

      <CheckboxField
        id="declaration-none"
        label={t('aid.declaration.noOtherAid')}
        hint={t('aid.declaration.noOtherAidHint')}
        checked={form.noOtherAid}
        onChecked={(noOtherAid) => {
          patch({ noOtherAid, items: !noOtherAid && form.items.length === 0 ? [emptyRow()] : form.items });
        }}
      />

      {form.noOtherAid ? null : (
        <div className="declaration-items">
          <h3>{t('aid.declaration.itemsTitle')}</h3>
          <p className="muted">{t('aid.declaration.itemsHelp', { earliest: formatDate(earliest, locale) })}</p>
          {problems.items ? (
            <p className="field__error" role="alert">
              {message(problems.items)}
            </p>
          ) : null}
          {form.items.map((row, i) => (
            <DeclarationItemRow
              key={row.key}
              index={i}
              row={row}
              errors={rowErrors(i)}
              earliest={earliest}
              today={today}
              onChange={(p) => patchRow(i, p)}
              onRemove={() => removeRow(i)}
            />
          ))}
          <div className="declaration-items__foot">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => patch({ items: [...form.items, emptyRow()] })}
              disabled={form.items.length >= DECLARATION_LIMITS.itemsMax}
            >
              {t('aid.declaration.addItem')}
            </button>
            <p className="declaration-items__total" aria-live="polite">
              {t('aid.declaration.total', { amount: formatEur(declaredTotalCents(form), locale) })}
            </p>
          </div>
        </div>
      )}

      <TextField
        id="declaration-signer"
        label={t('aid.declaration.signerName')}
        hint={t('aid.declaration.signerNameHint')}
        value={form.signerName}
        onValue={(signerName) => patch({ signerName })}
        error={fieldError('signerName')}
        autoComplete="name"
        maxLength={DECLARATION_LIMITS.signerMax}
        required
      />
      <div className={`field${problems.confirm ? ' field--error' : ''}`}>
        <CheckboxField
          id="declaration-confirm"
          label={t('aid.declaration.confirm')}
          checked={form.confirm}
          onChecked={(confirm) => patch({ confirm })}
        />
        {problems.confirm ? (
          <p className="field__error" id="declaration-confirm-error">
            {message(problems.confirm)}
          </p>
        ) : null}
      </div>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy || !statement.data}>
          {action.busy ? t('common.working') : t('aid.declaration.submit')}
        </button>
      </div>
    </form>
  );
}
