import type { Db } from '../../../platform/db/client';
import { services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { normaliseService, type TServiceInput } from '../service-input';
import { assertDeliveringPartners, assertPublishable, replaceServicePartners } from '../partners';
import { assertSlugAvailable, generateSlug, guardDuplicateSlug } from '../repo';

export interface CreateServiceOptions {
  db: Db;
  actor: TActor;
  input: TServiceInput;
  now: Date;
}

/**
 * Adds a service to the catalogue with its delivering partners; the slug comes from the English title unless given
 * (never a reserved name or another service's former address). Published at once only with a delivering partner.
 */
export async function createService(opts: CreateServiceOptions): Promise<string> {
  const fields = normaliseService(opts.input);
  assertPublishable(opts.input);
  let slug = opts.input.slug ?? '';
  return guardDuplicateSlug(opts.input.slug ?? opts.input.titleEn, () =>
    opts.db.transaction(async (tx) => {
      await assertDeliveringPartners(tx, opts.input.partnerIds);
      if (slug) await assertSlugAvailable(tx, slug, null);
      else slug = await generateSlug(tx, opts.input.titleEn, opts.input.titleBg);
      const [row] = await tx
        .insert(services)
        .values({ ...fields, slug, createdBy: opts.actor.userId, createdAt: opts.now, updatedAt: opts.now })
        .returning({ id: services.id });
      await replaceServicePartners(tx, row.id, opts.input.partnerIds);
      await writeAudit(tx, opts.actor, {
        action: 'service.create',
        entityType: 'service',
        entityId: row.id,
        after: { ...fields, slug, partnerIds: opts.input.partnerIds },
      });
      return row.id;
    }),
  );
}
