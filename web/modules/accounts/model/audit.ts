/** The audit log's pure helpers: how a snapshot or a changed value reads, and the action filter's groups. */
import { AUDIT_ACTIONS } from '../../../../src/contract/audit';
import { formatDateTime } from '../../../shared/lib/format';

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
export function actionGroups(actions: readonly string[] = AUDIT_ACTIONS): { prefix: string; actions: string[] }[] {
  const groups: { prefix: string; actions: string[] }[] = [];
  for (const a of actions) {
    const prefix = a.split('.')[0]!;
    const g = groups.find((x) => x.prefix === prefix);
    if (g) g.actions.push(a);
    else groups.push({ prefix, actions: [a] });
  }
  return groups;
}
