import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client';
import { aidGrants } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { assertCents } from '../../../domain/state-aid/money';
import { isCalendarDate, type TCalendarDate } from '../../../domain/state-aid/calendar-date';
import { countsTowardDeMinimis, type TAidBasis } from '../../../domain/state-aid/aid';
import { writeAudit } from '../../../platform/audit/write-audit';
import { loadAidRecords } from '../queries/aid-records';
import { loadAidSettings } from '../queries/aid-settings';
import { assertDeclarationOnFile, assertWithinCeiling } from '../ceiling-check';
import { lockSingleUndertaking } from '../repo';

export interface TGrantAidOptions {
  organisationId: string;
  /** The accepted request; null for aid recorded outside the request flow. */
  requestId: string | null;
  serviceId: string | null;
  description: string;
  /** Aid = market value − price paid, in euro cents. */
  amountCents: number;
  /** The Sofia calendar day of the acceptance: the day the legal right to the service arose. */
  grantDate: TCalendarDate;
  basis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  actor: TActor | null;
}

/**
 * Records the aid of an accepted request inside the caller's transaction (the acceptance's), after locking the
 * beneficiary's single undertaking. Throws 409 declaration_required when de minimis aid is granted before the
 * beneficiary declared its other de minimis aid, and 409 aid_ceiling_exceeded (with the headroom) when the group
 * would go over the hub's ceiling. GBER and no-aid grants are recorded with their article or reason, never counted.
 */
export async function grantAidOnAcceptance(tx: Tx, opts: TGrantAidOptions): Promise<{ grantId: string }> {
  assertCents(opts.amountCents, 'amountCents');
  if (!isCalendarDate(opts.grantDate)) throw new RangeError(`grantDate must be YYYY-MM-DD, got ${opts.grantDate}`);
  const group = await lockSingleUndertaking(tx, opts.organisationId);
  // One query at a time: a transaction is one connection.
  const settings = await loadAidSettings(tx);
  const records = await loadAidRecords(tx, group);
  assertDeclarationOnFile({
    basis: opts.basis,
    amountCents: opts.amountCents,
    declared: records.declaring.has(opts.organisationId),
  });
  assertWithinCeiling({
    ceilingCents: settings.deMinimisCeilingCents,
    grantDate: opts.grantDate,
    amountCents: opts.amountCents,
    basis: opts.basis,
    singleUndertaking: group,
    grants: records.grants,
    declarations: records.declared,
  });
  const values = {
    organisationId: opts.organisationId,
    requestId: opts.requestId,
    serviceId: opts.serviceId,
    description: opts.description,
    amountCents: opts.amountCents,
    grantDate: opts.grantDate,
    basis: opts.basis,
    gberArticle: opts.gberArticle,
    noAidReason: opts.noAidReason,
  };
  const [row] = await tx
    .insert(aidGrants)
    .values({ ...values, createdBy: opts.actor?.userId ?? null })
    .returning({ id: aidGrants.id });
  await writeAudit(tx, opts.actor, { action: 'aid.grant', entityType: 'aid_grant', entityId: row.id, after: values });
  return { grantId: row.id };
}

export interface TAdjustGrantOptions {
  requestId: string;
  amountCents: number;
  basis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  actor: TActor | null;
}

/**
 * Changes the aid of an accepted request (the delivery recorded another amount or basis) inside the caller's
 * transaction. The grant keeps its date; the same locking, declaration and ceiling rules apply as when granting.
 */
export async function adjustGrantAmount(tx: Tx, opts: TAdjustGrantOptions): Promise<void> {
  assertCents(opts.amountCents, 'amountCents');
  const [found] = await tx
    .select({ organisationId: aidGrants.organisationId })
    .from(aidGrants)
    .where(eq(aidGrants.requestId, opts.requestId));
  if (!found) throw notFound('Aid grant');
  const group = await lockSingleUndertaking(tx, found.organisationId);
  // Read the grant again under the group's locks: another adjustment may have committed meanwhile.
  const [before] = await tx.select().from(aidGrants).where(eq(aidGrants.requestId, opts.requestId));
  if (!before) throw notFound('Aid grant');
  // One query at a time: a transaction is one connection.
  const settings = await loadAidSettings(tx);
  const records = await loadAidRecords(tx, group);
  assertDeclarationOnFile({
    basis: opts.basis,
    amountCents: opts.amountCents,
    declared: records.declaring.has(before.organisationId),
  });
  const others = records.grants.filter((g) => g.id !== before.id);
  // Lowering a grant, or leaving it unchanged, never needs the ceiling: it cannot make any window worse.
  const counted = (basis: string, amount: number) => (countsTowardDeMinimis(basis as TAidBasis) ? amount : 0);
  if (counted(opts.basis, opts.amountCents) > counted(before.basis, Number(before.amountCents))) {
    assertWithinCeiling({
      ceilingCents: settings.deMinimisCeilingCents,
      grantDate: before.grantDate,
      amountCents: opts.amountCents,
      basis: opts.basis,
      singleUndertaking: group,
      grants: others,
      declarations: records.declared,
    });
  }
  const after = {
    amountCents: opts.amountCents,
    basis: opts.basis,
    gberArticle: opts.gberArticle,
    noAidReason: opts.noAidReason,
  };
  await tx.update(aidGrants).set(after).where(eq(aidGrants.id, before.id));
  await writeAudit(tx, opts.actor, {
    action: 'aid.adjust',
    entityType: 'aid_grant',
    entityId: before.id,
    before: {
      amountCents: Number(before.amountCents),
      basis: before.basis,
      gberArticle: before.gberArticle,
      noAidReason: before.noAidReason,
    },
    after,
  });
}
