import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionKey, auditEntityKey } from '../../../../src/contract/audit';
import { SelectField, TextField } from '../../../shared/components/Field';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { withQuery } from '../../../shared/lib/api';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { auditFiltersToSearch, parseAuditFilters } from '../../../shared/lib/query';
import type { TAuditEntry } from '../../../../src/contract/accounts/schemas';
import type { TPage } from '../../../../src/contract/common';
import { useSession } from '../../../shared/session/session';

export function AdminAuditPage() {
  const { t } = useTranslation();
  useHead(t('admin.audit.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => me.abilities.admin.audit}>
        <AuditList />
      </RequireAuth>
    </div>
  );
}

/** Pretty JSON for the before/after snapshot; "—" when there is none. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return '—';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A changed field's value in one line: instants in the reader's format, text as is, anything else as compact JSON. */
export function shortValue(value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatDateTime(value, locale) : value;
  const s = JSON.stringify(value);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

/** The actions grouped by what they act on (the part before the first dot), in catalogue order. */
function actionGroups(): { prefix: string; actions: string[] }[] {
  const groups: { prefix: string; actions: string[] }[] = [];
  for (const a of AUDIT_ACTIONS) {
    const prefix = a.split('.')[0]!;
    const g = groups.find((x) => x.prefix === prefix);
    if (g) g.actions.push(a);
    else groups.push({ prefix, actions: [a] });
  }
  return groups;
}

function AuditList() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const {
    filters,
    update,
    clear,
    q: actorInput,
    setQ: setActorInput,
  } = useUrlFilters(parseAuditFilters, auditFiltersToSearch);
  const { q: actor, action, entityType, from, to, page } = filters;

  const list = useApi<TPage<TAuditEntry>>(
    withQuery('/api/v1/admin/audit', {
      actor,
      action,
      entityType,
      from,
      to,
      lang: locale,
      page,
      pageSize: LIMITS.pageSizeDefault,
    }),
  );
  const groups = actionGroups().map((g) => ({
    label: t(`auditLog.groups.${g.prefix}`),
    options: [
      ...(g.actions.length > 1
        ? [{ value: g.prefix, label: t('auditLog.anyOf', { group: t(`auditLog.groups.${g.prefix}`) }) }]
        : []),
      ...g.actions.map((a) => ({ value: a, label: t(auditActionKey(a)) })),
    ],
  }));
  const filtered = !!(actor || action || entityType || from || to);

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="section__lead">{t('admin.audit.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('admin.audit.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="audit-actor"
          type="search"
          label={t('auditLog.actor')}
          hint={t('auditLog.actorHint')}
          value={actorInput}
          onValue={setActorInput}
          maxLength={LIMITS.searchMax}
        />
        <SelectField
          id="audit-action"
          label={t('auditLog.kind')}
          value={action}
          onValue={(v) => update({ action: v })}
          options={[]}
          groups={groups}
          placeholder={t('auditLog.all')}
        />
        <SelectField
          id="audit-entity"
          label={t('admin.audit.entityType')}
          value={entityType}
          onValue={(v) => update({ entityType: v })}
          options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t(auditEntityKey(e)) }))}
          placeholder={t('auditLog.all')}
        />
        <TextField
          id="audit-from"
          type="date"
          label={t('auditLog.from')}
          value={from}
          onValue={(v) => update({ from: v })}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t('auditLog.to')}
          value={to}
          onValue={(v) => update({ to: v })}
          min={from || undefined}
        />
        {filtered ? (
          <button type="button" className="button button--ghost filters__clear" onClick={clear}>
            {t('auditLog.reset')}
          </button>
        ) : null}
      </form>
      <PagedList state={list} empty={<p>{t('admin.audit.empty')}</p>} onPage={(p) => update({ page: p })}>
        {(data) => (
          <ul className="item-list audit-list">
            {data.items.map((a) => (
              <AuditItem key={String(a.id)} entry={a} />
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}

function AuditItem({ entry: a }: { entry: TAuditEntry }) {
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
