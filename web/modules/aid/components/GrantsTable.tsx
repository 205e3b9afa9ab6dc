/** Every aid grant of the single undertaking, newest first: which count against the de minimis ceiling and why. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { basisDetail, basisName } from '../labels';
import { eurToCents } from '../statement';
import type { TAidStatementGrant } from '../../../../src/contract/aid';
import { RevokedNote } from './RevokedNote';

export function GrantsTable({ grants, organisationId }: { grants: TAidStatementGrant[]; organisationId: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const group = grants.some((g) => g.organisationId !== organisationId);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="aid-grants-caption">
      <table className="table aid-table">
        <caption id="aid-grants-caption">{t('aid.grants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('aid.grants.date')}</th>
            {group ? <th scope="col">{t('aid.grants.organisation')}</th> : null}
            <th scope="col">{t('aid.grants.description')}</th>
            <th scope="col">{t('aid.grants.basis')}</th>
            <th scope="col" className="num">
              {t('aid.grants.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {grants.map((g) => {
            const detail = basisDetail(g);
            return (
              <tr key={g.id}>
                <td>{formatDate(g.grantDate, locale)}</td>
                {group ? <td>{g.organisationName}</td> : null}
                <td>
                  {g.requestId && g.organisationId === organisationId ? (
                    <Link to={`/requests/${g.requestId}`}>{g.description}</Link>
                  ) : (
                    g.description
                  )}
                </td>
                <td>
                  {basisName(t, g.basis)}
                  {detail ? <span className="muted table-note">{detail}</span> : null}
                </td>
                <td className="num">
                  {g.revokedAt ? (
                    <del>{formatEur(eurToCents(g.amount), locale)}</del>
                  ) : (
                    formatEur(eurToCents(g.amount), locale)
                  )}
                  {/* Whether it counts against the de minimis ceiling, under the amount it concerns. */}
                  {g.revokedAt ? (
                    <RevokedNote revokedAt={g.revokedAt} reason={g.revokeReason} />
                  ) : (
                    <span className={`badge aid-table__counted${g.counted ? ' badge--warn' : ''}`}>
                      {g.counted ? t('aid.grants.countedYes') : t('aid.grants.countedNo')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
