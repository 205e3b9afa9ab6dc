import type { Executor } from '../db/client';
import { auditLog } from '../db/schema';
import type { TActor } from '../http/actor';
import type { TAuditAction } from '../../contract/audit';

export interface TAuditEntry {
  /** One of AUDIT_ACTIONS: a new kind of action must be added there (and translated). */
  action: TAuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Records a change; call it inside the command's transaction so the change and its audit land together. */
export async function writeAudit(tx: Executor, actor: TActor | null, entry: TAuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
  });
}
