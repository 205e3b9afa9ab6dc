import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { MIGRATIONS_DIR } from '../paths';

export type Schema = typeof schema;
/** One database type, served by PGlite (embedded) or node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Present for PGlite: lets tests dump a migrated template. */
  pglite?: PGlite;
  /** Present for PostgreSQL: lets migrations hold a lock on a connection of their own. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export { MIGRATIONS_DIR };

/** The extensions must be the same on every open of a PGlite data directory. */
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm };

export interface OpenOptions {
  /** postgres:// URL; absent = embedded PGlite. */
  url?: string;
  /** PGlite data directory; absent = in memory. */
  dataDir?: string;
  /** A PGlite dump (from `dumpDataDir`) to start from: used to clone a migrated template. */
  loadDataDir?: Blob | File;
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // A broken idle connection must not crash the process.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    extensions: PGLITE_EXTENSIONS,
    loadDataDir: opts.loadDataDir,
    // PGlite's default 128 MB of shared buffers is most of its resident memory; the embedded mode serves one
    // hub, and its data files stay in the operating system's page cache anyway.
    postgresqlconf: 'shared_buffers = 32MB',
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

/** Applies the committed migrations (drizzle-kit's CLI cannot migrate PGlite with extensions). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
    return;
  }
  // Several app processes may start at once: the first migrates, the others wait on the lock.
  const lockClient = await database.pool!.connect();
  try {
    await lockClient.query('select pg_advisory_lock(7240001)');
    await migratePg(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await lockClient.query('select pg_advisory_unlock(7240001)').catch(() => undefined);
    lockClient.release();
  }
}
