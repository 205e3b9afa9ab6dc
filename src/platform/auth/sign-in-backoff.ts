import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signInFailures } from '../db/schema';

/** Failures allowed before the back-off starts; then the wait doubles from BASE_MS up to MAX_MS. */
export const FREE_FAILURES = 5;
const BASE_MS = 30_000;
const MAX_MS = 15 * 60_000;
/** A count older than this (since the last failure) starts afresh. */
const FORGET_MS = 24 * 60 * 60_000;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** How long an address must wait after `failures` failures (0 while it still has free attempts). */
export function backoffMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_MS, BASE_MS * 2 ** (failures - FREE_FAILURES));
}

/** Seconds until this address may try again, or 0 when it may try now. */
export async function signInWaitSeconds(db: Db, email: string, now: Date): Promise<number> {
  const [row] = await db
    .select()
    .from(signInFailures)
    .where(eq(signInFailures.email, normaliseEmail(email)));
  if (!row) return 0;
  const since = now.getTime() - row.lastFailedAt.getTime();
  if (since > FORGET_MS) return 0;
  const wait = backoffMs(row.failures) - since;
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** Counts one failed sign-in (a stale count starts again at 1). */
export async function recordSignInFailure(db: Db, email: string, now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - FORGET_MS);
  await db
    .insert(signInFailures)
    .values({ email: normaliseEmail(email), failures: 1, lastFailedAt: now })
    .onConflictDoUpdate({
      target: signInFailures.email,
      set: {
        failures: sql`case when ${signInFailures.lastFailedAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${signInFailures.failures} + 1 end`,
        lastFailedAt: now,
      },
    });
}

/** A successful sign-in clears the count. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, normaliseEmail(email)));
}
