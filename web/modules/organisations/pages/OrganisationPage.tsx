import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { deleteOrganisation, setPartner, updateOrganisation } from '../api';
import { DigitalMaturityPanel } from '../../assessments/components/DigitalMaturityPanel';
import { JourneyPanel } from '../../requests/components/JourneyPanel';
import { NdaSection } from '../../facilities/components/NdaSection';
import { ContactsSection } from '../components/ContactsSection';
import { FiguresSection } from '../components/FiguresSection';
import { MembersSection } from '../components/MembersSection';
import { OrganisationDetails } from '../components/OrganisationDetails';
import { OrganisationForm } from '../components/OrganisationForm';
import { OrganisationHead } from '../components/OrganisationHead';
import { OwnershipSection } from '../components/OwnershipSection';
import { SmePanel } from '../components/SmePanel';
import { changedInput, orgValuesFromDetail } from '../form-model';
import { useSession } from '../../../shared/session/session';
import { LoadFailure } from '../../../app/NotFoundPage';

export function OrganisationPage() {
  return (
    <RequireAuth>
      <OrganisationLoader />
    </RequireAuth>
  );
}

function OrganisationLoader() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { id = '' } = useParams();
  const { data, error, loading, reload, setData } = useApi<TOrganisationDetail>(
    `/api/v1/organisations/${encodeURIComponent(id)}`,
  );
  // One title per page: effects run child-first, so a second useHead in a parent would win.
  useHead(data ? orgName(data, locale) : error ? null : t('organisations.detail.title'));
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (loading || !data) return <Loading />;
  return <OrganisationView org={data} onChange={setData} />;
}

function OrganisationView({ org, onChange }: { org: TOrganisationDetail; onChange: (d: TOrganisationDetail) => void }) {
  const { t } = useTranslation();
  const { locale, me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const name = orgName(org, locale);
  const created = (location.state as { created?: boolean } | null)?.created === true;

  const togglePartner = async () => {
    const next = !org.isPartner;
    const ok = await confirm(
      next
        ? t('organisations.detail.confirmPartnerOn', { name })
        : t('organisations.detail.confirmPartnerOff', { name }),
      {
        confirmLabel: next ? t('organisations.detail.partnerOn') : t('organisations.detail.partnerOff'),
        danger: !next,
      },
    );
    if (!ok) return;
    const d = await action.run(() => setPartner(org.id, next));
    if (d) onChange(d);
  };

  const remove = async () => {
    if (!(await confirm(t('organisations.detail.confirmDelete', { name }), { confirmLabel: t('common.delete') })))
      return;
    const done = await action.run(async () => {
      await deleteOrganisation(org.id);
      return true;
    });
    if (done) navigate('/organisations');
  };

  return (
    <div className="container section">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/organisations">
          {me.abilities.organisations.listAll ? t('nav.organisations') : t('nav.myOrganisations')}
        </Link>
      </nav>
      <OrganisationHead
        org={org}
        name={name}
        editing={editing}
        busy={action.busy}
        onEdit={() => {
          setEditing(true);
          setSaved(false);
        }}
        onTogglePartner={() => void togglePartner()}
      />
      {created ? <Notice>{t('organisations.detail.created')}</Notice> : null}
      {saved ? <Notice>{t('organisations.detail.saved')}</Notice> : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}

      <div className="layout-2">
        <div className="layout-2__main">
          <section className="panel" aria-labelledby="details-title">
            <h2 id="details-title">
              {editing ? t('organisations.detail.editTitle') : t('organisations.detail.detailsTitle')}
            </h2>
            {editing ? (
              <OrganisationForm
                idPrefix="edit"
                initial={orgValuesFromDetail(org)}
                submitLabel={t('common.save')}
                onCancel={() => setEditing(false)}
                onSubmit={async (values) => {
                  const patch = changedInput(orgValuesFromDetail(org), values);
                  const d = Object.keys(patch).length ? await updateOrganisation(org.id, patch) : org;
                  onChange(d);
                  setEditing(false);
                  setSaved(true);
                }}
              />
            ) : (
              <OrganisationDetails org={org} />
            )}
          </section>
          <DigitalMaturityPanel organisationId={org.id} />
          <JourneyPanel organisationId={org.id} />
          <FiguresSection org={org} onChange={onChange} />
          <OwnershipSection org={org} onChange={onChange} />
          <ContactsSection org={org} onChange={onChange} />
          <MembersSection org={org} onChange={onChange} />
          {me.abilities.facilities.manage ? <NdaSection organisationId={org.id} /> : null}
          {org.abilities.delete ? (
            <section className="panel panel--danger" aria-labelledby="danger-title">
              <h2 id="danger-title">{t('organisations.detail.dangerTitle')}</h2>
              <p>{t('organisations.detail.deleteHelp')}</p>
              <button
                type="button"
                className="button button--danger"
                onClick={() => void remove()}
                disabled={action.busy}
              >
                {t('organisations.detail.delete')}
              </button>
            </section>
          ) : null}
        </div>
        <aside className="layout-2__side" aria-labelledby="sme-panel-title">
          <SmePanel org={org} />
        </aside>
      </div>
    </div>
  );
}
