import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { hubSettings } from '../../../platform/db/schema';
import { DE_MINIMIS_CEILING_CENTS } from '../../../domain/state-aid/de-minimis';

export interface TAidSettings {
  deMinimisCeilingCents: number;
  nationalSharePercent: number;
}

/** The hub's aid settings; the Regulation's ceiling and a 50 % share while the hub profile is not set up yet. */
export async function loadAidSettings(executor: Executor): Promise<TAidSettings> {
  const [row] = await executor
    .select({
      deMinimisCeilingCents: hubSettings.deMinimisCeilingCents,
      nationalSharePercent: hubSettings.nationalSharePercent,
    })
    .from(hubSettings)
    .where(eq(hubSettings.id, 1));
  return row
    ? {
        deMinimisCeilingCents: Number(row.deMinimisCeilingCents),
        nationalSharePercent: Number(row.nationalSharePercent),
      }
    : { deMinimisCeilingCents: DE_MINIMIS_CEILING_CENTS, nationalSharePercent: 50 };
}
