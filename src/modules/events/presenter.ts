import { z } from 'zod';
import { EVENT_TYPES, EVENT_VISIBILITIES, REGISTRATION_STATUSES } from '../../contract/events/enums';
import type { events, eventSessions } from '../../platform/db/schema';
import { ZQuestion } from './event-input';

type TEventRow = typeof events.$inferSelect;
type TSessionRow = typeof eventSessions.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const ZEventSummary = z.object({
  id: z.string(),
  slug: z.string(),
  type: z.enum(EVENT_TYPES),
  titleBg: z.string(),
  titleEn: z.string(),
  tags: z.array(z.string()),
  venue: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  seatsTaken: z.number().int(),
  seatsLeft: z.number().int().nullable(),
  waitlistCount: z.number().int(),
  firstStartsAt: z.string().nullable(),
  lastEndsAt: z.string().nullable(),
  registrationOpen: z.boolean(),
  visibility: z.enum(EVENT_VISIBILITIES),
  published: z.boolean(),
});
export type TEventSummary = z.infer<typeof ZEventSummary>;

export const ZEventPage = z.object({
  items: z.array(ZEventSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZSession = z.object({
  id: z.string(),
  titleBg: z.string().nullable(),
  titleEn: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int().nullable(),
  location: z.string().nullable(),
});

export const ZRegistration = z.object({
  id: z.string(),
  eventId: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  seats: z.number().int(),
  attendeeNames: z.array(z.string()),
  answers: z.record(z.string(), z.unknown()),
  status: z.enum(REGISTRATION_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  offerExpiresAt: z.string().nullable(),
  code: z.string(),
  qrSvg: z.string(),
  createdAt: z.string(),
  checkIns: z.array(
    z.object({
      sessionId: z.string(),
      checkedInAt: z.string(),
      people: z.number().int(),
      /** The attendees ticked present; null = not named (the first `people` of `attendeeNames`). */
      attendeeNames: z.array(z.string()).nullable(),
    }),
  ),
  /** Every certificate of the registration still standing, one per person, by name. */
  certificates: z.array(z.object({ code: z.string(), participantName: z.string() })),
  abilities: z.object({
    cancel: z.boolean(),
    acceptOffer: z.boolean(),
    declineOffer: z.boolean(),
    leaveWaitlist: z.boolean(),
  }),
});
export type TRegistration = z.infer<typeof ZRegistration>;

export const ZMyRegistration = ZRegistration.extend({
  event: z.object({
    id: z.string(),
    slug: z.string(),
    titleBg: z.string(),
    titleEn: z.string(),
    firstStartsAt: z.string().nullable(),
  }),
});

export const ZEvent = ZEventSummary.extend({
  descriptionBg: z.string(),
  descriptionEn: z.string(),
  organiser: z.object({ id: z.string(), name: z.string() }).nullable(),
  sessions: z.array(ZSession),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  approvalRequired: z.boolean(),
  questions: z.array(ZQuestion),
  cancellationDeadlineHours: z.number().int(),
  offerHoldHours: z.number().int(),
  certificateRule: z.enum(['all', 'min']),
  certificateMinSessions: z.number().int().nullable(),
  valuePerParticipantCents: z.number().int(),
  pricePerParticipantCents: z.number().int(),
  aidBasis: z.enum(['de_minimis', 'gber', 'none']),
  gberArticle: z.string().nullable(),
  noAidReason: z.string().nullable(),
  myRegistrations: z.array(ZRegistration),
  abilities: z.object({ register: z.boolean(), manage: z.boolean(), checkIn: z.boolean() }),
});
export type TEvent = z.infer<typeof ZEvent>;

/** Seat figures of an event, computed by the queries from its registrations. */
export interface TSeatStats {
  capacity: number | null;
  seatsTaken: number;
  waitlistCount: number;
  firstStartsAt: Date | null;
  lastEndsAt: Date | null;
  registrationOpen: boolean;
}

/** The list shape of an event: never the raw row. */
export function presentEventSummary(row: TEventRow, stats: TSeatStats): TEventSummary {
  return {
    id: row.id,
    slug: row.slug,
    type: row.type as TEventSummary['type'],
    titleBg: row.titleBg,
    titleEn: row.titleEn,
    tags: row.tags,
    venue: row.venue,
    onlineUrl: row.onlineUrl,
    capacity: stats.capacity,
    seatsTaken: stats.seatsTaken,
    seatsLeft: stats.capacity === null ? null : Math.max(0, stats.capacity - stats.seatsTaken),
    waitlistCount: stats.waitlistCount,
    firstStartsAt: iso(stats.firstStartsAt),
    lastEndsAt: iso(stats.lastEndsAt),
    registrationOpen: stats.registrationOpen,
    visibility: row.visibility as TEventSummary['visibility'],
    published: row.published,
  };
}

export function presentSession(s: TSessionRow): z.infer<typeof ZSession> {
  return {
    id: s.id,
    titleBg: s.titleBg,
    titleEn: s.titleEn,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    capacity: s.capacity,
    location: s.location,
  };
}

/** The page shape of an event with its sessions, the caller's registrations and what the caller may do. */
export function presentEvent(
  row: TEventRow,
  stats: TSeatStats,
  extra: {
    sessions: TSessionRow[];
    organiser: { id: string; name: string } | null;
    myRegistrations: TRegistration[];
    abilities: TEvent['abilities'];
  },
): TEvent {
  return {
    ...presentEventSummary(row, stats),
    descriptionBg: row.descriptionBg,
    descriptionEn: row.descriptionEn,
    organiser: extra.organiser,
    sessions: extra.sessions.map(presentSession),
    registrationOpensAt: iso(row.registrationOpensAt),
    registrationClosesAt: iso(row.registrationClosesAt),
    approvalRequired: row.approvalRequired,
    questions: row.questions as TEvent['questions'],
    cancellationDeadlineHours: row.cancellationDeadlineHours,
    offerHoldHours: row.offerHoldHours,
    certificateRule: row.certificateRule as TEvent['certificateRule'],
    certificateMinSessions: row.certificateMinSessions,
    valuePerParticipantCents: row.valuePerParticipantCents,
    pricePerParticipantCents: row.pricePerParticipantCents,
    aidBasis: row.aidBasis as TEvent['aidBasis'],
    gberArticle: row.gberArticle,
    noAidReason: row.noAidReason,
    myRegistrations: extra.myRegistrations,
    abilities: extra.abilities,
  };
}
