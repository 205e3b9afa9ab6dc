import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { rowsOf } from '../../../platform/db/sql-helpers';
import type { TJobDefinition } from '../../../platform/jobs/queue';
import { SME_RULES_VERSION } from '../../../domain/sme';
import { lockOwnershipGroups } from '../repo';
import { refreshStoredSme } from '../commands/refresh-sme';

/** One backfill at a time across app processes: the others leave it to the one that has it. */
const BACKFILL_LOCK = sql`select pg_try_advisory_xact_lock(7240012) as got`;

/**
 * Computes and stores the SME category of organisations that have none stored, or one stored under older rules
 * (`SME_RULES_VERSION`): rows from before the category was stored, rows written around the commands (imports, the
 * demo seed). A batch per transaction, each under the lock of its ownership groups, so it never races a command.
 * Returns how many organisations it stored (whole groups of those found); stops early when `stopped()` says so or another process is at it.
 */
export async function backfillStoredSme(
  db: Db,
  opts: { batch?: number; stopped?: () => boolean } = {},
): Promise<number> {
  let total = 0;
  while (!opts.stopped?.()) {
    const done = await db.transaction(async (tx) => {
      const [{ got }] = rowsOf<{ got: boolean }>(await tx.execute(BACKFILL_LOCK));
      if (!got) return 0;
      const ids = rowsOf<{ id: string }>(
        await tx.execute(sql`
          select o.id from organisations o left join organisation_sme s on s.organisation_id = o.id
          where s.organisation_id is null or s.rules_version <> ${SME_RULES_VERSION}
          order by o.id limit ${opts.batch ?? 500}`),
      ).map((r) => String(r.id));
      if (!ids.length) return 0;
      const lock = await lockOwnershipGroups(tx, ids);
      return refreshStoredSme(tx, ids, lock);
    });
    if (!done) break;
    total += done;
  }
  return total;
}

/**
 * On the job queue: a run when the first process starts, then hourly (rows written around the commands, e.g. bulk
 * imports, are caught up). The organisation page computes a missing category on read anyway; this spares those reads.
 */
export const smeBackfillJob: TJobDefinition = {
  queue: 'organisations.sme-backfill',
  everyMs: 3_600_000,
  run: async (ctx) => {
    const n = await backfillStoredSme(ctx.db);
    if (n) ctx.log.info(`Stored the SME category of ${n} organisations`);
  },
};
