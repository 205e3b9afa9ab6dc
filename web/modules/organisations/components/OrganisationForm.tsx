/** Register or edit an organisation: live checks as you type, EIK verified by the server, server errors next to their field. */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PSO_LEVELS } from '../../../../src/domain/dma/module1';
import { ORGANISATION_TYPES } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { FormErrors, Loading } from '../../../shared/components/Status';
import { apiGet } from '../../../shared/lib/api';
import { asApiError, errorText, fieldErrorsOf } from '../../../shared/lib/errors';
import { countryOptions } from '../../../shared/lib/countries';
import { localName } from '../../../shared/lib/format';
import { useDebounced } from '../../../shared/hooks/use-api';
import { useSession } from '../../../shared/session/session';
import { useReference } from '../../../shared/reference/use-reference';
import {
  ORG_FIELDS,
  eikToCheck,
  isBulgarian,
  isEnterprise,
  nutsOf,
  sectorFits,
  sectorListFor,
  validateOrgValues,
  type TOrgField,
  type TOrgValues,
} from '../form-model';

type TEikState = { value: string; status: 'checking' | 'valid' | 'invalid' | 'error' } | null;

export function OrganisationForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  idPrefix = 'org',
}: {
  initial: TOrgValues;
  submitLabel: string;
  /** Sends the values; throws the API error so the form can place it. */
  onSubmit: (values: TOrgValues) => Promise<void>;
  onCancel?: () => void;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { regions, sectors, error: refError } = useReference();
  const [values, setValues] = useState<TOrgValues>(initial);
  const [touched, setTouched] = useState<Partial<Record<TOrgField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverFields, setServerFields] = useState<Partial<Record<TOrgField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [eik, setEik] = useState<TEikState>(null);
  const bg = isBulgarian(values);

  // EIK as you type: once the input can be a complete code, ask the server's checksum check.
  const eikQuery = useDebounced(bg ? eikToCheck(values.eik) : null, 300);
  const unchangedEik = initial.eik !== '' && eikToCheck(initial.eik) === eikQuery;
  useEffect(() => {
    if (!eikQuery) {
      setEik(null);
      return;
    }
    let live = true;
    setEik({ value: eikQuery, status: 'checking' });
    apiGet<{ valid: boolean }>(`/api/v1/reference/eik/${encodeURIComponent(eikQuery)}`).then(
      (r) => live && setEik({ value: eikQuery, status: r.valid ? 'valid' : 'invalid' }),
      () => live && setEik({ value: eikQuery, status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [eikQuery]);
  const eikCurrent = bg ? eikToCheck(values.eik) : null;
  const eikValid =
    eik && eik.value === eikCurrent && eik.status !== 'checking' && eik.status !== 'error'
      ? eik.status === 'valid'
      : null;

  const problems = validateOrgValues(values, new Date().getFullYear(), eikValid);
  const set = (field: TOrgField) => (value: string) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      // A sector from the other list no longer applies when the type changes; nor do the Module 1 fields of another type.
      if (field === 'type' && !sectorFits(next.sector, value, sectors)) next.sector = '';
      if (field === 'type' && !isEnterprise(value)) next.secondarySector = '';
      if (field === 'type' && value !== 'pso') next.psoLevel = '';
      return next;
    });
    setServerFields((s) => ({ ...s, [field]: undefined }));
  };
  const blur = (field: TOrgField) => () => setTouched((s) => ({ ...s, [field]: true }));
  const errorOf = (field: TOrgField): string | null => {
    if (serverFields[field]) return serverFields[field]!;
    const p = problems[field];
    if (!p || !(submitted || touched[field])) return null;
    return t(`errors.fields.${p}`);
  };

  const onFormSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setFormErrors([]);
    if (Object.keys(problems).length > 0) {
      setFormErrors([t('organisations.form.fixErrors')]);
      // Focus the first invalid field, as the error summary pattern recommends.
      const first = ORG_FIELDS.find((f) => problems[f]);
      if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (err) {
      const apiErr = asApiError(err);
      if (apiErr.code === 'duplicate_eik') {
        setServerFields({ eik: t('errors.fields.duplicate_eik') });
        document.getElementById(`${idPrefix}-eik`)?.focus();
      } else {
        const { fields, rest } = fieldErrorsOf(t, apiErr, ORG_FIELDS);
        setServerFields(fields);
        setFormErrors(Object.keys(fields).length ? rest : [errorText(t, apiErr), ...rest]);
        const first = ORG_FIELDS.find((f) => fields[f]);
        if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
      }
    }
    setBusy(false);
  };

  const typeOptions = ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }));
  const countries = useMemo(() => countryOptions(locale, values.country), [locale, values.country]);
  const oblastOptions = (regions?.oblasts ?? []).map((o) => ({ value: o.code, label: localName(o, locale) }));
  const list = sectorListFor(values.type);
  const enterpriseOptions = (sectors?.enterprise ?? []).map((s) => ({ value: s.id, label: localName(s, locale) }));
  const publicOptions = (sectors?.public ?? []).map((s) => ({ value: s.id, label: localName(s, locale) }));
  const psoLevelOptions = PSO_LEVELS.map((v) => ({ value: v, label: t(`assessments.psoLevels.${v}`) }));
  const nuts = nutsOf(values.oblast, regions);

  let eikOk: string | null = null;
  let eikHint = t('organisations.form.eikHint');
  if (bg && eik && eik.value === eikCurrent) {
    if (eik.status === 'valid') eikOk = t('organisations.form.eikValid');
    else if (eik.status === 'checking') eikHint = t('organisations.form.eikChecking');
  }
  const eikError =
    serverFields.eik ??
    (bg && eik && eik.value === eikCurrent && eik.status === 'invalid' && !unchangedEik
      ? t('organisations.form.eikInvalid')
      : errorOf('eik'));

  const id = (f: TOrgField) => `${idPrefix}-${f}`;

  return (
    <form className="form form--wide" onSubmit={onFormSubmit} noValidate>
      <FormErrors messages={formErrors} />
      {refError ? <FormErrors messages={[errorText(t, refError)]} /> : null}
      <fieldset>
        <legend>{t('organisations.form.identity')}</legend>
        <div className="grid-2">
          <TextField
            id={id('legalNameBg')}
            label={t('organisations.fields.legalNameBg')}
            value={values.legalNameBg}
            onValue={set('legalNameBg')}
            onBlur={blur('legalNameBg')}
            error={errorOf('legalNameBg')}
            required
            autoComplete="organization"
            lang="bg"
          />
          <TextField
            id={id('legalNameEn')}
            label={t('organisations.fields.legalNameEn')}
            value={values.legalNameEn}
            onValue={set('legalNameEn')}
            onBlur={blur('legalNameEn')}
            error={errorOf('legalNameEn')}
            lang="en"
          />
          <SelectField
            id={id('type')}
            label={t('organisations.fields.type')}
            value={values.type}
            onValue={set('type')}
            onBlur={blur('type')}
            options={typeOptions}
            placeholder={t('common.choose')}
            error={errorOf('type')}
            required
          />
          {values.type === 'pso' ? (
            <SelectField
              id={id('psoLevel')}
              label={t('organisations.fields.psoLevel')}
              hint={t('organisations.form.psoLevelHint')}
              value={values.psoLevel}
              onValue={set('psoLevel')}
              onBlur={blur('psoLevel')}
              options={psoLevelOptions}
              placeholder={t('common.none')}
              error={errorOf('psoLevel')}
            />
          ) : null}
          <SelectField
            id={id('country')}
            label={t('organisations.fields.country')}
            value={values.country}
            onValue={set('country')}
            options={countries}
            error={errorOf('country')}
            required
          />
          {bg ? (
            <TextField
              id={id('eik')}
              label={t('organisations.fields.eik')}
              hint={eikHint}
              value={values.eik}
              onValue={set('eik')}
              onBlur={blur('eik')}
              error={eikError}
              ok={eikError ? null : eikOk}
              inputMode="numeric"
              autoComplete="off"
              required
            />
          ) : (
            <TextField
              id={id('foreignRegistrationNo')}
              label={t('organisations.fields.foreignRegistrationNo')}
              hint={t('organisations.form.foreignHint')}
              value={values.foreignRegistrationNo}
              onValue={set('foreignRegistrationNo')}
              onBlur={blur('foreignRegistrationNo')}
              error={errorOf('foreignRegistrationNo')}
              required
            />
          )}
          <TextField
            id={id('vat')}
            label={t('organisations.fields.vat')}
            hint={bg ? t('organisations.form.vatHint') : undefined}
            value={values.vat}
            onValue={set('vat')}
            onBlur={blur('vat')}
            error={errorOf('vat')}
            autoComplete="off"
          />
          <TextField
            id={id('pic')}
            label={t('organisations.fields.pic')}
            hint={t('organisations.form.picHint')}
            value={values.pic}
            onValue={set('pic')}
            onBlur={blur('pic')}
            error={errorOf('pic')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
          />
          <TextField
            id={id('foundationYear')}
            label={t('organisations.fields.foundationYear')}
            value={values.foundationYear}
            onValue={set('foundationYear')}
            onBlur={blur('foundationYear')}
            error={errorOf('foundationYear')}
            inputMode="numeric"
            maxLength={4}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('organisations.form.address')}</legend>
        <div className="grid-2">
          <TextField
            id={id('street')}
            label={t('organisations.fields.street')}
            value={values.street}
            onValue={set('street')}
            error={errorOf('street')}
            autoComplete="street-address"
            className="span-2"
          />
          <TextField
            id={id('city')}
            label={t('organisations.fields.city')}
            value={values.city}
            onValue={set('city')}
            error={errorOf('city')}
            autoComplete="address-level2"
          />
          <TextField
            id={id('postcode')}
            label={t('organisations.fields.postcode')}
            value={values.postcode}
            onValue={set('postcode')}
            error={errorOf('postcode')}
            autoComplete="postal-code"
          />
          {bg ? (
            <SelectField
              id={id('oblast')}
              label={t('organisations.fields.oblast')}
              value={values.oblast}
              onValue={set('oblast')}
              onBlur={blur('oblast')}
              options={oblastOptions}
              placeholder={regions ? t('common.choose') : t('common.loading')}
              error={errorOf('oblast')}
              hint={
                nuts
                  ? t('organisations.form.nutsDerived', {
                      nuts3: nuts.nuts3,
                      nuts2: nuts.nuts2,
                      region: localName(nuts.nuts2Name, locale),
                    })
                  : t('organisations.form.oblastHint')
              }
              required
            />
          ) : null}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('organisations.form.activity')}</legend>
        <div className="grid-2">
          <SelectField
            id={id('sector')}
            label={t('organisations.fields.sector')}
            value={values.sector}
            onValue={set('sector')}
            options={list === 'enterprise' ? enterpriseOptions : list === 'public' ? publicOptions : []}
            groups={
              list === 'any'
                ? [
                    { label: t('organisations.form.sectorsEnterprise'), options: enterpriseOptions },
                    { label: t('organisations.form.sectorsPublic'), options: publicOptions },
                  ]
                : undefined
            }
            placeholder={sectors ? t('common.none') : t('common.loading')}
            hint={
              list === 'public'
                ? t('organisations.form.sectorHintPublic')
                : list === 'enterprise'
                  ? t('organisations.form.sectorHintEnterprise')
                  : undefined
            }
            error={errorOf('sector')}
          />
          {list === 'enterprise' ? (
            <SelectField
              id={id('secondarySector')}
              label={t('organisations.fields.secondarySector')}
              hint={t('organisations.form.secondarySectorHint')}
              value={values.secondarySector}
              onValue={set('secondarySector')}
              onBlur={blur('secondarySector')}
              options={enterpriseOptions}
              placeholder={sectors ? t('common.none') : t('common.loading')}
              error={errorOf('secondarySector')}
            />
          ) : null}
          <TextField
            id={id('naceCode')}
            label={t('organisations.fields.naceCode')}
            hint={t('organisations.form.naceHint')}
            value={values.naceCode}
            onValue={set('naceCode')}
            onBlur={blur('naceCode')}
            error={errorOf('naceCode')}
          />
          <TextField
            id={id('website')}
            type="url"
            label={t('organisations.fields.website')}
            hint={t('organisations.form.websiteHint')}
            value={values.website}
            onValue={set('website')}
            onBlur={blur('website')}
            error={errorOf('website')}
            autoComplete="url"
            className="span-2"
          />
        </div>
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.working') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        ) : null}
        {busy ? <Loading label={t('common.saving')} /> : null}
      </div>
    </form>
  );
}
