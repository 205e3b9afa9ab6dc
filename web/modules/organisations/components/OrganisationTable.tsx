import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, localName, orgName } from '../../../shared/lib/format';
import { useReference } from '../../../shared/reference/use-reference';
import { useSession } from '../../../shared/session/session';
import type { TOrganisationSummary } from '../../../../src/contract/organisations';

/** One page of the registry as a table: name (linked), EIK or country, type, oblast, partner, registered. */
export function OrganisationTable({ items }: { items: TOrganisationSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { regions } = useReference();
  const oblastName = (code: string | null) =>
    code
      ? localName(
          regions?.oblasts.find((o) => o.code === code),
          locale,
        ) || code
      : '';
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="org-table-caption">
      <table className="table">
        <caption id="org-table-caption" className="visually-hidden">
          {t('organisations.list.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('organisations.fields.name')}</th>
            <th scope="col">{t('organisations.fields.eik')}</th>
            <th scope="col">{t('organisations.fields.type')}</th>
            <th scope="col">{t('organisations.fields.oblast')}</th>
            <th scope="col">{t('organisations.fields.isPartner')}</th>
            <th scope="col">{t('organisations.fields.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link to={`/organisations/${o.id}`}>{orgName(o, locale)}</Link>
              </th>
              <td>{o.eik ?? (o.country !== 'BG' ? o.country : '')}</td>
              <td>{t(`organisations.types.${o.type}`)}</td>
              <td>{oblastName(o.oblast)}</td>
              <td>
                {o.isPartner ? (
                  <span className="badge badge--ok">{t('organisations.partner')}</span>
                ) : (
                  <span className="muted">{t('common.no')}</span>
                )}
              </td>
              <td>{formatDate(o.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
