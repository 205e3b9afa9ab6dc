import { useTranslation } from 'react-i18next';
import type { TRequestOut } from '../../../../src/contract/requests';

/** What the organisation asked for, and why the request was rejected or cancelled when it was. */
export function RequestNeed({ request: r }: { request: TRequestOut }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="request-need-title">
      <h2 id="request-need-title">{t('requests.detail.needTitle')}</h2>
      <p className="request-need">{r.need}</p>
      {r.reason && (r.status === 'rejected' || r.status === 'cancelled') ? (
        <div className="callout">
          <p>
            <strong>{t(`requests.detail.reasonTitle.${r.status}`)}</strong>
          </p>
          <p className="request-need">{r.reason}</p>
        </div>
      ) : null}
    </section>
  );
}
