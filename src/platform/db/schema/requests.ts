import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisations } from './organisations';
import { services } from './services';
import { events } from './events';
import { REQUEST_STATES } from '../../../domain/services/request-state-machine';
import { AID_BASES } from '../../../domain/state-aid/aid';
import { sqlList } from './sql-list';
import { DELIVERY_CATEGORIES } from '../../../contract/requests/enums';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * A customer's request for a catalogue service, from submission to closure (the state machine is
 * src/domain/services/request-state-machine.ts). `grantDate` is the Sofia calendar day of acceptance: the day
 * the customer gets the legal right to the service, which dates the aid.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** A short human reference, for e-mails and the phone. */
    ref: bigserial('ref', { mode: 'number' }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'restrict' }),
    requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
    /** Staff filed it on the customer's behalf. */
    onBehalf: boolean('on_behalf').notNull().default(false),
    need: text('need').notNull(),
    /** Days or hours for services valued per day/hour (1 for fixed-value services). */
    quantity: numeric('quantity', { precision: 10, scale: 3, mode: 'number' }).notNull().default(1),
    status: text('status').notNull().default('submitted'),
    expertId: text('expert_id').references(() => user.id, { onDelete: 'set null' }),
    /** The delivering partner the assigned expert acts for. */
    partnerId: uuid('partner_id').references(() => organisations.id, { onDelete: 'set null' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    grantDate: date('grant_date', { mode: 'string' }),
    /** The reason of the latest rejection or cancellation. */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_requests_ref_unique').on(t.ref),
    index('service_requests_status_idx').on(t.status, t.updatedAt),
    index('service_requests_board_idx').on(t.status, t.createdAt, t.ref),
    index('service_requests_created_idx').on(t.createdAt, t.ref),
    index('service_requests_organisation_idx').on(t.organisationId, t.createdAt),
    index('service_requests_service_idx').on(t.serviceId),
    index('service_requests_expert_idx').on(t.expertId),
    check('service_requests_status', sql`${t.status} in (${sqlList(REQUEST_STATES)})`),
    check('service_requests_quantity', sql`${t.quantity} > 0`),
  ],
);

/** The request's timeline: creation, every transition, comment, attachment, delivery and feedback. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    action: text('action'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    body: text('body'),
    attachmentId: uuid('attachment_id'),
  },
  (t) => [
    index('request_events_request_idx').on(t.requestId, t.at),
    check(
      'request_events_kind',
      sql`${t.kind} in ('created', 'transition', 'comment', 'attachment', 'delivery', 'feedback')`,
    ),
  ],
);

/** Files attached to a request, kept in the database so every app process serves them (limits in the module). */
export const requestAttachments = pgTable(
  'request_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('request_attachments_request_idx').on(t.requestId),
    check('request_attachments_size', sql`${t.sizeBytes} between 1 and 10485760`),
  ],
);

/**
 * A delivered service as the Commission records it (dta-exports.md). One per request; requestId is null for
 * deliveries that come from elsewhere (training attendance, facility bookings).
 */
export const serviceDeliveries = pgTable(
  'service_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').references(() => serviceRequests.id, { onDelete: 'restrict' }),
    /** The training whose attendance this delivery records (one per event and organisation). */
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'restrict' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'restrict' }),
    category: text('category').notNull(),
    description: text('description').notNull(),
    technology: text('technology').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    attendees: integer('attendees').notNull().default(0),
    valueCents: bigint('value_cents', { mode: 'number' }).notNull(),
    pricePaidCents: bigint('price_paid_cents', { mode: 'number' }).notNull(),
    aidBasis: text('aid_basis').notNull(),
    gberArticle: text('gber_article'),
    noAidReason: text('no_aid_reason'),
    aidCents: bigint('aid_cents', { mode: 'number' }).notNull(),
    /** The part of the aid reported as national/regional public money (the Commission's last column). */
    nationalShareCents: bigint('national_share_cents', { mode: 'number' }).notNull(),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_deliveries_request_unique').on(t.requestId),
    uniqueIndex('service_deliveries_event_unique').on(t.eventId, t.organisationId),
    index('service_deliveries_organisation_idx').on(t.organisationId, t.endDate),
    index('service_deliveries_period_idx').on(t.endDate),
    check('service_deliveries_category', sql`${t.category} in (${sqlList(DELIVERY_CATEGORIES)})`),
    check('service_deliveries_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('service_deliveries_attendees', sql`${t.attendees} >= 0`),
    check(
      'service_deliveries_money',
      sql`${t.valueCents} >= 0 and ${t.pricePaidCents} >= 0 and ${t.aidCents} >= 0 and ${t.nationalShareCents} >= 0`,
    ),
    check('service_deliveries_aid_basis', sql`${t.aidBasis} in (${sqlList(AID_BASES)})`),
  ],
);

/** The customer's rating of a delivered service. */
export const serviceFeedback = pgTable(
  'service_feedback',
  {
    requestId: uuid('request_id')
      .primaryKey()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    givenBy: text('given_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('service_feedback_rating', sql`${t.rating} between 1 and 5`)],
);
