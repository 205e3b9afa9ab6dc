import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { aidGrants, requestEvents, serviceDeliveries, serviceRequests } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/errors';
import { deliveryAid } from '../../../domain/state-aid/aid';
import { centsToDecimal } from '../../../domain/state-aid/money';
import { adjustGrantAmount } from '../../aid/public';
import { loadAidSettings } from '../../aid/public';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TDeliveryInput } from '../request-input';
import { lockRequest } from '../repo';

export interface RecordDeliveryOptions {
  db: Db;
  actor: TActor;
  requestId: string;
  input: TDeliveryInput;
  now: Date;
}

/** The cross-field rules of a delivery record, each refusal naming its field. */
export function checkDeliveryInput(d: TDeliveryInput): void {
  if (d.endDate < d.startDate)
    throw fieldError('endDate', 'The end date cannot be before the start date', 'before_start');
  if (d.pricePaidCents > d.valueCents)
    throw fieldError('pricePaidCents', 'The price paid cannot exceed the value', 'above_value');
  if (d.aidBasis === 'gber' && !d.gberArticle)
    throw fieldError('gberArticle', 'Name the GBER article the aid rests on', 'required');
  if (d.aidBasis === 'none' && !d.noAidReason)
    throw fieldError('noAidReason', 'Say why the service is no aid', 'required');
}

/**
 * The aid amounts of a delivery, derived from its value, price and basis (aid = value − price paid; 0 for no aid) and
 * the hub's national share. Amounts a client sent must be exactly these: a different one is refused naming its field.
 */
export function derivedDeliveryAid(
  d: TDeliveryInput,
  nationalSharePercent: number,
): { aidCents: number; nationalShareCents: number } {
  const derived = deliveryAid({
    valueCents: d.valueCents,
    pricePaidCents: d.pricePaidCents,
    basis: d.aidBasis,
    nationalSharePercent,
  });
  if (d.aidCents !== undefined && d.aidCents !== derived.aidCents) {
    throw fieldError(
      'aidCents',
      d.aidBasis === 'none'
        ? 'A service that is no aid has no aid amount'
        : `The aid is the value minus the price paid: EUR ${centsToDecimal(derived.aidCents)}`,
      'not_derived',
    );
  }
  if (d.nationalShareCents !== undefined && d.nationalShareCents !== derived.nationalShareCents) {
    throw fieldError(
      'nationalShareCents',
      `The national share is the aid times the hub's share (${nationalSharePercent} %): EUR ${centsToDecimal(derived.nationalShareCents)}`,
      'not_derived',
    );
  }
  return derived;
}

/**
 * Records (or corrects) the delivery as the Commission reports it, once the service has been delivered. The aid is
 * derived from the value and the price paid; when it or its basis differs from the grant made at acceptance, the
 * grant is adjusted in the same transaction through the group-locked path (a larger de minimis aid is checked against
 * the ceiling again: 409 when the group would go over it).
 */
export async function recordDelivery(opts: RecordDeliveryOptions): Promise<void> {
  const d = opts.input;
  checkDeliveryInput(d);
  const gberArticle = d.aidBasis === 'gber' ? d.gberArticle! : null;
  const noAidReason = d.aidBasis === 'none' ? d.noAidReason! : null;
  await opts.db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.requestId);
    if (row.status !== 'delivered' && row.status !== 'closed') {
      throw new AppError('conflict', 'A delivery is recorded once the request has been delivered');
    }
    const { nationalSharePercent } = await loadAidSettings(tx);
    const { aidCents, nationalShareCents } = derivedDeliveryAid(d, nationalSharePercent);
    const [grant] = await tx.select().from(aidGrants).where(eq(aidGrants.requestId, row.id));
    const grantChanged =
      grant &&
      (Number(grant.amountCents) !== aidCents ||
        grant.basis !== d.aidBasis ||
        grant.gberArticle !== gberArticle ||
        grant.noAidReason !== noAidReason);
    if (grantChanged) {
      await adjustGrantAmount(tx, {
        requestId: row.id,
        amountCents: aidCents,
        basis: d.aidBasis,
        gberArticle,
        noAidReason,
        actor: opts.actor,
      });
    }
    const values = {
      category: d.category,
      description: d.description,
      technology: d.technology,
      startDate: d.startDate,
      endDate: d.endDate,
      attendees: d.attendees,
      valueCents: d.valueCents,
      pricePaidCents: d.pricePaidCents,
      aidBasis: d.aidBasis,
      gberArticle,
      noAidReason,
      aidCents,
      nationalShareCents,
      recordedBy: opts.actor.userId,
      recordedAt: opts.now,
    };
    const [before] = await tx.select().from(serviceDeliveries).where(eq(serviceDeliveries.requestId, row.id));
    await tx
      .insert(serviceDeliveries)
      .values({ ...values, requestId: row.id, organisationId: row.organisationId, serviceId: row.serviceId })
      .onConflictDoUpdate({ target: serviceDeliveries.requestId, set: values });
    await tx
      .insert(requestEvents)
      .values({ requestId: row.id, at: opts.now, actorId: opts.actor.userId, kind: 'delivery', body: d.description });
    await tx.update(serviceRequests).set({ updatedAt: opts.now }).where(eq(serviceRequests.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: before ? 'request.delivery.update' : 'request.delivery.record',
      entityType: 'service_request',
      entityId: row.id,
      before: before ?? null,
      after: values,
    });
  });
}
