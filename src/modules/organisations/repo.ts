import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { organisations } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { loadOwnershipLinks, type TComponentLink } from './queries/load-ownership-component';

/** Locks the organisation row for the rest of the transaction, or throws 404. */
export async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  if (!row) throw notFound('Organisation');
}

/** The organisations an ownership group spans: the start ids and both ends of every active link. */
export function groupIds(startIds: readonly string[], links: readonly TComponentLink[]): string[] {
  return [...new Set([...startIds, ...links.flatMap((l) => [l.ownerId, l.ownedId])])];
}

/** The organisation rows a transaction has locked (or found not to exist), and those of them that exist. */
export interface TGroupLock {
  held: Set<string>;
  found: Set<string>;
}

/** Locks the given organisations not held yet, in id order, so two transactions over one group queue, not deadlock. */
export async function lockOrganisations(tx: Tx, ids: readonly string[], lock: TGroupLock): Promise<void> {
  const toLock = [...new Set(ids)].filter((id) => !lock.held.has(id));
  if (!toLock.length) return;
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, toLock))
    .orderBy(asc(organisations.id))
    .for('update');
  for (const id of toLock) lock.held.add(id);
  for (const r of rows) lock.found.add(r.id);
}

/**
 * Locks every organisation of the ownership groups of `startIds` (organisations connected by active links in either
 * direction), in id order. A command takes this lock before it changes anything the SME category reads (figures,
 * active links, an organisation's type), so two changes in one group run one after the other and the second computes
 * from the first's result. Link changes lock the groups of both ends, which also keeps a group from growing while
 * it is locked; should a link committed just before the lock have grown it, refreshStoredSme locks the newcomers.
 */
export async function lockOwnershipGroups(tx: Tx, startIds: readonly string[]): Promise<TGroupLock> {
  const lock: TGroupLock = { held: new Set(), found: new Set() };
  if (!startIds.length) return lock;
  const links = await loadOwnershipLinks(tx, [...startIds]);
  await lockOrganisations(tx, groupIds(startIds, links), lock);
  return lock;
}

/** Locks the ownership group of one organisation (lockOwnershipGroups), or throws 404 when it does not exist. */
export async function lockGroupOf(tx: Tx, organisationId: string): Promise<TGroupLock> {
  const lock = await lockOwnershipGroups(tx, [organisationId]);
  if (!lock.found.has(organisationId)) throw notFound('Organisation');
  return lock;
}
