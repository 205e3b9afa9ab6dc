/** A page of requests as a table: reference and service link to the request; the state is a badge. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import { serviceTitle } from '../../services/texts';
import { useSession } from '../../../shared/session/session';
import { requestRef } from '../labels';
import type { TRequestSummary } from '../../../../src/contract/requests';
import { StatusBadge } from './StatusBadge';

export function RequestTable({ items, caption }: { items: TRequestSummary[]; caption: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="requests-table-caption">
      <table className="table request-table">
        <caption id="requests-table-caption" className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('requests.fields.ref')}</th>
            <th scope="col">{t('requests.fields.service')}</th>
            <th scope="col">{t('requests.fields.organisation')}</th>
            <th scope="col">{t('requests.fields.status')}</th>
            <th scope="col">{t('requests.fields.expert')}</th>
            <th scope="col">{t('requests.fields.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/requests/${r.id}`}>{requestRef(r.ref)}</Link>
              </th>
              <td data-label={t('requests.fields.service')}>
                <Link to={`/requests/${r.id}`}>{serviceTitle(r.service, locale)}</Link>
              </td>
              <td data-label={t('requests.fields.organisation')}>{r.organisation.name}</td>
              <td data-label={t('requests.fields.status')}>
                <StatusBadge status={r.status} />
              </td>
              <td data-label={t('requests.fields.expert')}>
                {r.expert ? r.expert.name : <span className="muted">—</span>}
              </td>
              <td data-label={t('requests.fields.updatedAt')}>{formatDateTime(r.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
