import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { servicePartners, services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { assertPublishable } from '../partners';

export interface SetServicePublishedOptions {
  db: Db;
  actor: TActor;
  serviceId: string;
  published: boolean;
  now: Date;
}

/** Shows a service in the public catalogue (only with a delivering partner: 400 naming `partnerIds`) or takes it out; audited only when the flag changes. */
export async function setServicePublished(opts: SetServicePublishedOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ published: services.published })
      .from(services)
      .where(eq(services.id, opts.serviceId))
      .for('update');
    if (!row) throw notFound('Service');
    if (row.published === opts.published) return;
    if (opts.published) {
      const partners = await tx
        .select({ id: servicePartners.organisationId })
        .from(servicePartners)
        .where(eq(servicePartners.serviceId, opts.serviceId));
      assertPublishable({ published: true, partnerIds: partners.map((p) => p.id) });
    }
    await tx
      .update(services)
      .set({ published: opts.published, updatedAt: opts.now })
      .where(eq(services.id, opts.serviceId));
    await writeAudit(tx, opts.actor, {
      action: opts.published ? 'service.publish' : 'service.unpublish',
      entityType: 'service',
      entityId: opts.serviceId,
      before: { published: row.published },
      after: { published: opts.published },
    });
  });
}
