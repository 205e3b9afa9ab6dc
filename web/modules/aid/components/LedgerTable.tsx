/** One page of the aid ledger: every grant with its beneficiary, service, basis and amount. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate } from '../../../shared/lib/format';
import { requestRef } from '../../requests/labels';
import { useSession } from '../../../shared/session/session';
import { basisDetail, basisName } from '../labels';
import type { TLedgerItem } from '../../../../src/contract/aid';
import { RevokedNote } from './RevokedNote';

export function LedgerTable({ items }: { items: TLedgerItem[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ledger-caption">
      <table className="table aid-table">
        <caption id="ledger-caption" className="visually-hidden">
          {t('aid.ledger.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('aid.grants.date')}</th>
            <th scope="col">{t('aid.ledger.beneficiary')}</th>
            <th scope="col">{t('aid.ledger.eik')}</th>
            <th scope="col">{t('aid.ledger.service')}</th>
            <th scope="col">{t('aid.grants.basis')}</th>
            <th scope="col" className="num">
              {t('aid.grants.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((g) => {
            const detail = basisDetail(g);
            return (
              <tr key={g.id} className={g.revokedAt ? 'aid-table__revoked' : undefined}>
                <td>{formatDate(g.grantDate, locale)}</td>
                <th scope="row">
                  <Link to={`/organisations/${g.organisationId}/journey`}>{g.organisationName}</Link>
                </th>
                <td>{g.eik ?? ''}</td>
                <td>
                  {g.requestId ? (
                    <Link to={`/requests/${g.requestId}`}>
                      {g.ref !== null ? `${requestRef(g.ref)} ` : ''}
                      {g.serviceTitle ?? t('aid.ledger.request')}
                    </Link>
                  ) : (
                    (g.serviceTitle ?? '')
                  )}
                </td>
                <td>
                  {basisName(t, g.basis)}
                  {detail ? <span className="muted table-note">{detail}</span> : null}
                </td>
                <td className="num">
                  {g.revokedAt ? <del>{formatEur(g.amountCents, locale)}</del> : formatEur(g.amountCents, locale)}
                  {g.revokedAt ? <RevokedNote revokedAt={g.revokedAt} reason={g.revokeReason} /> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
