import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';
import { mayManageServices } from '../abilities';
import { createService, updateService } from '../api';
import { ServiceForm } from '../components/ServiceForm';
import { emptyServiceValues, serviceValuesFromDetail, serviceValuesToInput } from '../form-model';
import { serviceTitle } from '../texts';
import type { TServiceDetail } from '../../../../src/contract/services';
import { NotFoundPage } from '../../../app/NotFoundPage';

/** /services/new and /services/:slug/edit (staff). */
export function ServiceEditPage() {
  const { slug } = useParams();
  return (
    <RequireAuth allow={mayManageServices}>
      <div className="container section">{slug ? <EditService slug={slug} /> : <NewService />}</div>
    </RequireAuth>
  );
}

function NewService() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useHead(t('services.form.newTitle'));
  return (
    <>
      <h1>{t('services.form.newTitle')}</h1>
      <p className="section__lead">{t('services.form.intro')}</p>
      <p className="form__note">{t('form.requiredNote')}</p>
      <ServiceForm
        initial={emptyServiceValues()}
        isNew
        submitLabel={t('services.form.create')}
        onCancel={() => navigate('/services')}
        onSubmit={async (values) => {
          const created = await createService(serviceValuesToInput(values));
          navigate(`/services/${created.slug}`, { state: { saved: true } });
        }}
      />
    </>
  );
}

function EditService({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApi<TServiceDetail>(`/api/v1/services/${encodeURIComponent(slug)}`);
  const title = data ? t('services.form.editTitle', { title: serviceTitle(data, locale) }) : null;
  useHead(title ?? (error ? null : t('common.loading')));
  if (error) {
    const e = asApiError(error);
    if (e.status === 404 || e.status === 400) return <NotFoundPage />;
    return <ErrorMessage error={error} onRetry={reload} />;
  }
  if (loading || !data) return <Loading />;
  return (
    <>
      <h1>{title}</h1>
      <p className="form__note">{t('form.requiredNote')}</p>
      <ServiceForm
        initial={serviceValuesFromDetail(data)}
        isNew={false}
        submitLabel={t('services.form.save')}
        onCancel={() => navigate(`/services/${data.slug}`)}
        onSubmit={async (values) => {
          const { published: _published, ...input } = serviceValuesToInput(values);
          const updated = await updateService(data.id, input);
          navigate(`/services/${updated.slug}`, { state: { saved: true } });
        }}
      />
    </>
  );
}
