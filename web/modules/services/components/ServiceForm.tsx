/** Create or edit a catalogue service: checks as you go, server errors next to their field, focus on the first problem. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '../../../../src/contract/common';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../../../src/domain/sectors';
import {
  AID_BASES,
  SERVICE_FAMILIES,
  SERVICE_LIMITS,
  TECHNOLOGY_AREAS,
  VALUE_UNITS,
} from '../../../../src/contract/services/enums';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError, errorText } from '../../../shared/lib/errors';
import { localName, orgName } from '../../../shared/lib/format';
import type { THub } from '../../../../src/contract/hub/schemas';
import { useSession } from '../../../shared/session/session';
import {
  SERVICE_FIELDS,
  formFieldOf,
  validateServiceValues,
  type TServiceField,
  type TServiceProblem,
  type TServiceValues,
} from '../form-model';
import { CheckboxGroup } from './CheckboxGroup';

/** The translation of a server's field error code. */
function serverProblem(code: string, field: TServiceField): TServiceProblem | 'slugTaken' | 'notPartner' | 'invalid' {
  if (code === 'duplicate') return 'slugTaken';
  if (code === 'reserved') return 'slugReserved';
  if (code === 'not_partner') return 'notPartner';
  if (code === 'required') return field === 'partnerIds' ? 'partnerRequired' : 'required';
  if (code === 'too_small') return field === 'marketValue' || field === 'price' ? 'money' : 'tooShort';
  if (code === 'too_big') return 'tooLong';
  if (code === 'range' && field === 'price') return 'priceAboveValue';
  return 'invalid';
}

