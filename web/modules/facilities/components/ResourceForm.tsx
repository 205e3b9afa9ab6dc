/** The resource's fields (staff): names, kind, owner, capacity, money per hour, aid basis, booking limits. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { useAction } from '../../../shared/hooks/use-action';
import { fieldErrorsOf } from '../../../shared/lib/errors';
import { orgName } from '../../../shared/lib/format';
import type { THub } from '../../../../src/contract/hub/schemas';
import { useSession } from '../../../shared/session/session';
import { emptyResourceValues, validateResourceValues, type TResourceValues } from '../form-model';
import { facilityErrorText } from '../errors';
import { localTitle } from '../texts';
import { RESOURCE_KINDS } from '../../../../src/contract/facilities';

const FIELDS = Object.keys(emptyResourceValues());

export function ResourceForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: TResourceValues;
  submitLabel: string;
  onSubmit: (values: TResourceValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [v, setV] = useState(initial);
  const [shown, setShown] = useState<Partial<Record<keyof TResourceValues, string>>>({});
  const action = useAction();
  const hub = useApi<THub>('/api/v1/hub');
  const events = useApi<{ items: { id: string; titleBg: string; titleEn: string }[] }>('/api/v1/events?page=1');
  const set =
    <K extends keyof TResourceValues>(k: K) =>
    (value: TResourceValues[K]) =>
      setV((old) => ({ ...old, [k]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateResourceValues(v);
    const texts = Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, t(`facilities.form.problems.${p}`)]));
    setShown(texts);
    if (Object.keys(texts).length) return;
    await action.run(() => onSubmit(v));
  };
  const server = action.error ? fieldErrorsOf(t, action.error, FIELDS) : { fields: {}, rest: [] };
  const err = (k: keyof TResourceValues) => shown[k] ?? (server.fields as Record<string, string>)[k] ?? null;
  const summary =
    action.error && server.rest.length === 0 && Object.keys(server.fields).length === 0
      ? [facilityErrorText(t, action.error)]
      : server.rest;

  return (
    <form className="form resource-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors messages={Object.keys(shown).length ? [t('facilities.form.fix')] : summary} />
      <fieldset>
        <legend>{t('facilities.form.about')}</legend>
        <TextField
          id="resource-titleBg"
          label={t('facilities.form.titleBg')}
          value={v.titleBg}
          onValue={set('titleBg')}
          error={err('titleBg')}
          required
          lang="bg"
        />
        <TextField
          id="resource-titleEn"
          label={t('facilities.form.titleEn')}
          value={v.titleEn}
          onValue={set('titleEn')}
          error={err('titleEn')}
          required
          lang="en"
        />
        <TextField
          id="resource-slug"
          label={t('facilities.form.slug')}
          hint={t('facilities.form.slugHint')}
          value={v.slug}
          onValue={set('slug')}
          error={err('slug')}
          required
        />
        <SelectField
          id="resource-kind"
          label={t('facilities.form.kind')}
          value={v.kind}
          onValue={(k) => set('kind')(k as TResourceValues['kind'])}
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`facilities.kinds.${k}`) }))}
        />
        <TextAreaField
          id="resource-descriptionBg"
          label={t('facilities.form.descriptionBg')}
          value={v.descriptionBg}
          onValue={set('descriptionBg')}
          rows={4}
          lang="bg"
        />
        <TextAreaField
          id="resource-descriptionEn"
          label={t('facilities.form.descriptionEn')}
          value={v.descriptionEn}
          onValue={set('descriptionEn')}
          rows={4}
          lang="en"
        />
        <TextField
          id="resource-location"
          label={t('facilities.fields.location')}
          value={v.location}
          onValue={set('location')}
        />
        <SelectField
          id="resource-owner"
          label={t('facilities.fields.owner')}
          value={v.ownerId}
          onValue={set('ownerId')}
          placeholder={t('common.none')}
          options={(hub.data?.partners ?? []).map((p) => ({ value: p.id, label: orgName(p, locale) }))}
        />
      </fieldset>
      <fieldset>
        <legend>{t('facilities.form.booking')}</legend>
        <TextField
          id="resource-capacity"
          type="number"
          min={1}
          label={t('facilities.fields.capacity')}
          hint={t('facilities.form.capacityHint')}
          value={v.capacity}
          onValue={set('capacity')}
          error={err('capacity')}
          required
        />
        <div className="fac-row">
          <TextField
            id="resource-min"
            type="number"
            label={t('facilities.form.minMinutes')}
            value={v.minBookingMinutes}
            onValue={set('minBookingMinutes')}
            error={err('minBookingMinutes')}
          />
          <TextField
            id="resource-max"
            type="number"
            label={t('facilities.form.maxMinutes')}
            value={v.maxBookingMinutes}
            onValue={set('maxBookingMinutes')}
            error={err('maxBookingMinutes')}
          />
          <TextField
            id="resource-cancellation"
            type="number"
            label={t('facilities.form.cancellationHours')}
            value={v.cancellationHours}
            onValue={set('cancellationHours')}
            error={err('cancellationHours')}
          />
        </div>
        <CheckboxField
          id="resource-approval"
          label={t('facilities.form.approvalRequired')}
          checked={v.approvalRequired}
          onChecked={set('approvalRequired')}
        />
        <CheckboxField
          id="resource-nda"
          label={t('facilities.form.ndaRequired')}
          checked={v.ndaRequired}
          onChecked={set('ndaRequired')}
        />
        {err('ndaRequired') ? (
          <p className="field__error" id="resource-nda-error">
            {err('ndaRequired')}
          </p>
        ) : null}
        {events.data ? (
          <SelectField
            id="resource-prerequisite"
            label={t('facilities.form.prerequisite')}
            value={v.prerequisiteEventId}
            onValue={set('prerequisiteEventId')}
            placeholder={t('common.none')}
            options={events.data.items.map((e) => ({ value: e.id, label: localTitle(e, locale) }))}
          />
        ) : null}
        <CheckboxField
          id="resource-published"
          label={t('facilities.form.published')}
          checked={v.published}
          onChecked={set('published')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('facilities.form.money')}</legend>
        <div className="fac-row">
          <TextField
            id="resource-value"
            inputMode="decimal"
            label={t('facilities.form.value')}
            value={v.value}
            onValue={set('value')}
            error={err('value')}
            required
          />
          <TextField
            id="resource-price"
            inputMode="decimal"
            label={t('facilities.form.price')}
            value={v.price}
            onValue={set('price')}
            error={err('price')}
            required
          />
        </div>
        <SelectField
          id="resource-aid"
          label={t('facilities.form.aidBasis')}
          value={v.aidBasis}
          onValue={(a) => set('aidBasis')(a as TResourceValues['aidBasis'])}
          options={(['de_minimis', 'gber', 'none'] as const).map((a) => ({
            value: a,
            label: t(`facilities.form.aid.${a}`),
          }))}
        />
        {v.aidBasis === 'gber' ? (
          <TextField
            id="resource-gber"
            label={t('facilities.form.gberArticle')}
            value={v.gberArticle}
            onValue={set('gberArticle')}
            error={err('gberArticle')}
            required
          />
        ) : null}
        {v.aidBasis === 'none' ? (
          <TextField
            id="resource-noaid"
            label={t('facilities.form.noAidReason')}
            value={v.noAidReason}
            onValue={set('noAidReason')}
            error={err('noAidReason')}
            required
          />
        ) : null}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
