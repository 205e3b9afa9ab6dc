import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisations } from './organisations';
import { events } from './events';
import { sqlList } from './sql-list';
import { BOOKING_STATUSES, RESOURCE_KINDS } from '../../../contract/facilities/enums';

/** PostgreSQL tstzrange as '[start,end)' text; the exclusion constraint works on it. */
const tstzrange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzrange' });

/**
 * A bookable facility. capacity 1 = single-seat (no overlap at all, by an exclusion constraint);
 * capacity N = shared desks (overlapping bookings never hold more than N seats, checked under a row lock).
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    kind: text('kind').notNull(),
    titleBg: text('title_bg').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionBg: text('description_bg').notNull(),
    descriptionEn: text('description_en').notNull(),
    location: text('location'),
    ownerId: uuid('owner_id').references(() => organisations.id, { onDelete: 'set null' }),
    capacity: integer('capacity').notNull().default(1),
    /** A training (event) the person must have attended (checked in) before booking. */
    prerequisiteEventId: uuid('prerequisite_event_id').references(() => events.id, { onDelete: 'set null' }),
    /** The organisation must have a signed NDA with the owner on file. */
    ndaRequired: boolean('nda_required').notNull().default(false),
    approvalRequired: boolean('approval_required').notNull().default(false),
    valuePerHourCents: bigint('value_per_hour_cents', { mode: 'number' }).notNull().default(0),
    pricePerHourCents: bigint('price_per_hour_cents', { mode: 'number' }).notNull().default(0),
    aidBasis: text('aid_basis').notNull().default('de_minimis'),
    gberArticle: text('gber_article'),
    noAidReason: text('no_aid_reason'),
    minBookingMinutes: integer('min_booking_minutes').notNull().default(30),
    maxBookingMinutes: integer('max_booking_minutes').notNull().default(480),
    /** Bookings can be cancelled by the booker until this many hours before the start. */
    cancellationHours: integer('cancellation_hours').notNull().default(24),
    published: boolean('published').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resources_slug_unique').on(t.slug),
    check('resources_kind', sql`${t.kind} in (${sqlList(RESOURCE_KINDS)})`),
    check('resources_capacity', sql`${t.capacity} between 1 and 1000`),
    check(
      'resources_money',
      sql`${t.valuePerHourCents} >= 0 and ${t.pricePerHourCents} >= 0 and ${t.pricePerHourCents} <= ${t.valuePerHourCents}`,
    ),
    check('resources_aid_basis', sql`${t.aidBasis} in ('de_minimis', 'gber', 'none')`),
    check(
      'resources_booking_minutes',
      sql`${t.minBookingMinutes} > 0 and ${t.maxBookingMinutes} >= ${t.minBookingMinutes}`,
    ),
  ],
);

/**
 * Opening hours drawn by recurrence: an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR) with a wall-clock
 * window in Europe/Sofia ("09:00"–"17:00"), valid from/until calendar dates.
 */
export const availabilityRules = pgTable(
  'availability_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    rrule: text('rrule').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    note: text('note'),
  },
  (t) => [
    index('availability_rules_resource_idx').on(t.resourceId),
    check(
      'availability_rules_times',
      sql`${t.startTime} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.endTime} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.endTime} > ${t.startTime}`,
    ),
  ],
);

/** Closures (holidays, maintenance) and extra openings that override the rules for a time range. */
export const availabilityExceptions = pgTable(
  'availability_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('availability_exceptions_resource_idx').on(t.resourceId, t.startsAt),
    check('availability_exceptions_kind', sql`${t.kind} in ('closed', 'open')`),
    check('availability_exceptions_times', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** An NDA an organisation has signed with a resource owner (recorded by staff). */
export const organisationNdas = pgTable(
  'organisation_ndas',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.ownerId] })],
);

/**
 * A booking of a resource for a time range. `exclusive` copies "the resource has one seat" onto the row so the
 * exclusion constraint (hand-written in the migration: no two active exclusive bookings of one resource overlap)
 * can see it. Active = pending or confirmed.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    period: tstzrange('period').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    seats: integer('seats').notNull().default(1),
    exclusive: boolean('exclusive').notNull(),
    status: text('status').notNull(),
    purpose: text('purpose'),
    reason: text('reason'),
    /** The delivery this booking was recorded as ("test before invest"), once staff record it. */
    deliveryId: uuid('delivery_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_resource_idx').on(t.resourceId, t.startsAt),
    index('bookings_organisation_idx').on(t.organisationId, t.startsAt),
    check('bookings_status', sql`${t.status} in (${sqlList(BOOKING_STATUSES)})`),
    check('bookings_times', sql`${t.endsAt} > ${t.startsAt}`),
    check('bookings_seats', sql`${t.seats} >= 1`),
    check('bookings_period_matches', sql`${t.period} = tstzrange(${t.startsAt}, ${t.endsAt}, '[)')`),
  ],
);
