import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { hubSettings } from '../db/schema';
import type { TLocale } from '../../contract/common';

/** The hub's name in a language (English is what the Commission's files carry). */
export async function hubName(executor: Executor, locale: TLocale): Promise<string> {
  const [hub] = await executor
    .select({ nameBg: hubSettings.nameBg, nameEn: hubSettings.nameEn })
    .from(hubSettings)
    .where(eq(hubSettings.id, 1));
  if (!hub) return 'EDIH';
  return locale === 'bg' ? hub.nameBg : hub.nameEn;
}