export function ServiceForm({
  initial,
  isNew,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: TServiceValues;
  isNew: boolean;
  submitLabel: string;
  /** Sends the values; throws the API error so the form can place it. */
  onSubmit: (values: TServiceValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const hub = useApi<THub>('/api/v1/hub');
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<TServiceField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverFields, setServerFields] = useState<Partial<Record<TServiceField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const problems = validateServiceValues(values);

  const set =
    <K extends keyof TServiceValues>(field: K) =>
    (value: TServiceValues[K]) => {
      setValues((v) => ({ ...v, [field]: value }));
      setServerFields((s) => ({ ...s, [field]: undefined }));
    };
  const blur = (field: TServiceField) => () => setTouched((s) => ({ ...s, [field]: true }));
  const errorOf = (field: TServiceField): string | null => {
    if (serverFields[field]) return serverFields[field]!;
    const p = problems[field];
    return p && (submitted || touched[field]) ? t(`services.form.problems.${p}`) : null;
  };
  const id = (f: TServiceField) => `service-${f}`;
  const focusFirst = (fields: Partial<Record<TServiceField, unknown>>) => {
    const first = SERVICE_FIELDS.find((f) => fields[f]);
    if (first) document.getElementById(id(first))?.focus();
  };

  const onFormSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setFormErrors([]);
    if (Object.keys(problems).length > 0) {
      setFormErrors([t('services.form.fixErrors')]);
      focusFirst(problems);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (err) {
      const apiErr = asApiError(err);
      const fields: Partial<Record<TServiceField, string>> = {};
      const rest: string[] = [];
      for (const fe of apiErr.fields) {
        const field = formFieldOf(fe.field);
        const text = t(`services.form.problems.${field ? serverProblem(fe.code, field) : 'invalid'}`);
        if (field && !fields[field]) fields[field] = text;
        else rest.push(text);
      }
      setServerFields(fields);
      setFormErrors(Object.keys(fields).length ? rest : [errorText(t, apiErr), ...rest]);
      focusFirst(fields);
    }
    setBusy(false);
  };

  const partners = hub.data?.partners ?? [];
  return (
    <form className="form form--wide service-form" onSubmit={onFormSubmit} noValidate>
      <FormErrors messages={formErrors} />
      <fieldset>
        <legend>{t('services.form.identity')}</legend>
        <div className="grid-2">
          <SelectField
            id={id('family')}
            label={t('services.form.family')}
            value={values.family}
            onValue={(v) => set('family')(v as TServiceValues['family'])}
            onBlur={blur('family')}
            options={SERVICE_FAMILIES.map((f) => ({ value: f, label: t(`services.families.${f}`) }))}
            placeholder={t('common.choose')}
            error={errorOf('family')}
            required
          />
          <TextField
            id={id('slug')}
            label={t('services.form.slug')}
            hint={isNew ? t('services.form.slugHintNew') : t('services.form.slugHintEdit')}
            value={values.slug}
            onValue={set('slug')}
            onBlur={blur('slug')}
            error={errorOf('slug')}
            maxLength={SERVICE_LIMITS.slugMax}
            autoCapitalize="none"
            spellCheck={false}
            lang="en"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('services.form.texts')}</legend>
        <div className="grid-2">
          <TextField
            id={id('titleBg')}
            label={t('services.form.titleBg')}
            value={values.titleBg}
            onValue={set('titleBg')}
            onBlur={blur('titleBg')}
            error={errorOf('titleBg')}
            maxLength={SERVICE_LIMITS.titleMax}
            required
            lang="bg"
          />
          <TextField
            id={id('titleEn')}
            label={t('services.form.titleEn')}
            value={values.titleEn}
            onValue={set('titleEn')}
            onBlur={blur('titleEn')}
            error={errorOf('titleEn')}
            maxLength={SERVICE_LIMITS.titleMax}
            required
            lang="en"
          />
          <TextAreaField
            id={id('descriptionBg')}
            label={t('services.form.descriptionBg')}
            hint={t('services.form.descriptionHint')}
            value={values.descriptionBg}
            onValue={set('descriptionBg')}
            onBlur={blur('descriptionBg')}
            error={errorOf('descriptionBg')}
            maxLength={SERVICE_LIMITS.descriptionMax}
            rows={7}
            required
            lang="bg"
          />
          <TextAreaField
            id={id('descriptionEn')}
            label={t('services.form.descriptionEn')}
            hint={t('services.form.descriptionHint')}
            value={values.descriptionEn}
            onValue={set('descriptionEn')}
            onBlur={blur('descriptionEn')}
            error={errorOf('descriptionEn')}
            maxLength={SERVICE_LIMITS.descriptionMax}
            rows={7}
            required
            lang="en"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('services.form.targets')}</legend>
        <CheckboxGroup
          id={id('technologies')}
          legend={t('services.form.technologies')}
          options={TECHNOLOGY_AREAS.map((v) => ({ value: v, label: t(`services.technologies.${v}`) }))}
          selected={values.technologies}
          onChange={(v) => set('technologies')(v as TServiceValues['technologies'])}
          error={errorOf('technologies')}
          columns
        />
        <CheckboxGroup
          id={id('customerTypes')}
          legend={t('services.form.customerTypes')}
          hint={t('services.form.customerTypesHint')}
          options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }))}
          selected={values.customerTypes}
          onChange={(v) => set('customerTypes')(v as TServiceValues['customerTypes'])}
          error={errorOf('customerTypes')}
          columns
        />
        <CheckboxGroup
          id={id('sectors')}
          legend={t('services.form.sectors')}
          hint={t('services.form.sectorsHint')}
          options={[...ENTERPRISE_SECTORS, ...PUBLIC_SECTORS].map((s) => ({
            value: s.id,
            label: localName(s, locale),
          }))}
          selected={values.sectors}
          onChange={set('sectors')}
          error={errorOf('sectors')}
          columns
        />
        <CheckboxGroup
          id={id('partnerIds')}
          legend={t('services.form.partners')}
          hint={
            partners.length || hub.loading ? t('services.form.partnersHint') : t('services.form.noPartnersAvailable')
          }
          options={partners.map((p) => ({ value: p.id, label: orgName(p, locale) }))}
          selected={values.partnerIds}
          onChange={set('partnerIds')}
          error={errorOf('partnerIds') ?? (hub.error ? errorText(t, hub.error) : null)}
          columns
        />
      </fieldset>

      <fieldset>
        <legend>{t('services.form.moneyLegend')}</legend>
        <div className="grid-2">
          <TextField
            id={id('marketValue')}
            label={t('services.form.marketValue')}
            hint={t('services.form.marketValueHint')}
            value={values.marketValue}
            onValue={set('marketValue')}
            onBlur={blur('marketValue')}
            error={errorOf('marketValue')}
            inputMode="decimal"
            required
          />
          <SelectField
            id={id('valueUnit')}
            label={t('services.form.valueUnit')}
            value={values.valueUnit}
            onValue={(v) => set('valueUnit')(v as TServiceValues['valueUnit'])}
            options={VALUE_UNITS.map((u) => ({ value: u, label: t(`services.valueUnits.${u}`) }))}
            error={errorOf('valueUnit')}
            required
          />
          <TextField
            id={id('price')}
            label={t('services.form.price')}
            hint={t('services.form.priceHint')}
            value={values.price}
            onValue={set('price')}
            onBlur={blur('price')}
            error={errorOf('price')}
            inputMode="decimal"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('services.form.aidLegend')}</legend>
        <div className="grid-2">
          <SelectField
            id={id('aidBasis')}
            label={t('services.form.aidBasis')}
            value={values.aidBasis}
            onValue={(v) => set('aidBasis')(v as TServiceValues['aidBasis'])}
            options={AID_BASES.map((b) => ({ value: b, label: t(`services.aidBasis.${b}`) }))}
            error={errorOf('aidBasis')}
            required
          />
          {values.aidBasis === 'gber' ? (
            <TextField
              id={id('gberArticle')}
              label={t('services.form.gberArticle')}
              hint={t('services.form.gberArticleHint')}
              value={values.gberArticle}
              onValue={set('gberArticle')}
              onBlur={blur('gberArticle')}
              error={errorOf('gberArticle')}
              maxLength={SERVICE_LIMITS.gberArticleMax}
              required
            />
          ) : null}
          {values.aidBasis === 'none' ? (
            <TextAreaField
              id={id('noAidReason')}
              label={t('services.form.noAidReason')}
              value={values.noAidReason}
              onValue={set('noAidReason')}
              onBlur={blur('noAidReason')}
              error={errorOf('noAidReason')}
              maxLength={SERVICE_LIMITS.noAidReasonMax}
              rows={3}
              required
            />
          ) : null}
        </div>
      </fieldset>

      {isNew ? (
        <CheckboxField
          id="service-published"
          label={t('services.form.published')}
          checked={values.published}
          onChecked={set('published')}
        />
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
