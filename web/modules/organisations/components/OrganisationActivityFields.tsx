import { useTranslation } from 'react-i18next';
import type { TSectors } from '../../../../src/contract/reference';
import { SelectField, TextField } from '../../../shared/components/Field';
import { localName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { sectorListFor } from '../form-model';
import type { TOrgFieldBindings } from '../hooks/useOrganisationForm';

/** The form's activity fieldset: the sector from the list that fits the type, NACE code and website. */
export function OrganisationActivityFields({
  fields: { values, set, blur, errorOf, id },
  sectors,
}: {
  fields: TOrgFieldBindings;
  sectors: TSectors | null;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const list = sectorListFor(values.type);
  const enterpriseOptions = (sectors?.enterprise ?? []).map((s) => ({ value: s.id, label: localName(s, locale) }));
  const publicOptions = (sectors?.public ?? []).map((s) => ({ value: s.id, label: localName(s, locale) }));

  return (
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
  );
}
