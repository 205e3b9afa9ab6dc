import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import type { TViewer } from '../policy';

/** The caller as the event rules see them: whether any of their organisations is a consortium partner. */
export async function loadViewer(db: Executor, actor: TActor | null): Promise<TViewer> {
  const orgIds = actor ? [...actor.memberships.keys()] : [];
  if (!orgIds.length) return { actor, isPartnerPerson: false };
  const [partner] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, orgIds), eq(organisations.isPartner, true)))
    .limit(1);
  return { actor, isPartnerPerson: !!partner };
}
