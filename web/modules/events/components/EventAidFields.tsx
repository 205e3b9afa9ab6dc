/** The event form's certificates and aid: the certificate rule, value and price, and the state-aid basis. */
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { AID_BASES } from '../../../../src/contract/services/enums';
import type { TEventDraft } from '../form-model';
import type { TDraftSection } from '../hooks/useEventForm';

export function EventAidFields({ d, set, err }: TDraftSection) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('events.form.certificatesAndAid')}</legend>
      <div className="form-grid">
        <SelectField
          id="certificateRule"
          label={t('events.form.certificateRule')}
          value={d.certificateRule}
          onValue={(v) => set({ certificateRule: v as 'all' | 'min' })}
          options={[
            { value: 'all', label: t('events.form.ruleAll') },
            { value: 'min', label: t('events.form.ruleMin') },
          ]}
        />
        {d.certificateRule === 'min' ? (
          <TextField
            id="certificateMinSessions"
            inputMode="numeric"
            label={t('events.form.minSessions')}
            value={d.certificateMinSessions}
            onValue={(v) => set({ certificateMinSessions: v })}
            error={err('certificateMinSessions')}
          />
        ) : null}
        <TextField
          id="value"
          inputMode="decimal"
          label={t('events.form.value')}
          hint={t('events.form.valueHint')}
          value={d.value}
          onValue={(v) => set({ value: v })}
          error={err('value') ?? err('valuePerParticipantCents')}
        />
        <TextField
          id="price"
          inputMode="decimal"
          label={t('events.form.price')}
          value={d.price}
          onValue={(v) => set({ price: v })}
          error={err('price') ?? err('pricePerParticipantCents')}
        />
        <SelectField
          id="aidBasis"
          label={t('events.form.aidBasis')}
          value={d.aidBasis}
          onValue={(v) => set({ aidBasis: v as TEventDraft['aidBasis'] })}
          options={AID_BASES.map((v) => ({ value: v, label: t(`events.form.aidBases.${v}`) }))}
        />
      </div>
      {d.aidBasis === 'gber' ? (
        <TextField
          id="gberArticle"
          label={t('events.form.gberArticle')}
          value={d.gberArticle}
          onValue={(v) => set({ gberArticle: v })}
          error={err('gberArticle')}
          required
        />
      ) : null}
      {d.aidBasis === 'none' ? (
        <TextAreaField
          id="noAidReason"
          label={t('events.form.noAidReason')}
          value={d.noAidReason}
          onValue={(v) => set({ noAidReason: v })}
          error={err('noAidReason')}
          required
          rows={2}
        />
      ) : null}
    </fieldset>
  );
}
