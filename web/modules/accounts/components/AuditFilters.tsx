import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import { AUDIT_ENTITY_TYPES, auditActionKey, auditEntityKey } from '../../../../src/contract/audit';
import { SelectField, TextField } from '../../../shared/components/Field';
import type { TUrlFiltersState } from '../../../shared/hooks/use-url-filters';
import type { TAuditFilters } from '../../../shared/lib/query';
import { actionGroups } from '../model/audit';

/** The audit log's filters: who (searched after a pause), which action or record type, and a date range. */
export function AuditFilters({ state }: { state: TUrlFiltersState<TAuditFilters> }) {
  const { t } = useTranslation();
  const { filters, update, clear, q: actorInput, setQ: setActorInput } = state;
  const { q: actor, action, entityType, from, to } = filters;
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
  );
}
