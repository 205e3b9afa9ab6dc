/**
 * The de minimis declaration of an organisation (members and staff): what it received from other grantors in
 * the past three years, signed before the hub grants de minimis aid; then back to the journey page. Earlier
 * declarations are listed below, the latest in force.
 */
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { declarationsPath } from '../api';
import { DeclarationForm } from '../components/DeclarationForm';
import { DeclarationHistory } from '../components/DeclarationHistory';
import type { TDeclaration } from '../../../../src/contract/aid';
import { journeyPagePath } from '../../requests/journey-api';
import { useSession } from '../../../shared/session/session';
import { LoadFailure } from '../../../app/NotFoundPage';

export function DeclarationPage() {
  return (
    <RequireAuth>
      <DeclarationLoader />
    </RequireAuth>
  );
}

function DeclarationLoader() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const org = useApi<TOrganisationDetail>(`/api/v1/organisations/${encodeURIComponent(id)}`);
  const history = useApi<TDeclaration[]>(declarationsPath(id));
  const name = org.data ? orgName(org.data, locale) : '';
  useHead(name ? t('aid.declaration.documentTitle', { name }) : t('aid.declaration.title'));

  const error = org.error ?? history.error;
  if (error) {
    return (
      <LoadFailure
        error={error}
        onRetry={() => {
          org.reload();
          history.reload();
        }}
      />
    );
  }
  if (!org.data || !history.data) return <Loading />;

  return (
    <div className="container section declaration-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={journeyPagePath(id)}>{t('journey.documentTitle', { name })}</Link>
      </nav>
      <div className="page-head">
        <div>
          <h1>{t('aid.declaration.title')}</h1>
          <p className="muted">{name}</p>
        </div>
      </div>
      <p className="section__lead">{t('aid.declaration.lead')}</p>
      <section className="panel">
        <DeclarationForm
          organisationId={id}
          onSigned={() => navigate(journeyPagePath(id), { state: { declared: true } })}
        />
      </section>
      <section className="panel" aria-labelledby="declaration-history-title">
        <h2 id="declaration-history-title">{t('aid.history.title')}</h2>
        <DeclarationHistory declarations={history.data} />
      </section>
    </div>
  );
}
