import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisationFigures } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { fieldError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockGroupOf } from '../repo';
import { refreshStoredSme } from './refresh-sme';

export interface TFiguresInput {
  staff: number;
  turnover: number;
  balanceSheet: number;
}

export interface PutFiguresOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  year: number;
  figures: TFiguresInput;
  now: Date;
}

/**
 * Records (or replaces) one accounting year's staff, turnover and balance-sheet total, and recomputes the stored SME
 * category of the organisation's whole ownership group.
 */
export async function putFigures(opts: PutFiguresOptions): Promise<void> {
  if (opts.year > opts.now.getFullYear()) throw fieldError('year', 'The accounting year is in the future', 'range');
  await opts.db.transaction(async (tx) => {
    const lock = await lockGroupOf(tx, opts.organisationId);
    const key = and(
      eq(organisationFigures.organisationId, opts.organisationId),
      eq(organisationFigures.year, opts.year),
    );
    const [before] = await tx.select().from(organisationFigures).where(key);
    await tx
      .insert(organisationFigures)
      .values({ organisationId: opts.organisationId, year: opts.year, ...opts.figures })
      .onConflictDoUpdate({
        target: [organisationFigures.organisationId, organisationFigures.year],
        set: opts.figures,
      });
    await writeAudit(tx, opts.actor, {
      action: 'organisation.put_figures',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before: before ?? null,
      after: { year: opts.year, ...opts.figures },
    });
    await refreshStoredSme(tx, [opts.organisationId], lock);
  });
}

export interface DeleteFiguresOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  year: number;
}

/** Removes one accounting year's figures, and recomputes the stored SME category of the ownership group. */
export async function deleteFigures(opts: DeleteFiguresOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const lock = await lockGroupOf(tx, opts.organisationId);
    const key = and(
      eq(organisationFigures.organisationId, opts.organisationId),
      eq(organisationFigures.year, opts.year),
    );
    const [before] = await tx.delete(organisationFigures).where(key).returning();
    if (!before) throw notFound(`Figures for ${opts.year}`);
    await writeAudit(tx, opts.actor, {
      action: 'organisation.delete_figures',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
    });
    await refreshStoredSme(tx, [opts.organisationId], lock);
  });
}
