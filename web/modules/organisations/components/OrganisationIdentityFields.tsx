import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PSO_LEVELS } from '../../../../src/domain/dma/module1';
import { ORGANISATION_TYPES } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { countryOptions } from '../../../shared/lib/countries';
import { useSession } from '../../../shared/session/session';
import type { TOrgFieldBindings } from '../hooks/useOrganisationForm';

/** The form's identity fieldset: names, type, country, and the registration codes that apply to that country. */
export function OrganisationIdentityFields({
  fields: { values, set, blur, errorOf, id },
  bg,
  eikField,
}: {
  fields: TOrgFieldBindings;
  bg: boolean;
  eikField: { hint: string; ok: string | null; error: string | null };
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const typeOptions = ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }));
  const countries = useMemo(() => countryOptions(locale, values.country), [locale, values.country]);
  const psoLevelOptions = PSO_LEVELS.map((v) => ({ value: v, label: t(`assessments.psoLevels.${v}`) }));

  return (
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
            hint={eikField.hint}
            value={values.eik}
            onValue={set('eik')}
            onBlur={blur('eik')}
            error={eikField.error}
            ok={eikField.error ? null : eikField.ok}
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
  );
}
