/** Admins: the de minimis ceiling and the national share of aid reported to the Commission, changed after a confirmation. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { TextField } from '../../../shared/components/Field';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { formatNumber } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { AID_SETTINGS_PATH, updateAidSettings } from '../api';
import { checkSettings, settingsToForm, type TSettingsForm, type TSettingsProblem } from '../settings-model';
import type { TAidSettings } from '../../../../src/contract/aid';

export function AidSettingsForm() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const settings = useApi<TAidSettings>(AID_SETTINGS_PATH);
  const [form, setForm] = useState<TSettingsForm | null>(null);
  const [problems, setProblems] = useState<Partial<Record<keyof TSettingsForm, TSettingsProblem>>>({});
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (settings.data) setForm(settingsToForm(settings.data));
  }, [settings.data]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setSaved(false);
    const checked = checkSettings(form);
    setProblems(checked.problems);
    const value = checked.value;
    if (!value) return;
    const ok = await confirm(
      t('aid.settings.confirm', {
        ceiling: formatEur(value.deMinimisCeilingCents, locale),
        share: formatNumber(value.nationalSharePercent, locale),
      }),
      { confirmLabel: t('aid.settings.save'), danger: false },
    );
    if (!ok) return;
    const next = await action.run(() => updateAidSettings(value));
    if (next) {
      settings.setData(next);
      setSaved(true);
    }
  };

  const problem = (field: keyof TSettingsForm) =>
    problems[field] ? t(`aid.settings.problems.${problems[field]}`) : null;
  return (
    <section className="panel" aria-labelledby="aid-settings-title">
      <h2 id="aid-settings-title">{t('aid.settings.title')}</h2>
      <p className="muted">{t('aid.settings.help')}</p>
      {settings.error ? (
        <ErrorMessage error={settings.error} onRetry={settings.reload} />
      ) : !form ? (
        <Loading />
      ) : (
        <form className="form aid-settings" onSubmit={(e) => void submit(e)} noValidate>
          <div className="grid-2">
            <TextField
              id="aid-ceiling"
              label={t('aid.settings.ceiling')}
              hint={t('aid.settings.ceilingHint')}
              value={form.ceiling}
              onValue={(ceiling) => setForm({ ...form, ceiling })}
              error={problem('ceiling')}
              inputMode="decimal"
              required
            />
            <TextField
              id="aid-share"
              label={t('aid.settings.share')}
              hint={t('aid.settings.shareHint')}
              value={form.share}
              onValue={(share) => setForm({ ...form, share })}
              error={problem('share')}
              inputMode="decimal"
              required
            />
          </div>
          {saved ? <Notice>{t('aid.settings.saved')}</Notice> : null}
          {action.error ? <ErrorMessage error={action.error} /> : null}
          <div className="form__actions">
            <button type="submit" className="button" disabled={action.busy}>
              {action.busy ? t('common.working') : t('aid.settings.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
