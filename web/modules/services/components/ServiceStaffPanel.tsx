/** Staff tools on a service page: edit, publish or unpublish, delete — each only when the server allows it. */
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { ErrorMessage } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { asApiError } from '../../../shared/lib/errors';
import { useSession } from '../../../shared/session/session';
import { deleteService, setServicePublished } from '../api';
import { serviceTitle } from '../texts';
import type { TServiceDetail } from '../../../../src/contract/services';

/** Publishing was refused because the service has no delivering partner yet (400 naming `partnerIds`). */
const needsPartner = (error: unknown): boolean => asApiError(error).fields.some((f) => f.field === 'partnerIds');

export function ServiceStaffPanel({
  service,
  onChange,
}: {
  service: TServiceDetail;
  onChange: (s: TServiceDetail) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const action = useAction();
  const { abilities } = service;
  if (!abilities.update && !abilities.publish && !abilities.delete) return null;
  const title = serviceTitle(service, locale);

  const togglePublished = async () => {
    const next = !service.published;
    const ok = await confirm(
      t(next ? 'services.detail.confirmPublish' : 'services.detail.confirmUnpublish', { title }),
      {
        confirmLabel: t(next ? 'services.detail.publish' : 'services.detail.unpublish'),
        danger: !next,
      },
    );
    if (!ok) return;
    const updated = await action.run(() => setServicePublished(service.id, next));
    if (updated) onChange(updated);
  };

  const remove = async () => {
    if (!(await confirm(t('services.detail.confirmDelete', { title }), { confirmLabel: t('common.delete') }))) return;
    const done = await action.run(async () => {
      await deleteService(service.id);
      return true;
    });
    if (done) navigate('/services');
  };

  return (
    <section className="panel panel--accent service-staff" aria-labelledby="service-staff-title">
      <h2 id="service-staff-title">{t('services.detail.status')}</h2>
      <p>
        <span className={`badge ${service.published ? 'badge--ok' : 'badge--warn'}`}>
          {t(service.published ? 'services.detail.published' : 'services.detail.unpublished')}
        </span>
      </p>
      {action.error && needsPartner(action.error) ? (
        <ErrorMessage error={action.error}>
          <p>{t('services.detail.publishNeedsPartner')}</p>
        </ErrorMessage>
      ) : action.error ? (
        <ErrorMessage error={action.error} />
      ) : null}
      <p className="actions">
        {abilities.update ? (
          <Link className="button" to={`/services/${service.slug}/edit`}>
            {t('common.edit')}
          </Link>
        ) : null}
        {abilities.publish ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void togglePublished()}
            disabled={action.busy}
          >
            {t(service.published ? 'services.detail.unpublish' : 'services.detail.publish')}
          </button>
        ) : null}
        {abilities.delete ? (
          <button
            type="button"
            className="button button--danger-ghost"
            onClick={() => void remove()}
            disabled={action.busy}
          >
            {t('common.delete')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
