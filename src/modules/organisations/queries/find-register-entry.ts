import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { publicRegisterEntries } from '../../../platform/db/schema';

/** The public-register entry of an EIK, if the hub's extract of the register has it. */
export async function findRegisterEntry(
  executor: Executor,
  eik: string | null,
): Promise<{ eik: string; nameBg: string } | null> {
  if (!eik) return null;
  const [row] = await executor
    .select({ eik: publicRegisterEntries.eik, nameBg: publicRegisterEntries.nameBg })
    .from(publicRegisterEntries)
    .where(eq(publicRegisterEntries.eik, eik));
  return row ?? null;
}
