import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sqlList } from './sql-list';
import { user } from './auth';
import { organisations } from './organisations';
import { serviceRequests } from './requests';
import { services } from './services';
import { AID_BASES } from '../../../contract/aid/enums';

/**
 * Aid granted by the hub (state-aid.md): one row per grant, dated on the day the customer got the legal right
 * (the request's acceptance). De minimis rows count against the single undertaking's ceiling; GBER and
 * no-aid rows are recorded with their article or reason and never counted.
 */
export const aidGrants = pgTable(
  'aid_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    requestId: uuid('request_id').references(() => serviceRequests.id, { onDelete: 'restrict' }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    grantDate: date('grant_date', { mode: 'string' }).notNull(),
    basis: text('basis').notNull(),
    gberArticle: text('gber_article'),
    noAidReason: text('no_aid_reason'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when the right to the aid lapses before anything was delivered (the request was cancelled after
     * acceptance). A revoked grant is kept for the record but never counts and is never exported.
     */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by').references(() => user.id, { onDelete: 'set null' }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    uniqueIndex('aid_grants_request_unique').on(t.requestId),
    index('aid_grants_organisation_idx').on(t.organisationId, t.grantDate),
    index('aid_grants_ledger_idx').on(t.grantDate, t.createdAt, t.id),
    check('aid_grants_amount', sql`${t.amountCents} >= 0`),
    check('aid_grants_basis', sql`${t.basis} in (${sqlList(AID_BASES)})`),
  ],
);

/**
 * The ledger's totals per grant day and basis, kept by a trigger on aid_grants (migration 0015) on every write:
 * `grants` counts every grant (revoked ones too, as the ledger lists them), `cents` adds the amounts not revoked. The
 * ledger's per-basis totals of a period add up these days instead of reading every grant.
 */
export const aidGrantTotals = pgTable(
  'aid_grant_totals',
  {
    grantDate: date('grant_date', { mode: 'string' }).notNull(),
    basis: text('basis').notNull(),
    grants: integer('grants').notNull(),
    cents: bigint('cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ name: 'aid_grant_totals_pk', columns: [t.grantDate, t.basis] })],
);

/**
 * The customer's signed declaration of the de minimis aid it received from other grantors in the past three
 * years. The latest declaration of an organisation is the one in force; each item counts toward the ceiling
 * on its own grant date. The text the customer signed is kept as signed.
 */
export const deMinimisDeclarations = pgTable(
  'de_minimis_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** [{ grantor, amountCents, grantDate 'YYYY-MM-DD', regulation: '2023/2831' | '1407/2013' | other text }] */
    items: jsonb('items').notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    statement: text('statement').notNull(),
    locale: text('locale').notNull(),
    signerName: text('signer_name').notNull(),
    signedBy: text('signed_by').references(() => user.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('de_minimis_declarations_org_idx').on(t.organisationId, t.signedAt),
    check('de_minimis_declarations_total', sql`${t.totalCents} >= 0`),
  ],
);
