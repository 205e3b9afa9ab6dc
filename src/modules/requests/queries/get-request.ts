import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import {
  aidGrants,
  requestAttachments,
  requestEvents,
  serviceDeliveries,
  serviceFeedback,
  serviceRequests,
  user,
} from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound, unauthenticated } from '../../../platform/errors';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import type { TRequestAction, TRequestState } from '../../../domain/services/request-state-machine';
import { requestAbilities, type TRequestFacts } from '../policy';
import { presentRequest, type TDelivery, type TRequestOut, type TTimelineItem } from '../presenter';
import { selectSummaries } from './request-summaries';

export type TRequestRow = typeof serviceRequests.$inferSelect;

/** The request row and the facts its policy reads, or 404. */
export async function findRequest(executor: Executor, id: string): Promise<{ row: TRequestRow; facts: TRequestFacts }> {
  const [found] = await executor
    .select({ row: serviceRequests, feedbackAt: serviceFeedback.createdAt })
    .from(serviceRequests)
    .leftJoin(serviceFeedback, eq(serviceFeedback.requestId, serviceRequests.id))
    .where(eq(serviceRequests.id, id));
  if (!found) throw notFound('Request');
  return { row: found.row, facts: factsOf(found.row, found.feedbackAt !== null) };
}

/** A route's facts for its policy: 401 for an anonymous caller before the lookup (so no 404 leaks), then the facts. */
export async function signedInRequestFacts(
  executor: Executor,
  actor: TActor | null,
  id: string,
): Promise<TRequestFacts> {
  if (!actor) throw unauthenticated();
  return (await findRequest(executor, id)).facts;
}

/** The policy's view of a request row. */
export function factsOf(row: TRequestRow, hasFeedback: boolean): TRequestFacts {
  return {
    organisationId: row.organisationId,
    status: row.status as TRequestState,
    expertId: row.expertId,
    partnerId: row.partnerId,
    hasFeedback,
  };
}

/** The delivery record of a request, in the API's shape. */
export function presentDelivery(d: typeof serviceDeliveries.$inferSelect): TDelivery {
  return {
    category: d.category as TDelivery['category'],
    description: d.description,
    technology: d.technology,
    startDate: d.startDate,
    endDate: d.endDate,
    attendees: d.attendees,
    valueCents: Number(d.valueCents),
    pricePaidCents: Number(d.pricePaidCents),
    aidBasis: d.aidBasis as TAidBasis,
    gberArticle: d.gberArticle,
    noAidReason: d.noAidReason,
    aidCents: Number(d.aidCents),
    nationalShareCents: Number(d.nationalShareCents),
    recordedAt: d.recordedAt.toISOString(),
  };
}

/** The request page: summary, timeline, attachments, delivery, feedback, aid and what `actor` may do. */
export async function getRequest(executor: Executor, id: string, actor: TActor): Promise<TRequestOut> {
  const { row, facts } = await findRequest(executor, id);
  const [[summary], events, files, [delivery], [feedback], [grant]] = await Promise.all([
    selectSummaries(executor).where(eq(serviceRequests.id, id)),
    executor
      .select({ event: requestEvents, actorName: user.name })
      .from(requestEvents)
      .leftJoin(user, eq(user.id, requestEvents.actorId))
      .where(eq(requestEvents.requestId, id))
      .orderBy(asc(requestEvents.at), asc(requestEvents.id)),
    executor
      .select({
        id: requestAttachments.id,
        filename: requestAttachments.filename,
        contentType: requestAttachments.contentType,
        sizeBytes: requestAttachments.sizeBytes,
        createdAt: requestAttachments.createdAt,
        uploadedByName: user.name,
      })
      .from(requestAttachments)
      .leftJoin(user, eq(user.id, requestAttachments.uploadedBy))
      .where(eq(requestAttachments.requestId, id))
      .orderBy(asc(requestAttachments.createdAt)),
    executor.select().from(serviceDeliveries).where(eq(serviceDeliveries.requestId, id)),
    executor.select().from(serviceFeedback).where(eq(serviceFeedback.requestId, id)),
    executor
      .select({
        amountCents: aidGrants.amountCents,
        basis: aidGrants.basis,
        grantDate: aidGrants.grantDate,
        revokedAt: aidGrants.revokedAt,
        revokeReason: aidGrants.revokeReason,
      })
      .from(aidGrants)
      .where(eq(aidGrants.requestId, id)),
  ]);
  const fileById = new Map(files.map((f) => [f.id, f]));
  const timeline: TTimelineItem[] = events.map(({ event: e, actorName }) => {
    const file = e.attachmentId ? fileById.get(e.attachmentId) : undefined;
    return {
      id: Number(e.id),
      at: e.at.toISOString(),
      kind: e.kind as TTimelineItem['kind'],
      actorName,
      action: e.action as TRequestAction | null,
      fromStatus: e.fromStatus as TRequestState | null,
      toStatus: e.toStatus as TRequestState | null,
      body: e.body,
      attachment: file
        ? { id: file.id, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes }
        : null,
    };
  });
  return presentRequest({
    summary,
    reason: row.reason,
    acceptedAt: row.acceptedAt,
    timeline,
    attachments: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    delivery: delivery ? presentDelivery(delivery) : null,
    feedback: feedback
      ? { rating: feedback.rating, comment: feedback.comment, createdAt: feedback.createdAt.toISOString() }
      : null,
    aid: grant
      ? {
          amountCents: Number(grant.amountCents),
          basis: grant.basis as TAidBasis,
          grantDate: grant.grantDate,
          revokedAt: grant.revokedAt ? grant.revokedAt.toISOString() : null,
          revokeReason: grant.revokeReason,
        }
      : null,
    ...requestAbilities(actor, facts),
  });
}
