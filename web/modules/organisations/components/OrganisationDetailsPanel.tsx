import { useTranslation } from 'react-i18next';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { updateOrganisation } from '../api';
import { changedInput, orgValuesFromDetail } from '../form-model';
import { OrganisationDetails } from './OrganisationDetails';
import { OrganisationForm } from './OrganisationForm';

/** The organisation's details, or the form to edit them; saving sends only the changed fields. */
export function OrganisationDetailsPanel({
  org,
  editing,
  onCancel,
  onSaved,
}: {
  org: TOrganisationDetail;
  editing: boolean;
  onCancel: () => void;
  onSaved: (d: TOrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="details-title">
      <h2 id="details-title">
        {editing ? t('organisations.detail.editTitle') : t('organisations.detail.detailsTitle')}
      </h2>
      {editing ? (
        <OrganisationForm
          idPrefix="edit"
          initial={orgValuesFromDetail(org)}
          submitLabel={t('common.save')}
          onCancel={onCancel}
          onSubmit={async (values) => {
            const patch = changedInput(orgValuesFromDetail(org), values);
            const d = Object.keys(patch).length ? await updateOrganisation(org.id, patch) : org;
            onSaved(d);
          }}
        />
      ) : (
        <OrganisationDetails org={org} />
      )}
    </section>
  );
}
