import { useTranslation } from 'react-i18next';
import type { TRegions } from '../../../../src/contract/reference';
import { SelectField, TextField } from '../../../shared/components/Field';
import { localName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { nutsOf } from '../form-model';
import type { TOrgFieldBindings } from '../hooks/useOrganisationForm';

/** The form's address fieldset; a Bulgarian organisation also picks its oblast, which gives its NUTS codes. */
export function OrganisationAddressFields({
  fields: { values, set, blur, errorOf, id },
  bg,
  regions,
}: {
  fields: TOrgFieldBindings;
  bg: boolean;
  regions: TRegions | null;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const oblastOptions = (regions?.oblasts ?? []).map((o) => ({ value: o.code, label: localName(o, locale) }));
  const nuts = nutsOf(values.oblast, regions);

  return (
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
  );
}
