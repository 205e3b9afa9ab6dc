import { bigint, bigserial, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every staff/admin change: who, when, what, before and after. Written in the command's transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

/** Outgoing e-mail. Always written here first; a job sends it when SMTP is configured. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** [{ filename, contentType, contentBase64 }] — e.g. an .ics invitation. */
    attachments: jsonb('attachments'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_status_idx').on(t.status, t.createdAt)],
);

/** The hub's own profile: one row. */
export const hubSettings = pgTable('hub_settings', {
  id: integer('id').primaryKey().default(1),
  nameBg: text('name_bg').notNull(),
  nameEn: text('name_en').notNull(),
  city: text('city'),
  nuts2: text('nuts2'),
  descriptionBg: text('description_bg'),
  descriptionEn: text('description_en'),
  email: text('email'),
  website: text('website'),
  /** The de minimis ceiling per single undertaking over three years (Regulation 2023/2831: EUR 300 000). */
  deMinimisCeilingCents: bigint('de_minimis_ceiling_cents', { mode: 'number' }).notNull().default(30_000_000),
  /** The share of aid reported as national/regional public money (the EU share of Digital Europe is not). */
  nationalSharePercent: numeric('national_share_percent', { precision: 7, scale: 4, mode: 'number' })
    .notNull()
    .default(50),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The job queue (platform/jobs/queue.ts): every piece of background work, claimed with FOR UPDATE SKIP LOCKED. */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    queue: text('queue').notNull(),
    payload: jsonb('payload').notNull().default({}),
    state: text('state').notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    singletonKey: text('singleton_key'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_queue_state_idx').on(t.queue, t.state, t.createdAt)],
);
