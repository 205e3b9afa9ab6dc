/** The organisation page's way to its journey with the hub and its state aid. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function JourneyPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--accent" aria-labelledby="journey-panel-title">
      <h2 id="journey-panel-title">{t('journey.orgPanel.title')}</h2>
      <p>{t('journey.orgPanel.text')}</p>
      <p>
        <Link className="button button--secondary" to={`/organisations/${organisationId}/journey`}>
          {t('journey.orgPanel.open')}
        </Link>
      </p>
    </section>
  );
}
