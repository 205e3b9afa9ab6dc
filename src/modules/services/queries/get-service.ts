import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { serviceAbilities } from '../policy';
import { presentServiceDetail } from '../presenter';
import type { TServiceDetail } from '../../../contract/services';
import { loadServicePartners } from './load-service-partners';
import { SERVICE_COLUMNS, type TServiceRow } from '../repo';

export type { TServiceRow } from '../repo';

/** The service row by id, or 404. */
export async function findServiceRow(executor: Executor, id: string): Promise<TServiceRow> {
  const [row] = await executor.select(SERVICE_COLUMNS).from(services).where(eq(services.id, id));
  if (!row) throw notFound('Service');
  return row;
}

/**
 * The service row by its slug, or by a slug it had before (then `redirectTo` is the current slug, so old links keep
 * working and the client can move to the current address), or 404.
 */
export async function findServiceBySlug(
  executor: Executor,
  slug: string,
): Promise<{ row: TServiceRow; redirectTo: string | null }> {
  const [row] = await executor.select(SERVICE_COLUMNS).from(services).where(eq(services.slug, slug));
  if (row) return { row, redirectTo: null };
  const [moved] = await executor
    .select(SERVICE_COLUMNS)
    .from(services)
    .where(sql`${slug} = any(${services.previousSlugs})`)
    .orderBy(desc(services.updatedAt))
    .limit(1);
  if (!moved) throw notFound('Service');
  return { row: moved, redirectTo: moved.slug };
}

/** The service page by id (after a change). */
export async function getServiceById(executor: Executor, id: string, actor: TActor | null): Promise<TServiceDetail> {
  return presentDetail(executor, await findServiceRow(executor, id), actor);
}

/** The service page for a loaded row. */
export async function presentDetail(
  executor: Executor,
  row: TServiceRow,
  actor: TActor | null,
): Promise<TServiceDetail> {
  const partners = await loadServicePartners(executor, [row.id]);
  return presentServiceDetail(row, partners.get(row.id) ?? [], serviceAbilities(actor));
}
