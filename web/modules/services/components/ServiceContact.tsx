import { useTranslation } from 'react-i18next';

/** The hub's e-mail for questions about the service, with the subject filled in. */
export function ServiceContact({ email, title }: { email: string; title: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel service-contact" aria-labelledby="service-contact-title">
      <h2 id="service-contact-title">{t('services.detail.contactTitle')}</h2>
      <p>{t('services.detail.contactText')}</p>
      <p>
        {t('services.detail.contactEmail')}:{' '}
        <a href={`mailto:${email}?subject=${encodeURIComponent(t('services.detail.contactSubject', { title }))}`}>
          {email}
        </a>
      </p>
    </section>
  );
}
