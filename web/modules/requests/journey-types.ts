/** GET /api/v1/organisations/:id/journey as the web app uses it (src/modules/requests). */
import type { TBand } from '../../../src/domain/dma/scoring';
import type { TRequestState } from '../../../src/domain/services/request-state-machine';
import type { TAidBasis, TAidStatement } from '../aid/types';
import type { TRegistrationStatus } from '../events/types';
import type { TBookingStatus } from '../facilities/types';

/** The event an event step belongs to. */
export interface TJourneyEvent {
  eventId: string;
  eventSlug: string;
  eventTitleBg: string;
  eventTitleEn: string;
}

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
  | { at: string; kind: 'feedback'; requestId: string; ref: number; rating: number; comment: string | null }
  | (TJourneyEvent & { at: string; kind: 'event_registration'; registrationId: string; status: TRegistrationStatus; seats: number })
  | (TJourneyEvent & {
      at: string;
      kind: 'check_in';
      registrationId: string;
      sessionTitleBg: string | null;
      sessionTitleEn: string | null;
      sessionStartsAt: string;
      people: number;
    })
  | (TJourneyEvent & { at: string; kind: 'certificate'; code: string; participantName: string; sessionsAttended: number })
  | {
      at: string;
      kind: 'booking';
      bookingId: string;
      resourceSlug: string;
      resourceTitleBg: string;
      resourceTitleEn: string;
      /** A booking is dated by its start, when the facility is used. */
      startsAt: string;
      endsAt: string;
      status: TBookingStatus;
      seats: number;
    };

export type TJourneyKind = TJourneyItem['kind'];

export interface TJourney {
  organisation: { id: string; name: string; registeredAt: string };
  items: TJourneyItem[];
  aid: TAidStatement;
}
