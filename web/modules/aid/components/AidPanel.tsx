/**
 * An organisation's state aid, as two panels: at a glance (the de minimis gauge over the window, whether a
 * declaration is on file, the single undertaking it is counted with), then the records (every grant and the
 * declared aid from other grantors), which need more width.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { regulationName } from '../labels';
import { eurToCents, otherGroupMembers } from '../statement';
import type { TOrganisationAid } from '../../../../src/contract/aid';
import { AidGauge } from './AidGauge';
import { GrantsTable } from './GrantsTable';

export function AidPanel({
  statement,
  organisationId,
  organisationName,
}: {
  statement: TOrganisationAid;
  organisationId: string;
  organisationName: string;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const members = otherGroupMembers(statement, organisationId);
  const declarationPath = `/organisations/${organisationId}/de-minimis-declaration`;

  return (
    <>
      <section className="panel aid-panel" aria-labelledby="aid-panel-title">
        <h2 id="aid-panel-title">{t('aid.panel.title')}</h2>
        <p className="muted">{t('aid.panel.lead')}</p>
        <AidGauge statement={statement} />

        <div className={`aid-declaration-status${statement.declarationOnFile ? ' aid-declaration-status--ok' : ''}`}>
          <p>
            <span className={`badge${statement.declarationOnFile ? ' badge--ok' : ' badge--warn'}`}>
              {statement.declarationOnFile ? t('aid.panel.declarationOnFile') : t('aid.panel.declarationMissing')}
            </span>{' '}
            {statement.declarationOnFile ? t('aid.panel.declarationOnFileHelp') : t('aid.panel.declarationMissingHelp')}
          </p>
          <p>
            <Link className={`button${statement.declarationOnFile ? ' button--secondary' : ''}`} to={declarationPath}>
              {statement.declarationOnFile ? t('aid.panel.declarationUpdate') : t('aid.panel.declarationSign')}
            </Link>
          </p>
        </div>

        <h3>{t('aid.panel.groupTitle')}</h3>
        {members.named.length === 0 && members.unnamedCount === 0 ? (
          <p>{t('aid.panel.groupAlone', { name: organisationName })}</p>
        ) : (
          <>
            <p>{t('aid.panel.groupLead', { name: organisationName })}</p>
            <ul className="aid-group">
              <li>
                <strong>{organisationName}</strong>
              </li>
              {members.named.map((m) => (
                <li key={m.id}>{m.name}</li>
              ))}
              {members.unnamedCount ? (
                <li className="muted">{t('aid.panel.groupOthers', { count: members.unnamedCount })}</li>
              ) : null}
            </ul>
          </>
        )}
      </section>
      {/* Second grid item: the tables get the page's full width below the timeline and the summary. */}
      <section className="panel aid-records" aria-labelledby="aid-grants-title">
        <h2 id="aid-grants-title">{t('aid.panel.grantsTitle')}</h2>
        {statement.grants.length ? (
          <GrantsTable grants={statement.grants} organisationId={organisationId} />
        ) : (
          <p className="status status--empty">{t('aid.panel.grantsEmpty')}</p>
        )}

        <h3 className="aid-records__declared-title">{t('aid.panel.declaredTitle')}</h3>
        {statement.declarations.length ? (
          <ul className="plain-list aid-declared">
            {statement.declarations.map((d, i) => (
              <li key={`${d.organisationId}-${i}`} className="aid-declared__item">
                <span className="aid-declared__grantor">{d.grantor}</span>
                <span className="muted">
                  {formatDate(d.grantDate, locale)} · {regulationName(t, d.regulation)}
                </span>
                <span className="aid-declared__amount">{formatEur(eurToCents(d.amount), locale)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="status status--empty">{t('aid.panel.declaredEmpty')}</p>
        )}
      </section>
    </>
  );
}
