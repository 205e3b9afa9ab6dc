import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import type { TRequestOut } from '../../../../src/contract/requests';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';

/** The state aid the request granted (or that it granted none), and the way to the organisation's journey. */
export function RequestAid({ request: r }: { request: TRequestOut }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section className="panel request-aid" aria-labelledby="request-aid-title">
      <h2 id="request-aid-title">{t('requests.aid.title')}</h2>
      {r.aid ? (
        <>
          <p className={r.aid.revokedAt ? 'request-aid__revoked' : undefined}>
            {t('requests.aid.granted', {
              amount: formatEur(r.aid.amountCents, locale),
              date: formatDate(r.aid.grantDate, locale),
              basis: t(`requests.aidBases.${r.aid.basis}`, { defaultValue: r.aid.basis }),
            })}
          </p>
          {r.aid.revokedAt ? (
            <p>
              <span className="badge">{t('requests.aid.revoked')}</span>{' '}
              {t('requests.aid.revokedText', { date: formatDate(r.aid.revokedAt, locale) })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('requests.aid.none')}</p>
      )}
      <p>
        <Link to={`/organisations/${r.organisation.id}/journey`}>{t('requests.aid.journey')}</Link>
      </p>
    </section>
  );
}
