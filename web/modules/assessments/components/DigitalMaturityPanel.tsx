/** The organisation page's way into its digital maturity assessments (results over time, start or continue). */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function DigitalMaturityPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--accent" aria-labelledby="dma-panel-title">
      <h2 id="dma-panel-title">{t('assessments.orgPanel.title')}</h2>
      <p>{t('assessments.orgPanel.text')}</p>
      <p>
        <Link className="button button--secondary" to={`/organisations/${organisationId}/assessments`}>
          {t('assessments.orgPanel.open')}
        </Link>
      </p>
    </section>
  );
}
