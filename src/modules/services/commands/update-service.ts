import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { servicePartners, services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { normaliseService, type TServiceFields, type TServicePatch } from '../service-input';
import type { TServiceFamily, TAidBasis, TValueUnit } from '../../../contract/services/enums';
import type { TOrganisationType } from '../../../contract/common';
import { previousSlugsAfterRename } from '../../../domain/services/catalogue-rules';
import { assertDeliveringPartners, assertPublishable, replaceServicePartners } from '../partners';
import { assertSlugAvailable, guardDuplicateSlug } from '../repo';

export interface UpdateServiceOptions {
  db: Db;
  actor: TActor;
  serviceId: string;
  patch: TServicePatch;
  now: Date;
}

type TComparable = TServiceFields & { slug: string; partnerIds: string[] };

/**
 * Changes a service; the whole record is re-checked (a published service keeps at least one delivering partner), a
 * changed slug is remembered among the former ones, and the audit keeps only the fields that changed.
 */
export async function updateService(opts: UpdateServiceOptions): Promise<void> {
  const { patch } = opts;
  await guardDuplicateSlug(patch.slug ?? '', () =>
    opts.db.transaction(async (tx) => {
      const [row] = await tx.select().from(services).where(eq(services.id, opts.serviceId)).for('update');
      if (!row) throw notFound('Service');
      const partnerRows = await tx
        .select({ id: servicePartners.organisationId })
        .from(servicePartners)
        .where(eq(servicePartners.serviceId, row.id))
        .orderBy(asc(servicePartners.organisationId));
      const before: TComparable = {
        slug: row.slug,
        family: row.family as TServiceFamily,
        titleBg: row.titleBg,
        titleEn: row.titleEn,
        descriptionBg: row.descriptionBg,
        descriptionEn: row.descriptionEn,
        technologies: row.technologies as TComparable['technologies'],
        customerTypes: row.customerTypes as TOrganisationType[],
        sectors: row.sectors,
        marketValueCents: row.marketValueCents,
        valueUnit: row.valueUnit as TValueUnit,
        priceCents: row.priceCents,
        aidBasis: row.aidBasis as TAidBasis,
        gberArticle: row.gberArticle,
        noAidReason: row.noAidReason,
        published: row.published,
        partnerIds: partnerRows.map((p) => p.id),
      };
      const merged = { ...before, ...patch } as TComparable;
      const after: TComparable = { ...normaliseService(merged), slug: merged.slug, partnerIds: merged.partnerIds };
      assertPublishable(after);
      if (patch.partnerIds) await assertDeliveringPartners(tx, patch.partnerIds);
      if (after.slug !== before.slug) await assertSlugAvailable(tx, after.slug, row.id);

      const changed = (Object.keys(after) as (keyof TComparable)[]).filter(
        (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
      );
      if (changed.length === 0) return;
      const { partnerIds, ...columns } = after;
      // The old address keeps resolving to the service (GET /services/:slug answers with `redirectTo`).
      const previousSlugs = previousSlugsAfterRename(before.slug, row.previousSlugs, after.slug);
      await tx
        .update(services)
        .set({ ...columns, previousSlugs, updatedAt: opts.now })
        .where(eq(services.id, row.id));
      if (changed.includes('partnerIds')) await replaceServicePartners(tx, row.id, partnerIds);
      await writeAudit(tx, opts.actor, {
        action: 'service.update',
        entityType: 'service',
        entityId: row.id,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
    }),
  );
}
