import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, notFound } from '../../../platform/errors';
import type { TRole } from '../../../contract/common';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface SetUserRoleOptions {
  db: Db;
  actor: TActor;
  userId: string;
  role: TRole;
  now: Date;
}

/** Changes a user's role; an admin cannot remove their own admin role (the hub would lose its last door). */
export async function setUserRole(opts: SetUserRoleOptions) {
  if (opts.userId === opts.actor.userId && opts.role !== 'admin') {
    throw new AppError('conflict', 'You cannot remove your own admin role; ask another admin');
  }
  return opts.db.transaction(async (tx) => {
    const [before] = await tx.select().from(user).where(eq(user.id, opts.userId)).for('update');
    if (!before) throw notFound('User');
    const [after] = await tx
      .update(user)
      .set({ role: opts.role, updatedAt: opts.now })
      .where(eq(user.id, opts.userId))
      .returning();
    await writeAudit(tx, opts.actor, {
      action: 'user.set_role',
      entityType: 'user',
      entityId: opts.userId,
      before: { role: before.role },
      after: { role: after.role },
    });
    return after;
  });
}
