import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { MIGRATIONS_DIR } from '../paths';
import { rowsOf } from './sql-helpers';

let expected: number | undefined;

/** How many migrations this code ships and how many the database has applied (drizzle's own bookkeeping). */
export async function migrationState(db: Db): Promise<{ applied: number; expected: number }> {
  expected ??= (
    JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }
  ).entries.length;
  const [row] = rowsOf<{ n: string | number }>(
    await db.execute(sql`SELECT count(*) AS n FROM drizzle.__drizzle_migrations`),
  );
  return { applied: Number(row?.n ?? 0), expected };
}
