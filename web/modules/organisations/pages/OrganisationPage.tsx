import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { DigitalMaturityPanel } from '../../assessments/components/DigitalMaturityPanel';
import { JourneyPanel } from '../../requests/components/JourneyPanel';
import { NdaSection } from '../../facilities/components/NdaSection';
import { ContactsSection } from '../components/ContactsSection';
import { FiguresSection } from '../components/FiguresSection';
import { MembersSection } from '../components/MembersSection';
import { OrganisationDangerZone } from '../components/OrganisationDangerZone';
import { OrganisationDetailsPanel } from '../components/OrganisationDetailsPanel';
import { OrganisationHead } from '../components/OrganisationHead';
import { OwnershipSection } from '../components/OwnershipSection';
import { SmePanel } from '../components/SmePanel';
import { useOrganisationActions } from '../hooks/useOrganisationActions';
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
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const name = orgName(org, locale);
  const { action, togglePartner, remove } = useOrganisationActions(org, name, onChange);
  const created = (location.state as { created?: boolean } | null)?.created === true;

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
          <OrganisationDetailsPanel
            org={org}
            editing={editing}
            onCancel={() => setEditing(false)}
            onSaved={(d) => {
              onChange(d);
              setEditing(false);
              setSaved(true);
            }}
          />
          <DigitalMaturityPanel organisationId={org.id} />
          <JourneyPanel organisationId={org.id} />
          <FiguresSection org={org} onChange={onChange} />
          <OwnershipSection org={org} onChange={onChange} />
          <ContactsSection org={org} onChange={onChange} />
          <MembersSection org={org} onChange={onChange} />
          {me.abilities.facilities.manage ? <NdaSection organisationId={org.id} /> : null}
          {org.abilities.delete ? <OrganisationDangerZone busy={action.busy} onDelete={() => void remove()} /> : null}
        </div>
        <aside className="layout-2__side" aria-labelledby="sme-panel-title">
          <SmePanel org={org} />
        </aside>
      </div>
    </div>
  );
}
