import { useTranslation } from 'react-i18next';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../../../src/domain/sectors';
import type { TServiceDetail } from '../../../../src/contract/services';
import { localName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';

const SECTOR_NAMES = new Map([...ENTERPRISE_SECTORS, ...PUBLIC_SECTORS].map((s) => [s.id, s]));

/** Who the service is for: the customer types and sectors it is limited to, or that it is open to all. */
export function ServiceAudience({ service: s }: { service: TServiceDetail }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section aria-labelledby="service-for-title">
      <h2 id="service-for-title">{t('services.detail.for')}</h2>
      <dl className="details">
        <div className="details__item">
          <dt>{t('services.detail.customerTypes')}</dt>
          <dd>
            {s.customerTypes.length
              ? s.customerTypes.map((c) => t(`organisations.types.${c}`)).join(', ')
              : t('services.detail.allCustomers')}
          </dd>
        </div>
        <div className="details__item">
          <dt>{t('services.detail.sectors')}</dt>
          <dd>
            {s.sectors.length
              ? s.sectors.map((id) => localName(SECTOR_NAMES.get(id), locale) || id).join(', ')
              : t('services.detail.allSectors')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
