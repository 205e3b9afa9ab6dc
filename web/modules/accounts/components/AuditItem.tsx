import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { auditActionKey, auditEntityKey } from '../../../../src/contract/audit';
import type { TAuditEntry } from '../../../../src/contract/accounts/schemas';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { prettyJson, shortValue } from '../model/audit';

/** One audit entry: who did what to which record, when, the changed fields, and the raw snapshots on demand. */
export function AuditItem({ entry: a }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const who = a.actorName ?? a.actorEmail ?? t('admin.audit.system');
  const sentence = t(auditActionKey(a.action), { defaultValue: a.action });
  const type = t(auditEntityKey(a.entityType), { defaultValue: a.entityType });
  return (
    <li className="item item--stack">
      <p className="item__title">
        <strong>{who}</strong> {sentence}{' '}
        {a.record ? (
          <Link to={a.record.path}>{a.record.label}</Link>
        ) : (
          <span className="item__meta">
            ({type} <code>{a.entityId ?? '—'}</code>)
          </span>
        )}
      </p>
      <p className="item__meta">
        <time dateTime={a.at}>{formatDateTime(a.at, locale)}</time>
        {a.actorEmail && a.actorName ? ` · ${a.actorEmail}` : ''}
        {a.actorRole ? ` · ${t(`roles.${a.actorRole}`, { defaultValue: a.actorRole })}` : ''} · {type}
      </p>
      {a.changes.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t('auditLog.changes')}: ${sentence}`}>
          <table className="table">
            <caption className="visually-hidden">{t('auditLog.changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditLog.field')}</th>
                <th scope="col">{t('admin.audit.before')}</th>
                <th scope="col">{t('admin.audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {a.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">
                    <code>{c.field}</code>
                  </th>
                  <td>{shortValue(c.before, locale)}</td>
                  <td>{shortValue(c.after, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="item__meta">{t('auditLog.noChanges')}</p>
      )}
      <details className="disclosure">
        <summary>{t('auditLog.raw')}</summary>
        <div className="grid-2">
          <div>
            <h2 className="h4">{t('admin.audit.before')}</h2>
            <pre className="json" tabIndex={0}>
              {prettyJson(a.before)}
            </pre>
          </div>
          <div>
            <h2 className="h4">{t('admin.audit.after')}</h2>
            <pre className="json" tabIndex={0}>
              {prettyJson(a.after)}
            </pre>
          </div>
        </div>
      </details>
    </li>
  );
}
