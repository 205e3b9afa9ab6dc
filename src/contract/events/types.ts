/**
 * Response and request shapes of the events API as the web app uses them (server and web share them; the server's
 * Zod schemas in src/modules/events describe the same shapes).
 */
import type { TAidBasis } from '../services/enums';
import type { TEventType, TEventVisibility, TRegistrationStatus } from './enums';

export interface TEventSummary {
  id: string;
  slug: string;
  type: TEventType;
  titleBg: string;
  titleEn: string;
  tags: string[];
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  seatsTaken: number;
  seatsLeft: number | null;
  waitlistCount: number;
  firstStartsAt: string | null;
  lastEndsAt: string | null;
  registrationOpen: boolean;
  visibility: TEventVisibility;
  published: boolean;
}

export interface TEventPage {
  items: TEventSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TEventSession {
  id: string;
  titleBg: string | null;
  titleEn: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  location: string | null;
}

export interface TQuestionOption {
  id: string;
  labelBg: string;
  labelEn: string;
}

export interface TQuestion {
  id: string;
  labelBg: string;
  labelEn: string;
  kind: 'text' | 'choice';
  required: boolean;
  options?: TQuestionOption[];
}

export interface TCheckIn {
  sessionId: string;
  checkedInAt: string;
  people: number;
  /** The attendees ticked present; null = not named (the first `people` of the registration's). */
  attendeeNames: string[] | null;
}

/** A registration found by its code at the door, before it is checked in (GET …/check-ins/lookup). */
export interface TCheckInCandidate {
  registrationId: string;
  contactName: string;
  organisationName: string | null;
  seats: number;
  attendeeNames: string[];
  /** Whether today (Sofia) is a day of the session; if not, staff give a reason to check in anyway. */
  onSessionDay: boolean;
  sessionFirstDay: string;
  sessionLastDay: string;
}

/** What recording an event's attendance did, per organisation: recorded with its aid, or refused by the ledger. */
export interface TAttendanceResult {
  recorded: { organisationId: string; attendees: number; aidCents: number }[];
  refused: { organisationId: string; code: string; message: string }[];
}

export interface TRegistration {
  id: string;
  eventId: string;
  organisationId: string | null;
  organisationName: string | null;
  contactName: string;
  contactEmail: string;
  seats: number;
  attendeeNames: string[];
  answers: Record<string, unknown>;
  status: TRegistrationStatus;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  code: string;
  qrSvg: string;
  createdAt: string;
  checkIns: TCheckIn[];
  /** Every certificate of the registration, one per person. */
  certificates: { code: string; participantName: string }[];
  abilities: { cancel: boolean; acceptOffer: boolean; declineOffer: boolean; leaveWaitlist: boolean };
}

export interface TEvent extends TEventSummary {
  descriptionBg: string;
  descriptionEn: string;
  organiser: { id: string; name: string } | null;
  sessions: TEventSession[];
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  approvalRequired: boolean;
  questions: TQuestion[];
  cancellationDeadlineHours: number;
  offerHoldHours: number;
  certificateRule: 'all' | 'min';
  certificateMinSessions: number | null;
  valuePerParticipantCents: number;
  pricePerParticipantCents: number;
  aidBasis: TAidBasis;
  gberArticle?: string | null;
  noAidReason?: string | null;
  myRegistrations: TRegistration[];
  abilities: { register: boolean; manage: boolean; checkIn: boolean };
}

/** One of the caller's registrations with the event it is for (GET /registrations/mine). */
export type TMyRegistration = TRegistration & {
  event: { id: string; slug: string; titleBg: string; titleEn: string; firstStartsAt: string | null };
};

export interface TCheckInResult {
  registration: TRegistration;
  people: number;
  checkedInAt: string;
}

export interface TCheckInRow {
  registrationId: string;
  contactName: string;
  organisationName: string | null;
  seats: number;
  /** Null until the registration is checked in at this session (the list holds everyone expected). */
  people: number | null;
  /** The attendees ticked present at this session; null when not named. */
  attendeeNames: string[] | null;
  checkedInAt: string | null;
}

export interface TCheckInList {
  session: TEventSession;
  items: TCheckInRow[];
  expected: number;
  checkedIn: number;
}

/** The body of POST /events and PATCH /events/:id. */
export interface TEventInput {
  slug?: string;
  type: TEventType;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  tags: string[];
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  approvalRequired: boolean;
  questions: TQuestion[];
  visibility: TEventVisibility;
  cancellationDeadlineHours: number;
  offerHoldHours: number;
  certificateRule: 'all' | 'min';
  certificateMinSessions: number | null;
  valuePerParticipantCents: number;
  pricePerParticipantCents: number;
  aidBasis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  published?: boolean;
  organiserId?: string | null;
  sessions: {
    id?: string;
    titleBg: string | null;
    titleEn: string | null;
    startsAt: string;
    endsAt: string;
    capacity: number | null;
    location: string | null;
  }[];
}
