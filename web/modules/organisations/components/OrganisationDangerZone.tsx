import { useTranslation } from 'react-i18next';

/** Deleting the organisation, set apart at the foot of the page. */
export function OrganisationDangerZone({ busy, onDelete }: { busy: boolean; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--danger" aria-labelledby="danger-title">
      <h2 id="danger-title">{t('organisations.detail.dangerTitle')}</h2>
      <p>{t('organisations.detail.deleteHelp')}</p>
      <button type="button" className="button button--danger" onClick={onDelete} disabled={busy}>
        {t('organisations.detail.delete')}
      </button>
    </section>
  );
}
