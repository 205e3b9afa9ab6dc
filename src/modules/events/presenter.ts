import type { z } from 'zod';
import type { TEvent, TEventSummary, TRegistration, ZSession } from '../../contract/events/schemas';
import type { TEventRow, TSessionRow } from './repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

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
