/** The organisation's signed declarations, newest first; the first is the one in force. */
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { regulationName } from '../labels';
import type { TDeclaration } from '../../../../src/contract/aid';

export function DeclarationHistory({ declarations }: { declarations: TDeclaration[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (declarations.length === 0) return <p className="status status--empty">{t('aid.history.empty')}</p>;
  return (
    <ol className="plain-list declaration-history">
      {declarations.map((d, i) => (
        <li key={d.id} className="declaration-history__item">
          <p className="declaration-history__head">
            <strong>{formatDateTime(d.signedAt, locale)}</strong> · {t('aid.history.signedBy', { name: d.signerName })}{' '}
            {i === 0 ? (
              <span className="badge badge--ok">{t('aid.history.inForce')}</span>
            ) : (
              <span className="badge">{t('aid.history.replaced')}</span>
            )}
          </p>
          <p>
            {d.items.length
              ? t('aid.history.summary', { count: d.items.length, total: formatEur(d.totalCents, locale) })
              : t('aid.history.none')}
          </p>
          {d.items.length ? (
            <ul className="declaration-history__items">
              {d.items.map((item, k) => (
                <li key={k}>
                  {item.grantor} — {formatEur(item.amountCents, locale)}, {formatDate(item.grantDate, locale)},{' '}
                  {regulationName(t, item.regulation)}
                </li>
              ))}
            </ul>
          ) : null}
          <details className="disclosure">
            <summary>{t('aid.history.statement')}</summary>
            <div className="declaration-statement__text" lang={d.locale}>
              {d.statement.split(/\n{2,}/).map((para, k) => (
                <p key={k}>{para}</p>
              ))}
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
