import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TRequestOut } from '../../../../src/contract/requests';
import { requestRef } from '../labels';
import { StatusBadge } from './StatusBadge';

/** The request's heading: reference and state, the service's title, the organisation, expert and partner. */
export function RequestHead({ request: r, title }: { request: TRequestOut; title: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-head request-head">
      <div>
        <p className="request-head__ref">
          {requestRef(r.ref)} <StatusBadge status={r.status} />
        </p>
        <h1>{title}</h1>
        <p className="request-head__meta">
          <Link to={`/organisations/${r.organisation.id}`}>{r.organisation.name}</Link>
          {r.expert ? <span>{t('requests.detail.expertLine', { name: r.expert.name })}</span> : null}
          {r.partner ? <span>{r.partner.name}</span> : null}
        </p>
      </div>
    </div>
  );
}
