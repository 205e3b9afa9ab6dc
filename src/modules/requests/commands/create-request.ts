import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisations, requestEvents, serviceRequests, services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isMemberOf } from '../../../platform/http/authorize';
import { fieldError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TCreateRequest } from '../request-input';
import { enqueueRequestMail } from '../request-mail';

export interface CreateRequestOptions {
  db: Db;
  actor: TActor;
  input: TCreateRequest;
  now: Date;
  publicUrl: string;
}

/**
 * Files a request for a published catalogue service, with its first timeline entry, an audit row and the
 * confirmation e-mail. Staff who are not members of the organisation file it on the customer's behalf.
 */
export async function createRequest(opts: CreateRequestOptions): Promise<string> {
  const { input, actor, now } = opts;
  return opts.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!org) throw notFound('Organisation');
    const [service] = await tx
      .select({ published: services.published, valueUnit: services.valueUnit })
      .from(services)
      .where(eq(services.id, input.serviceId));
    if (!service) throw fieldError('serviceId', 'No such service in the catalogue', 'unknown');
    if (!service.published)
      throw fieldError('serviceId', 'The service is not offered (not published)', 'not_published');
    // A fixed value covers the whole service, so only per-day/per-hour services take a quantity — and they need one:
    // the value, the price and so the aid are the rate times the days or hours, never a silent 1.
    if (service.valueUnit === 'fixed' && input.quantity !== undefined && input.quantity !== 1) {
      throw fieldError('quantity', 'This service has a fixed value; it takes no quantity', 'not_applicable');
    }
    if (service.valueUnit !== 'fixed' && input.quantity === undefined) {
      const unit = service.valueUnit === 'per_hour' ? 'hours' : 'days';
      throw fieldError('quantity', `This service is valued per ${unit.slice(0, -1)}: say how many ${unit}`, 'required');
    }
    const quantity = service.valueUnit === 'fixed' ? 1 : input.quantity!;
    const onBehalf = !isMemberOf(actor, input.organisationId);
    const [row] = await tx
      .insert(serviceRequests)
      .values({
        organisationId: input.organisationId,
        serviceId: input.serviceId,
        requestedBy: actor.userId,
        onBehalf,
        need: input.need,
        quantity,
        status: 'submitted',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: serviceRequests.id, ref: serviceRequests.ref });
    await tx
      .insert(requestEvents)
      .values({ requestId: row.id, at: now, actorId: actor.userId, kind: 'created', toStatus: 'submitted' });
    await writeAudit(tx, actor, {
      action: 'request.create',
      entityType: 'service_request',
      entityId: row.id,
      after: { ref: row.ref, organisationId: input.organisationId, serviceId: input.serviceId, quantity, onBehalf },
    });
    await enqueueRequestMail(tx, { kind: 'request_submitted', requestId: row.id, publicUrl: opts.publicUrl });
    return row.id;
  });
}
