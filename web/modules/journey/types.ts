/** GET /api/v1/organisations/:id/journey as the web app uses it (src/modules/requests). */
import type { TBand } from '../../../src/domain/dma/scoring';
import type { TRequestState } from '../../../src/domain/services/request-state-machine';
import type { TAidBasis, TAidStatement } from '../aid/types';

export type TJourneyItem =
  | { at: string; kind: 'registered' }
  | { at: string; kind: 'assessment'; assessmentId: string; stage: string; overall: { score: number; band: TBand } }
  | { at: string; kind: 'request'; requestId: string; ref: number; status: TRequestState; serviceTitleBg: string; serviceTitleEn: string }
  | {
      at: string;
      kind: 'delivery';
      requestId: string;
      ref: number;
      serviceTitleBg: string;
      serviceTitleEn: string;
      /** The service's period (calendar days); the step is dated by its end, so a corrected record keeps its place. */
      startDate: string;
      endDate: string;
      valueCents: number;
      aidCents: number;
      aidBasis: TAidBasis;
    }
  | { at: string; kind: 'feedback'; requestId: string; ref: number; rating: number; comment: string | null };

export type TJourneyKind = TJourneyItem['kind'];

export interface TJourney {
  organisation: { id: string; name: string; registeredAt: string };
  items: TJourneyItem[];
  aid: TAidStatement;
}
