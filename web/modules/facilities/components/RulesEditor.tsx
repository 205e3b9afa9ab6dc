/** Opening hours (staff): rules from presets or chosen weekdays, with times and dates; saved as one set. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { FormErrors, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { sofiaToday } from '../../events/calendar-sofia-time';
import { replaceRules } from '../api';
import { facilityErrorText } from '../errors';
import {
  buildRrule,
  describeRule,
  parseRrule,
  RULE_PRESETS,
  WEEKDAYS,
  type TRulePreset,
  type TWeekday,
} from '../rules';
import type { TRule } from '../../../../src/contract/facilities';

interface TRow {
  key: number;
  days: TWeekday[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string;
  note: string;
}

let nextKey = 1;

function rowOf(rule: Pick<TRule, 'rrule' | 'startTime' | 'endTime'> & Partial<TRule>): TRow {
  const parsed = parseRrule(rule.rrule);
  return {
    key: nextKey++,
    days: parsed && parsed.byDay.length ? parsed.byDay : [...WEEKDAYS],
    startTime: rule.startTime,
    endTime: rule.endTime,
    validFrom: rule.validFrom ?? sofiaToday(),
    validUntil: rule.validUntil ?? '',
    note: rule.note ?? '',
  };
}

export function RulesEditor({
  resourceId,
  rules,
  onSaved,
}: {
  resourceId: string;
  rules: TRule[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<TRow[]>(() => rules.map(rowOf));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const update = (key: number, patch: Partial<TRow>) => {
    setSaved(false);
    setRows((old) => old.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const addPreset = (preset: TRulePreset) => {
    setSaved(false);
    setRows((old) => [...old, rowOf(RULE_PRESETS[preset])]);
  };
  const save = async () => {
    const body = rows.map((r) => ({
      rrule: buildRrule(r.days),
      startTime: r.startTime,
      endTime: r.endTime,
      validFrom: r.validFrom,
      validUntil: r.validUntil || null,
      note: r.note.trim() || null,
    }));
    if ((await action.run(() => replaceRules(resourceId, body))) !== undefined) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <section className="panel rules-editor" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('facilities.rules.title')}</h2>
      <p className="field__hint">{t('facilities.rules.intro')}</p>
      {saved ? <Notice>{t('facilities.rules.saved')}</Notice> : null}
      <FormErrors messages={action.error ? [facilityErrorText(t, action.error)] : []} />
      {rows.length === 0 ? <p>{t('facilities.detail.noHours')}</p> : null}
      <ol className="rules-editor__rows">
        {rows.map((r, i) => (
          <li key={r.key} className="rules-editor__row">
            <fieldset>
              <legend>
                {t('facilities.rules.rule', { n: i + 1 })}:{' '}
                {describeRule(t, { rrule: buildRrule(r.days), startTime: r.startTime, endTime: r.endTime })}
              </legend>
              <fieldset className="rules-editor__days">
                <legend>{t('facilities.rules.days')}</legend>
                {WEEKDAYS.map((d) => (
                  <label key={d} className="rules-editor__day">
                    <input
                      type="checkbox"
                      checked={r.days.includes(d)}
                      onChange={(e) =>
                        update(r.key, { days: e.target.checked ? [...r.days, d] : r.days.filter((x) => x !== d) })
                      }
                    />
                    {t(`facilities.weekdays.${d}`)}
                  </label>
                ))}
              </fieldset>
              <div className="fac-row">
                <TextField
                  id={`rule-${r.key}-start`}
                  type="time"
                  label={t('facilities.rules.start')}
                  value={r.startTime}
                  onValue={(x) => update(r.key, { startTime: x })}
                />
                <TextField
                  id={`rule-${r.key}-end`}
                  type="time"
                  label={t('facilities.rules.end')}
                  value={r.endTime}
                  onValue={(x) => update(r.key, { endTime: x })}
                />
                <TextField
                  id={`rule-${r.key}-from`}
                  type="date"
                  label={t('facilities.rules.validFrom')}
                  value={r.validFrom}
                  onValue={(x) => update(r.key, { validFrom: x })}
                />
                <TextField
                  id={`rule-${r.key}-until`}
                  type="date"
                  label={t('facilities.rules.validUntil')}
                  value={r.validUntil}
                  onValue={(x) => update(r.key, { validUntil: x })}
                />
              </div>
              <TextField
                id={`rule-${r.key}-note`}
                label={t('facilities.rules.note')}
                value={r.note}
                onValue={(x) => update(r.key, { note: x })}
              />
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => setRows((old) => old.filter((x) => x.key !== r.key))}
              >
                {t('facilities.rules.remove', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => addPreset('weekdays')}>
          {t('facilities.rules.presets.weekdays')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => addPreset('tuesdayAfternoons')}>
          {t('facilities.rules.presets.tuesdayAfternoons')}
        </button>
        <button type="button" className="button" disabled={action.busy} onClick={() => void save()}>
          {action.busy ? t('common.saving') : t('facilities.rules.save')}
        </button>
      </div>
    </section>
  );
}
