import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { session, user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, notFound } from '../../../platform/errors';
import type { TAuth } from '../../../platform/auth/auth';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface SetUserActiveOptions {
  db: Db;
  actor: TActor;
  userId: string;
  active: boolean;
  now: Date;
}

/**
 * Deactivates (or reactivates) an account. A deactivated account's sessions end at once and it cannot sign in again;
 * an admin can never deactivate themselves, nor the last active admin.
 */
export async function setUserActive(opts: SetUserActiveOptions) {
  if (!opts.active && opts.userId === opts.actor.userId) {
    throw new AppError('conflict', 'You cannot deactivate your own account', { reason: 'self' });
  }
  return opts.db.transaction(async (tx) => {
    // Lock the active admins first, always in the same order, so two admins deactivating each other at once
    // serialise (the second then finds no other active admin) instead of deadlocking.
    const activeAdmins = opts.active
      ? []
      : await tx
          .select({ id: user.id })
          .from(user)
          .where(and(eq(user.role, 'admin'), isNull(user.deactivatedAt)))
          .orderBy(user.id)
          .for('update');
    const [before] = await tx.select().from(user).where(eq(user.id, opts.userId)).for('update');
    if (!before) throw notFound('User');
    if (!opts.active === !!before.deactivatedAt) return before;
    if (!opts.active && before.role === 'admin' && !activeAdmins.some((a) => a.id !== before.id)) {
      throw new AppError('conflict', 'The last active admin cannot be deactivated', { reason: 'last_admin' });
    }
    if (!opts.active && !activeAdmins.some((a) => a.id === opts.actor.userId)) {
      throw new AppError('conflict', 'Your own account is no longer an active admin', { reason: 'actor_inactive' });
    }
    const deactivatedAt = opts.active ? null : opts.now;
    const [after] = await tx
      .update(user)
      .set({ deactivatedAt, updatedAt: opts.now })
      .where(eq(user.id, before.id))
      .returning();
    let sessionsEnded = 0;
    if (!opts.active) {
      const [{ n }] = await tx.select({ n: count() }).from(session).where(eq(session.userId, before.id));
      sessionsEnded = n;
      await tx.delete(session).where(eq(session.userId, before.id));
    }
    await writeAudit(tx, opts.actor, {
      action: opts.active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'user',
      entityId: before.id,
      before: { deactivatedAt: before.deactivatedAt?.toISOString() ?? null },
      after: { deactivatedAt: deactivatedAt?.toISOString() ?? null, ...(opts.active ? {} : { sessionsEnded }) },
    });
    return after!;
  });
}

/** Sends the user better-auth's password-reset mail (through the outbox) and audits that an admin asked for it. */
export async function sendPasswordReset(opts: { db: Db; auth: TAuth; actor: TActor; userId: string }) {
  const [target] = await opts.db.select().from(user).where(eq(user.id, opts.userId));
  if (!target) throw notFound('User');
  if (target.deactivatedAt)
    throw new AppError('conflict', 'The account is deactivated; reactivate it first', { reason: 'deactivated' });
  await opts.auth.api.requestPasswordReset({ body: { email: target.email, redirectTo: '/reset-password' } });
  await opts.db.transaction(async (tx) => {
    await writeAudit(tx, opts.actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: target.id,
      after: { email: target.email },
    });
  });
  return target;
}
