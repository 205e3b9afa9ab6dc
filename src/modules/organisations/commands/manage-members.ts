import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client';
import { organisationMembers, user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import type { TMembershipRole } from '../../../contract/common';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockOrganisation } from '../repo';

/** Adds an existing account to the organisation (or changes its role there). */
export async function addMember(opts: {
  db: Db;
  actor: TActor;
  organisationId: string;
  email: string;
  role: TMembershipRole;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await lockOrganisation(tx, opts.organisationId);
    const [u] = await tx
      .select({ id: user.id })
      .from(user)
      .where(sql`lower(${user.email}) = lower(${opts.email})`);
    if (!u) throw fieldError('email', `No account uses ${opts.email}; ask the person to sign up first`, 'unknown');
    const key = and(eq(organisationMembers.organisationId, opts.organisationId), eq(organisationMembers.userId, u.id));
    const [before] = await tx.select().from(organisationMembers).where(key);
    if (before && before.role === 'owner' && opts.role !== 'owner')
      await assertAnotherOwner(tx, opts.organisationId, u.id);
    await tx
      .insert(organisationMembers)
      .values({ organisationId: opts.organisationId, userId: u.id, role: opts.role })
      .onConflictDoUpdate({
        target: [organisationMembers.organisationId, organisationMembers.userId],
        set: { role: opts.role },
      });
    await writeAudit(tx, opts.actor, {
      action: 'member.set',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before: before ?? null,
      after: { userId: u.id, email: opts.email, role: opts.role },
    });
  });
}

async function assertAnotherOwner(tx: Tx, organisationId: string, userId: string) {
  const owners = await tx
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'owner')));
  if (!owners.some((o) => o.userId !== userId)) {
    throw new AppError('conflict', 'An organisation keeps at least one owner; make someone else owner first');
  }
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(opts: {
  db: Db;
  actor: TActor;
  organisationId: string;
  userId: string;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await lockOrganisation(tx, opts.organisationId);
    const key = and(
      eq(organisationMembers.organisationId, opts.organisationId),
      eq(organisationMembers.userId, opts.userId),
    );
    const [before] = await tx.select().from(organisationMembers).where(key);
    if (!before) throw notFound('Member');
    if (before.role === 'owner') await assertAnotherOwner(tx, opts.organisationId, opts.userId);
    await tx.delete(organisationMembers).where(key);
    await writeAudit(tx, opts.actor, {
      action: 'member.remove',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
    });
  });
}
