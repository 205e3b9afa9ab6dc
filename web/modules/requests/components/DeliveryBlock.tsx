/**
 * The delivery section: read-only for everyone once recorded; staff who may record it get the form,
 * prefilled from the server's defaults the first time and from the record when correcting it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { deliveryDefaultsPath } from '../api';
import type { TRequestOut } from '../../../../src/contract/requests';
import type { TDeliveryStart } from '../delivery-form';
import { DeliveryForm } from './DeliveryForm';
import { DeliveryView } from './DeliveryView';

export function DeliveryBlock({ request: r, onChange }: { request: TRequestOut; onChange: (r: TRequestOut) => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const may = r.abilities.recordDelivery;
  const needsDefaults = may && !r.delivery;
  const defaults = useApi<TDeliveryStart>(needsDefaults ? deliveryDefaultsPath(r.id, i18n.language) : null);

  if (!r.delivery && !may) return null;

  const saved = (next: TRequestOut) => {
    setEditing(false);
    onChange(next);
  };

  return (
    <section className="panel request-delivery" aria-labelledby="delivery-title">
      <div className="panel__head">
        <h2 id="delivery-title">{t('requests.delivery.title')}</h2>
        {r.delivery && may && !editing ? (
          <button type="button" className="button button--small button--secondary" onClick={() => setEditing(true)}>
            {t('requests.delivery.edit')}
          </button>
        ) : null}
      </div>
      {r.delivery && !editing ? <DeliveryView delivery={r.delivery} /> : null}
      {r.delivery && editing ? (
        <DeliveryForm request={r} initial={r.delivery} onSaved={saved} onCancel={() => setEditing(false)} />
      ) : null}
      {!r.delivery && may ? (
        <>
          <p className="muted">{t('requests.delivery.intro')}</p>
          {defaults.error ? <ErrorMessage error={defaults.error} onRetry={defaults.reload} /> : null}
          {defaults.loading ? <Loading /> : null}
          {defaults.data ? <DeliveryForm request={r} initial={defaults.data} onSaved={saved} /> : null}
        </>
      ) : null}
    </section>
  );
}
