import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useHead } from '../../../shared/lib/head';
import { registerOrganisation } from '../api';
import { OrganisationForm } from '../components/OrganisationForm';
import { emptyOrgValues, orgValuesToInput } from '../form-model';
import { useSession } from '../../../shared/session/session';

export function OrganisationNewPage() {
  const { t } = useTranslation();
  useHead(t('organisations.new.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => me.abilities.organisations.create}>
        <NewOrganisation />
      </RequireAuth>
    </div>
  );
}

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { refreshMe } = useSession();
  return (
    <>
      <h1>{t('organisations.new.title')}</h1>
      <p className="section__lead">{t('organisations.new.intro')}</p>
      <p className="form__note">{t('form.requiredNote')}</p>
      <OrganisationForm
        initial={emptyOrgValues()}
        submitLabel={t('organisations.new.submit')}
        onSubmit={async (values) => {
          const created = await registerOrganisation(orgValuesToInput(values));
          // An EIK of the public register is only claimed: the list shows the claim waiting for staff.
          if ('claim' in created) {
            navigate('/organisations', { state: { claimed: true } });
            return;
          }
          await refreshMe();
          navigate(`/organisations/${created.id}`, { state: { created: true } });
        }}
      />
    </>
  );
}
