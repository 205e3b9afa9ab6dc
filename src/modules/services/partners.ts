import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { organisations, servicePartners } from '../../platform/db/schema';
import { fieldError } from '../../platform/errors';
import { publicationProblem } from '../../domain/services/catalogue-rules';

/** Refuses (400 naming `partnerIds`) any id that is not a consortium partner of the hub. */
export async function assertDeliveringPartners(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, ids), eq(organisations.isPartner, true)));
  const ok = new Set(found.map((r) => r.id));
  const bad = ids.filter((id) => !ok.has(id));
  if (bad.length) throw fieldError('partnerIds', `Not a consortium partner: ${bad.join(', ')}`, 'not_partner');
}

/** Makes `ids` the service's delivering partners (the caller has checked them). */
export async function replaceServicePartners(tx: Executor, serviceId: string, ids: string[]): Promise<void> {
  await tx.delete(servicePartners).where(eq(servicePartners.serviceId, serviceId));
  if (ids.length) await tx.insert(servicePartners).values(ids.map((organisationId) => ({ serviceId, organisationId })));
}

/** Refuses (400 naming `partnerIds`) a published service without a delivering partner: its requests could never be assigned. */
export function assertPublishable(service: { published: boolean; partnerIds: readonly string[] }): void {
  if (publicationProblem({ published: service.published, partnerCount: service.partnerIds.length })) {
    throw fieldError('partnerIds', 'A published service needs at least one delivering partner', 'required');
  }
}
