/** Register or edit an organisation: live checks as you type, EIK verified by the server, server errors next to their field. */
import { useTranslation } from 'react-i18next';
import { FormErrors, Loading } from '../../../shared/components/Status';
import { errorText } from '../../../shared/lib/errors';
import { useReference } from '../../../shared/reference/use-reference';
import type { TOrgValues } from '../form-model';
import { useOrganisationForm } from '../hooks/useOrganisationForm';
import { OrganisationActivityFields } from './OrganisationActivityFields';
import { OrganisationAddressFields } from './OrganisationAddressFields';
import { OrganisationIdentityFields } from './OrganisationIdentityFields';

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
  const { regions, sectors, error: refError } = useReference();
  const { fields, bg, busy, formErrors, eikField, onFormSubmit } = useOrganisationForm({
    initial,
    onSubmit,
    idPrefix,
    sectors,
  });

  return (
    <form className="form form--wide" onSubmit={onFormSubmit} noValidate>
      <FormErrors messages={formErrors} />
      {refError ? <FormErrors messages={[errorText(t, refError)]} /> : null}
      <OrganisationIdentityFields fields={fields} bg={bg} eikField={eikField} />
      <OrganisationAddressFields fields={fields} bg={bg} regions={regions} />
      <OrganisationActivityFields fields={fields} sectors={sectors} />

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
