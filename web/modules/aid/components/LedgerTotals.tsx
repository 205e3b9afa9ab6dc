/** The ledger's totals per legal basis for the filtered period, as cards. */
import { useTranslation } from 'react-i18next';
import { AID_BASES } from '../../../../src/domain/state-aid/aid';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { useSession } from '../../../shared/session/session';
import { basisName } from '../labels';
import type { TLedgerPage } from '../../../../src/contract/aid';

export function LedgerTotals({ totals }: { totals: TLedgerPage['totalsCents'] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section aria-labelledby="ledger-totals-title">
      <h2 id="ledger-totals-title" className="visually-hidden">
        {t('aid.ledger.totalsTitle')}
      </h2>
      <dl className="aid-totals">
        {AID_BASES.map((basis) => (
          <div key={basis} className={`aid-totals__item aid-totals__item--${basis}`}>
            <dt>{basisName(t, basis)}</dt>
            <dd>{formatEur(totals[basis] ?? 0, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
