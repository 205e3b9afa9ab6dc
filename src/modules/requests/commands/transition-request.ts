import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { requestEvents, serviceRequests } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, fieldError, forbidden } from '../../../platform/errors';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import {
  aidLapses,
  decideTransition,
  type TRequestAction,
  type TRequestState,
  type TTransitionErrorCode,
} from '../../../domain/services/request-state-machine';
import type { TRequestMailKind } from '../../../contract/requests/mail';
import { writeAudit } from '../../../platform/audit/write-audit';
import { requestActor } from '../policy';
import type { TTransitionBody } from '../request-input';
import { enqueueRequestMail } from '../request-mail';
import { listServiceExperts } from '../queries/list-experts';
import { revokeRequestGrant } from '../../aid/public';
import { grantAidForRequest } from './accept-aid';
import { lockRequest } from '../repo';

export interface TransitionRequestOptions {
  db: Db;
  actor: TActor;
  requestId: string;
  input: TTransitionBody;
  now: Date;
  publicUrl: string;
}

/** The e-mail the customer gets for each action. */
const MAIL_KIND: Record<TRequestAction, TRequestMailKind> = {
  accept: 'request_accepted',
  reject: 'request_rejected',
  assign: 'request_assigned',
  reassign: 'request_reassigned',
  start: 'request_started',
  deliver: 'request_delivered',
  close: 'request_closed',
  cancel: 'request_cancelled',
};

/** The state machine's refusals as API errors: 409 for the state, 403 for the actor, 400 naming the missing field. */
function refusal(code: TTransitionErrorCode, message: string): AppError {
  switch (code) {
    case 'invalid_transition':
      return new AppError('invalid_transition', message);
    case 'forbidden':
      return forbidden(message);
    case 'reason_required':
      return fieldError('reason', message, 'required');
    case 'expert_required':
      return fieldError('expertId', message, 'required');
    case 'expert_not_of_partner':
      return fieldError('expertId', message, 'expert_not_of_partner');
  }
}

/**
 * Moves a request along its life (the pure state machine decides), in one transaction with its timeline entry,
 * audit row and the customer's e-mail. Acceptance records the aid grant in the same transaction, so a refused
 * grant (ceiling, missing declaration) leaves the request as it was; a cancellation after acceptance revokes that
 * grant in the same way (the aid lapses, the headroom is free again). Delivery also asks the customer for feedback.
 */
export async function transitionRequest(opts: TransitionRequestOptions): Promise<void> {
  const { actor, input, now } = opts;
  await opts.db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.requestId);
    const from = row.status as TRequestState;
    const wantsExpert = input.action === 'assign' || input.action === 'reassign';
    const expert =
      wantsExpert && input.expertId ? (await listServiceExperts(tx, row.serviceId, input.expertId))[0] : undefined;
    const decision = decideTransition({
      from,
      action: input.action,
      actor: requestActor(actor, row),
      input: { reason: input.reason, expertId: input.expertId, expertIsOfDeliveringPartner: expert !== undefined },
    });
    if (!decision.ok) throw refusal(decision.code, decision.message);

    const reason = input.action === 'reject' || input.action === 'cancel' ? input.reason!.trim() : null;
    const changes: Partial<typeof serviceRequests.$inferInsert> = { status: decision.to, updatedAt: now };
    if (reason) changes.reason = reason;
    if (expert) Object.assign(changes, { expertId: expert.id, partnerId: expert.partner.id });
    if (input.action === 'accept') {
      // Acceptance grants the aid and promises the service, so it needs someone who can deliver it: an expert
      // of one of the service's delivering partners. Refusing here (rather than letting staff assign anyone)
      // keeps delivery with the partners the catalogue names, whose experts the customer's data is shared with.
      if ((await listServiceExperts(tx, row.serviceId)).length === 0) {
        throw new AppError(
          'no_expert_available',
          'No delivering partner of this service has an expert who could be assigned; add one before accepting',
        );
      }
      const grantDate = calendarDateInSofia(now);
      await grantAidForRequest(tx, { request: row, grantDate, actor });
      Object.assign(changes, { acceptedAt: now, grantDate });
    }
    // Ending without delivery (a cancellation after acceptance) revokes the aid granted then, in this transaction.
    const revoked = aidLapses(decision.to)
      ? await revokeRequestGrant(tx, { requestId: row.id, reason: reason ?? input.action, actor, now })
      : null;
    await tx.update(serviceRequests).set(changes).where(eq(serviceRequests.id, row.id));
    await tx.insert(requestEvents).values({
      requestId: row.id,
      at: now,
      actorId: actor.userId,
      kind: 'transition',
      action: input.action,
      fromStatus: from,
      toStatus: decision.to,
      body: reason ?? (expert ? expert.name : null),
    });
    await writeAudit(tx, actor, {
      action: `request.${input.action}`,
      entityType: 'service_request',
      entityId: row.id,
      before: { status: from, expertId: row.expertId, partnerId: row.partnerId },
      after: {
        status: decision.to,
        ...(reason ? { reason } : {}),
        ...(expert ? { expertId: expert.id, partnerId: expert.partner.id } : {}),
      },
    });
    const mail = { requestId: row.id, publicUrl: opts.publicUrl };
    await enqueueRequestMail(tx, {
      ...mail,
      kind: MAIL_KIND[input.action],
      reason,
      expertName: expert?.name,
      // Counted aid that lapses is worth telling: the customer's de minimis headroom grows back by it.
      releasedAidCents:
        revoked && revoked.amountCents > 0 && revoked.basis.startsWith('de_minimis') ? revoked.amountCents : undefined,
    });
    if (input.action === 'deliver')
      await enqueueRequestMail(tx, { ...mail, kind: 'request_feedback', anchor: '#feedback' });
  });
}
