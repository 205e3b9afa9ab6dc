import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { aidGrants, requestEvents, serviceDeliveries, serviceRequests } from '../../../db/schema';
import type { TActor } from '../../../http/actor';
import { AppError, fieldError } from '../../../errors';
import { adjustGrantAmount } from '../../aid/commands/grant-aid';
import { writeAudit } from '../../audit/write-audit';
import type { TDeliveryInput } from '../request-input';
import { lockRequest } from './lock-request';

export interface RecordDeliveryOptions {
  db: Db;
  actor: TActor;
  requestId: string;
  input: TDeliveryInput;
  now: Date;
}

/** The cross-field rules of a delivery record, each refusal naming its field. */
export function checkDeliveryInput(d: TDeliveryInput): void {
  if (d.endDate < d.startDate) throw fieldError('endDate', 'The end date cannot be before the start date', 'before_start');
  if (d.pricePaidCents > d.valueCents) throw fieldError('pricePaidCents', 'The price paid cannot exceed the value', 'above_value');
  if (d.aidCents > d.valueCents) throw fieldError('aidCents', 'The aid cannot exceed the value of the service', 'above_value');
  if (d.aidBasis === 'none' && d.aidCents !== 0) throw fieldError('aidCents', 'A service that is no aid has no aid amount', 'not_zero');
  if (d.nationalShareCents > d.aidCents) throw fieldError('nationalShareCents', 'The national share is a part of the aid', 'above_aid');
  if (d.aidBasis === 'gber' && !d.gberArticle) throw fieldError('gberArticle', 'Name the GBER article the aid rests on', 'required');
  if (d.aidBasis === 'none' && !d.noAidReason) throw fieldError('noAidReason', 'Say why the service is no aid', 'required');
}

/**
 * Records (or corrects) the delivery as the Commission reports it, once the service has been delivered. When the
 * recorded aid or its basis differs from the grant made at acceptance, the grant is adjusted in the same
 * transaction under the same ceiling rules (409 when the group would go over it).
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
    const [grant] = await tx.select().from(aidGrants).where(eq(aidGrants.requestId, row.id));
    if (grant && (Number(grant.amountCents) !== d.aidCents || grant.basis !== d.aidBasis)) {
      await adjustGrantAmount(tx, {
        requestId: row.id,
        amountCents: d.aidCents,
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
      aidCents: d.aidCents,
      nationalShareCents: d.nationalShareCents,
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
