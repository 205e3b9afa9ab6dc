import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { hubSettings } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TAidSettings } from '../queries/aid-settings';

export interface TUpdateAidSettingsOptions {
  db: Db;
  actor: TActor;
  patch: Partial<TAidSettings>;
  now: Date;
}

/** Changes the de minimis ceiling and/or the national share (admin), audited with the values before and after. */
export async function updateAidSettings(opts: TUpdateAidSettingsOptions): Promise<TAidSettings> {
  return opts.db.transaction(async (tx) => {
    const [row] = await tx.select().from(hubSettings).where(eq(hubSettings.id, 1)).for('update');
    // A hub started without demo data has no profile row yet: create it with a neutral name.
    if (!row) await tx.insert(hubSettings).values({ id: 1, nameBg: 'EDIHub', nameEn: 'EDIHub' });
    const [current] = await tx.select().from(hubSettings).where(eq(hubSettings.id, 1));
    const before = {
      deMinimisCeilingCents: Number(current.deMinimisCeilingCents),
      nationalSharePercent: Number(current.nationalSharePercent),
    };
    const after = { ...before, ...opts.patch };
    await tx
      .update(hubSettings)
      .set({ ...after, updatedAt: opts.now })
      .where(eq(hubSettings.id, 1));
    await writeAudit(tx, opts.actor, {
      action: 'hub.aid_settings',
      entityType: 'hub_settings',
      entityId: '1',
      before,
      after,
    });
    return after;
  });
}
