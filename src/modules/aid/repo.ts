import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { organisations } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { loadSingleUndertaking } from './queries/single-undertaking';

/** Ownership changes lock the organisations they link, so the group is stable once all its members are locked. */
const MAX_ROUNDS = 5;

/**
 * Locks every organisation of the beneficiary's single undertaking (in id order, so two transactions over the same
 * group queue instead of deadlocking) and returns the group. Aid for the group is read only after this, so two
 * acceptances for one group serialise and the second sees the first's grant. Should the group change between
 * reading it and locking it, the newcomers are locked as well and the group is read again.
 */
export async function lockSingleUndertaking(tx: Tx, organisationId: string): Promise<string[]> {
  const locked = new Set<string>();
  let group = await loadSingleUndertaking(tx, organisationId);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const toLock = group.filter((id) => !locked.has(id));
    if (toLock.length) {
      const rows = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(inArray(organisations.id, toLock))
        .orderBy(asc(organisations.id))
        .for('update');
      for (const r of rows) locked.add(r.id);
      if (!locked.has(organisationId)) throw notFound('Organisation');
    }
    const again = await loadSingleUndertaking(tx, organisationId);
    if (again.every((id) => locked.has(id))) return again;
    group = again;
  }
  throw new Error(`The single undertaking of ${organisationId} kept changing while it was being locked`);
}
