import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { meansNotFound } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import { mayManageFacilities } from '../access';
import { createResource, updateResource } from '../api';
import { ExceptionsEditor } from '../components/ExceptionsEditor';
import { ResourceForm } from '../components/ResourceForm';
import { RulesEditor } from '../components/RulesEditor';
import { emptyResourceValues, resourceValuesFromDetail, resourceValuesToInput } from '../form-model';
import { localTitle } from '../texts';
import type { TResourceDetail } from '../../../../src/contract/facilities';
import { useSession } from '../../../shared/session/session';
import { NotFoundPage } from '../../../app/NotFoundPage';

/** /facilities/new and /facilities/:slug/edit (staff): the fields, then opening hours and exceptions. */
export function ResourceEditPage() {
  const { slug } = useParams();
  return (
    <RequireAuth allow={mayManageFacilities}>
      <div className="container section resource-edit">{slug ? <EditResource slug={slug} /> : <NewResource />}</div>
    </RequireAuth>
  );
}

function NewResource() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useHead(t('facilities.form.newTitle'));
  return (
    <>
      <h1>{t('facilities.form.newTitle')}</h1>
      <p className="section__lead">{t('facilities.form.intro')}</p>
      <ResourceForm
        initial={emptyResourceValues()}
        submitLabel={t('facilities.form.create')}
        onCancel={() => navigate('/facilities')}
        onSubmit={async (values) => {
          const created = await createResource(resourceValuesToInput(values));
          // Opening hours come next: a new resource is closed until it has rules.
          navigate(`/facilities/${created.slug}/edit`, { state: { created: true } });
        }}
      />
    </>
  );
}

function EditResource({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const navigate = useNavigate();
  const { data, error, reload } = useApi<TResourceDetail>(`/api/v1/resources/${encodeURIComponent(slug)}`);
  useHead(
    data ? t('facilities.form.editTitle', { title: localTitle(data, locale) }) : error ? null : t('common.loading'),
  );
  if (error) return meansNotFound(error) ? <NotFoundPage /> : <ErrorMessage error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>{t('facilities.form.editTitle', { title: localTitle(data, locale) })}</h1>
      <ResourceForm
        key={data.id}
        initial={resourceValuesFromDetail(data)}
        submitLabel={t('common.save')}
        onCancel={() => navigate(`/facilities/${data.slug}`)}
        onSubmit={async (values) => {
          const saved = await updateResource(data.id, resourceValuesToInput(values));
          navigate(`/facilities/${saved.slug}`, { state: { saved: true } });
        }}
      />
      <RulesEditor key={`rules-${data.id}`} resourceId={data.id} rules={data.rules} onSaved={reload} />
      <ExceptionsEditor resourceId={data.id} exceptions={data.exceptions} locale={locale} onChange={reload} />
    </>
  );
}
