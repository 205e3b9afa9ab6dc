import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisations } from './organisations';
import { sqlList } from './sql-list';
import { EVENT_TYPES, EVENT_VISIBILITIES, REGISTRATION_STATUSES } from '../../../contract/events/enums';

/**
 * An event of the hub: trainings, workshops, seminars, forums, hackathons, matchmaking, general meetings.
 * Capacity is in seats; registrations hold seats (quantity-aware). Value per participant feeds the aid ledger.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    type: text('type').notNull(),
    titleBg: text('title_bg').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionBg: text('description_bg').notNull(),
    descriptionEn: text('description_en').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    organiserId: uuid('organiser_id').references(() => organisations.id, { onDelete: 'set null' }),
    venue: text('venue'),
    onlineUrl: text('online_url'),
    /** Seats for the whole event; null = no limit. */
    capacity: integer('capacity'),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    approvalRequired: boolean('approval_required').notNull().default(false),
    /** [{ id, labelBg, labelEn, kind: 'text' | 'choice', required, options?: [{ id, labelBg, labelEn }] }] */
    questions: jsonb('questions').notNull().default([]),
    visibility: text('visibility').notNull().default('public'),
    /** Participants may cancel until this many hours before the first session. */
    cancellationDeadlineHours: integer('cancellation_deadline_hours').notNull().default(24),
    /** How long a waiting-list offer holds a seat. */
    offerHoldHours: integer('offer_hold_hours').notNull().default(48),
    /** Certificates: 'all' sessions attended, or at least certificateMinSessions. */
    certificateRule: text('certificate_rule').notNull().default('all'),
    certificateMinSessions: integer('certificate_min_sessions'),
    /** Market value per participant (aid when the training is free), EUR cents. */
    valuePerParticipantCents: bigint('value_per_participant_cents', { mode: 'number' }).notNull().default(0),
    pricePerParticipantCents: bigint('price_per_participant_cents', { mode: 'number' }).notNull().default(0),
    aidBasis: text('aid_basis').notNull().default('de_minimis'),
    gberArticle: text('gber_article'),
    noAidReason: text('no_aid_reason'),
    published: boolean('published').notNull().default(false),
    /** The first session's start and the last session's end: kept by a trigger on event_sessions (migration 0015). */
    firstStartsAt: timestamp('first_starts_at', { withTimezone: true }),
    lastEndsAt: timestamp('last_ends_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('events_slug_unique').on(t.slug),
    // Covering (INCLUDE first_starts_at, slug, published, visibility, id: hand-written in migration 0015).
    index('events_listing_idx').on(t.lastEndsAt),
    index('events_title_bg_trgm').using('gin', t.titleBg.op('gin_trgm_ops')),
    index('events_title_en_trgm').using('gin', t.titleEn.op('gin_trgm_ops')),
    check('events_type', sql`${t.type} in (${sqlList(EVENT_TYPES)})`),
    check('events_visibility', sql`${t.visibility} in (${sqlList(EVENT_VISIBILITIES)})`),
    check('events_capacity', sql`${t.capacity} is null or ${t.capacity} > 0`),
    check('events_certificate_rule', sql`${t.certificateRule} in ('all', 'min')`),
    check(
      'events_money',
      sql`${t.valuePerParticipantCents} >= 0 and ${t.pricePerParticipantCents} >= 0 and ${t.pricePerParticipantCents} <= ${t.valuePerParticipantCents}`,
    ),
    check('events_aid_basis', sql`${t.aidBasis} in ('de_minimis', 'gber', 'none')`),
    check('events_hours', sql`${t.cancellationDeadlineHours} >= 0 and ${t.offerHoldHours} > 0`),
  ],
);

/** One session of an event (a day of a course, a forum's afternoon), stored as instants; shown in Europe/Sofia. */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    titleBg: text('title_bg'),
    titleEn: text('title_en'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Optional room limit of this session; the event's effective capacity is the smallest limit. */
    capacity: integer('capacity'),
    location: text('location'),
  },
  (t) => [
    index('event_sessions_event_idx').on(t.eventId, t.startsAt),
    check('event_sessions_times', sql`${t.endsAt} > ${t.startsAt}`),
    check('event_sessions_capacity', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/**
 * A registration of N seats for people of one organisation. confirmed and offered hold seats; waitlisted waits
 * in `waitlistRank` order (lower first; staff may reorder); an offer holds a seat until `offerExpiresAt`.
 * `code` is the check-in code in the QR code; `token` signs the one-click links (leave, accept, decline).
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    locale: text('locale').notNull().default('bg'),
    seats: integer('seats').notNull().default(1),
    /** Names of the people the seats are for (optional, for badges and certificates). */
    attendeeNames: text('attendee_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    answers: jsonb('answers').notNull().default({}),
    status: text('status').notNull(),
    waitlistRank: numeric('waitlist_rank', { precision: 20, scale: 6, mode: 'number' }),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    code: text('code').notNull(),
    token: text('token').notNull(),
    reason: text('reason'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_registrations_code_unique').on(t.code),
    uniqueIndex('event_registrations_token_unique').on(t.token),
    index('event_registrations_event_idx').on(t.eventId, t.status),
    index('event_registrations_waitlist_idx').on(t.eventId, t.waitlistRank),
    index('event_registrations_offer_idx').on(t.status, t.offerExpiresAt),
    index('event_registrations_user_idx').on(t.userId),
    index('event_registrations_organisation_idx').on(t.organisationId),
    check('event_registrations_status', sql`${t.status} in (${sqlList(REGISTRATION_STATUSES)})`),
    check('event_registrations_seats', sql`${t.seats} between 1 and 1000`),
    check('event_registrations_offer', sql`(${t.status} = 'offered') = (${t.offerExpiresAt} is not null)`),
  ],
);

/** A check-in of one registration at one session; the primary key refuses a duplicate. */
export const eventCheckIns = pgTable(
  'event_check_ins',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    /** How many of the registration's people came (≤ seats). */
    people: integer('people').notNull().default(1),
    /** Which of the registration's attendees came (names from `attendee_names`); null = the first `people` of them. */
    attendeeNames: text('attendee_names').array(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
    checkedInBy: text('checked_in_by').references(() => user.id, { onDelete: 'set null' }),
    /** Why staff checked this in outside the session's day (Sofia); null for a check-in on the day. */
    overrideReason: text('override_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.sessionId] }),
    check('event_check_ins_people', sql`${t.people} >= 1`),
  ],
);

/** A certificate of attendance; `code` is printed on it and opens /verify/{code}. */
export const eventCertificates = pgTable(
  'event_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    participantName: text('participant_name').notNull(),
    code: text('code').notNull(),
    sessionsAttended: integer('sessions_attended').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('event_certificates_code_unique').on(t.code),
    uniqueIndex('event_certificates_person_unique').on(t.registrationId, t.participantName),
  ],
);
