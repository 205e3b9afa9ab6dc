import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
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
import type { TOrganisationDetail } from '../../../contract/organisations';
import { user } from './auth';

/** Both names in lower case: the expression the registry search matches, and its trigram index (migration 0015). */
function searchNameOf(t: { legalNameBg: AnyColumn; legalNameEn: AnyColumn }): SQL<string> {
  return sql<string>`(lower(${t.legalNameBg} || ' ' || coalesce(${t.legalNameEn}, '')))`;
}

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    legalNameBg: text('legal_name_bg').notNull(),
    legalNameEn: text('legal_name_en'),
    type: text('type').notNull(),
    country: text('country').notNull().default('BG'),
    eik: text('eik'),
    foreignRegistrationNo: text('foreign_registration_no'),
    vat: text('vat'),
    street: text('street'),
    city: text('city'),
    postcode: text('postcode'),
    oblast: text('oblast'),
    nuts2: text('nuts2'),
    nutsVersion: text('nuts_version'),
    sector: text('sector'),
    /** DMA Module 1: an optional second sector of an enterprise (same list as `sector`). */
    secondarySector: text('secondary_sector'),
    /** DMA Module 1 for public-sector organisations: national / regional / municipal / other authority. */
    psoLevel: text('pso_level'),
    /** The EU Participant Identification Code (9 digits), when the organisation has one. */
    pic: text('pic'),
    naceCode: text('nace_code'),
    website: text('website'),
    foundationYear: integer('foundation_year'),
    isPartner: boolean('is_partner').notNull().default(false),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_eik_unique').on(t.eik),
    index('organisations_search_trgm').using('gin', sql`${searchNameOf(t)} gin_trgm_ops`),
    index('organisations_name_idx').on(t.legalNameBg, t.id),
    index('organisations_eik_prefix').on(t.eik.op('text_pattern_ops')),
    index('organisations_partner_idx')
      .on(t.legalNameBg)
      .where(sql`${t.isPartner}`),
    index('organisations_type_idx').on(t.type),
    index('organisations_nuts2_idx').on(t.nuts2),
    index('organisations_created_idx').on(t.createdAt, t.id),
    check('organisations_country_iso', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('organisations_pso_level', sql`${t.psoLevel} in ('national', 'regional', 'municipal', 'other')`),
    check('organisations_pic', sql`${t.pic} ~ '^[0-9]{9}$'`),
  ],
);

/** The registry's search text (`organisations_search_trgm` indexes exactly this expression). */
export const organisationSearchName: SQL<string> = searchNameOf(organisations);

export const organisationMembers = pgTable(
  'organisation_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_members_user_idx').on(t.userId)],
);

export const organisationContacts = pgTable(
  'organisation_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    consent: boolean('consent').notNull().default(false),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_contacts_org_idx').on(t.organisationId)],
);

export const organisationFigures = pgTable(
  'organisation_figures',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    staff: numeric('staff', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    turnover: numeric('turnover', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    balanceSheet: numeric('balance_sheet', { precision: 18, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.year] }),
    check('figures_non_negative', sql`${t.staff} >= 0 and ${t.turnover} >= 0 and ${t.balanceSheet} >= 0`),
  ],
);

export const ownershipLinks = pgTable(
  'ownership_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    ownedId: uuid('owned_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    capitalShare: numeric('capital_share', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    votingShare: numeric('voting_share', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    boardControl: boolean('board_control').notNull().default(false),
    dominantInfluence: boolean('dominant_influence').notNull().default(false),
    votingAgreement: boolean('voting_agreement').notNull().default(false),
    /**
     * `active` links shape the SME category and the single undertaking; a `pending` link waits for the consent of
     * the other side (a caller who may not manage both organisations asked for it) and counts nowhere.
     */
    status: text('status').notNull().default('active'),
    requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
    /** Which side of the link asked for it (`owner` or `owned`): the other side confirms. Null for direct links. */
    requestedSide: text('requested_side'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One active link and at most one pending proposal per pair (a proposal may change an active link).
    uniqueIndex('ownership_links_pair').on(t.ownerId, t.ownedId, t.status),
    index('ownership_links_owned_idx').on(t.ownedId),
    check('ownership_not_self', sql`${t.ownerId} <> ${t.ownedId}`),
    check('ownership_shares_range', sql`${t.capitalShare} between 0 and 100 and ${t.votingShare} between 0 and 100`),
    check('ownership_status', sql`${t.status} in ('active', 'pending')`),
    check('ownership_requested_side', sql`${t.requestedSide} in ('owner', 'owned')`),
    check('ownership_pending_side', sql`${t.status} <> 'pending' or ${t.requestedSide} is not null`),
  ],
);

/**
 * The SME category and single undertaking of an organisation as the organisation page shows them, computed from the
 * figures, types and active ownership links of its whole ownership group by every command that changes one of those,
 * in the same transaction (organisations' `commands/refresh-sme.ts`). No row, or an older `rulesVersion`, means not
 * computed yet: the page computes it on first read.
 */
export const organisationSme = pgTable('organisation_sme', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** `SME_RULES_VERSION` of the rules that computed it. */
  rulesVersion: integer('rules_version').notNull(),
  assessment: jsonb('assessment').$type<TOrganisationDetail['sme']>().notNull(),
  /** The ids of its single undertaking, itself included, sorted. */
  singleUndertaking: uuid('single_undertaking').array().notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The hub's extract of the public registers (Commercial Register / BULSTAT): EIKs of real legal entities. A customer
 * registering an organisation under one of these EIKs only claims it; staff confirm the claim before the membership
 * takes effect. Loaded by an import (the demo seed adds a few entries); not every valid EIK is in it.
 */
export const publicRegisterEntries = pgTable('public_register_entries', {
  eik: text('eik').primaryKey(),
  nameBg: text('name_bg').notNull(),
  source: text('source').notNull().default('commercial_register'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A customer's claim to own an organisation registered under a public-register EIK; staff confirm or reject it. */
export const organisationClaims = pgTable(
  'organisation_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Set null when a rejected claim's organisation is removed (its EIK becomes free again). */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    eik: text('eik').notNull(),
    legalNameBg: text('legal_name_bg').notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisation_claims_status_idx').on(t.status, t.createdAt),
    index('organisation_claims_user_idx').on(t.userId),
    check('organisation_claims_status', sql`${t.status} in ('pending', 'confirmed', 'rejected')`),
  ],
);
