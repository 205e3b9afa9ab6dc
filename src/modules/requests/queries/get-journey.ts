import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { assessments, serviceDeliveries, serviceFeedback, serviceRequests, services } from '../../../db/schema';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import type { TRequestState } from '../../../domain/services/request-state-machine';
import { deliveryInstant } from '../../../domain/services/journey-dates';
import type { TBand } from '../../../domain/dma/scoring';
import type { TStage } from '../../../domain/dma/questionnaires';
import { findOrganisationRow } from '../../organisations/queries/get-organisation';
import { presentScores } from '../../assessments/assessments.presenter';

type TJourneyItem =
  | { at: string; kind: 'registered' }
  | { at: string; kind: 'assessment'; assessmentId: string; stage: TStage; overall: { score: number; band: TBand } }
  | { at: string; kind: 'request'; requestId: string; ref: number; status: TRequestState; serviceTitleBg: string; serviceTitleEn: string }
  | {
      at: string;
      kind: 'delivery';
      requestId: string | null;
      ref: number | null;
      serviceTitleBg: string;
      serviceTitleEn: string;
      /** The period of the service (Sofia calendar days); the step is dated by its end. */
      startDate: string;
      endDate: string;
      valueCents: number;
      aidCents: number;
      aidBasis: TAidBasis;
    }
  | { at: string; kind: 'feedback'; requestId: string; ref: number; rating: number; comment: string | null };

export interface TJourney {
  organisation: { id: string; name: string; registeredAt: string };
  items: TJourneyItem[];
}

/** Same-instant entries keep the order in which they happen in life. */
const KIND_ORDER: Record<TJourneyItem['kind'], number> = { registered: 0, assessment: 1, request: 2, delivery: 3, feedback: 4 };

/**
 * An organisation's path through the hub in time order: registration, submitted assessments with their overall
 * score, requests, deliveries with their value and aid (dated by the day the service ended: `deliveryInstant`), and
 * feedback.
 */
export async function getJourney(executor: Executor, organisationId: string): Promise<TJourney> {
  const org = await findOrganisationRow(executor, organisationId);
  const [stages, requests, deliveries, feedback] = await Promise.all([
    executor
      .select({ id: assessments.id, stage: assessments.stage, result: assessments.result, submittedAt: assessments.submittedAt })
      .from(assessments)
      .where(and(eq(assessments.organisationId, organisationId), eq(assessments.status, 'submitted'), isNotNull(assessments.submittedAt))),
    executor
      .select({
        id: serviceRequests.id,
        ref: serviceRequests.ref,
        status: serviceRequests.status,
        createdAt: serviceRequests.createdAt,
        titleBg: services.titleBg,
        titleEn: services.titleEn,
      })
      .from(serviceRequests)
      .innerJoin(services, eq(services.id, serviceRequests.serviceId))
      .where(eq(serviceRequests.organisationId, organisationId)),
    executor
      .select({
        delivery: serviceDeliveries,
        ref: serviceRequests.ref,
        requestedAt: serviceRequests.createdAt,
        titleBg: services.titleBg,
        titleEn: services.titleEn,
      })
      .from(serviceDeliveries)
      .leftJoin(serviceRequests, eq(serviceRequests.id, serviceDeliveries.requestId))
      .leftJoin(services, eq(services.id, serviceDeliveries.serviceId))
      .where(eq(serviceDeliveries.organisationId, organisationId)),
    executor
      .select({ feedback: serviceFeedback, ref: serviceRequests.ref })
      .from(serviceFeedback)
      .innerJoin(serviceRequests, eq(serviceRequests.id, serviceFeedback.requestId))
      .where(eq(serviceRequests.organisationId, organisationId))
      .orderBy(asc(serviceFeedback.createdAt)),
  ]);
  const dated: { time: number; item: TJourneyItem }[] = [];
  const add = (at: Date, item: TJourneyItem) => dated.push({ time: at.getTime(), item });
  add(org.createdAt, { at: org.createdAt.toISOString(), kind: 'registered' });
  for (const a of stages) {
    const scores = presentScores(a.result);
    if (!scores || !a.stage) continue;
    add(a.submittedAt!, {
      at: a.submittedAt!.toISOString(),
      kind: 'assessment',
      assessmentId: a.id,
      stage: a.stage as TStage,
      overall: scores.overall,
    });
  }
  for (const r of requests) {
    add(r.createdAt, {
      at: r.createdAt.toISOString(),
      kind: 'request',
      requestId: r.id,
      ref: Number(r.ref),
      status: r.status as TRequestState,
      serviceTitleBg: r.titleBg,
      serviceTitleEn: r.titleEn,
    });
  }
  for (const { delivery: d, ref, requestedAt, titleBg, titleEn } of deliveries) {
    // Dated by the day the service ended, not when it was recorded (a correction would move it).
    const at = deliveryInstant(d.endDate, requestedAt);
    add(at, {
      at: at.toISOString(),
      kind: 'delivery',
      requestId: d.requestId,
      ref: ref === null ? null : Number(ref),
      serviceTitleBg: titleBg ?? d.description,
      serviceTitleEn: titleEn ?? d.description,
      startDate: d.startDate,
      endDate: d.endDate,
      valueCents: Number(d.valueCents),
      aidCents: Number(d.aidCents),
      aidBasis: d.aidBasis as TAidBasis,
    });
  }
  for (const { feedback: f, ref } of feedback) {
    add(f.createdAt, {
      at: f.createdAt.toISOString(),
      kind: 'feedback',
      requestId: f.requestId,
      ref: Number(ref),
      rating: f.rating,
      comment: f.comment,
    });
  }
  dated.sort((a, b) => a.time - b.time || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind]);
  return {
    organisation: { id: org.id, name: org.legalNameBg, registeredAt: org.createdAt.toISOString() },
    items: dated.map((d) => d.item),
  };
}
