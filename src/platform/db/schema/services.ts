import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
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
import { ORGANISATION_TYPES } from '../../../contract/common';
import { AID_BASES, SERVICE_FAMILIES, TECHNOLOGY_AREAS, VALUE_UNITS } from '../../../contract/services/enums';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The hub's service catalogue. Requests, deliveries and the aid ledger refer to a service by `id`
 * (the slug may change). Money is in euro cents; the price is in the same unit as the market value.
 * Empty target lists (customer types, sectors) mean the service is open to all.
 */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    /** Slugs the service had before: old links still resolve (and redirect to the current slug). */
    previousSlugs: text('previous_slugs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    family: text('family').notNull(),
    titleBg: text('title_bg').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionBg: text('description_bg').notNull(),
    descriptionEn: text('description_en').notNull(),
    technologies: text('technologies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    customerTypes: text('customer_types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sectors: text('sectors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    marketValueCents: bigint('market_value_cents', { mode: 'number' }).notNull(),
    valueUnit: text('value_unit').notNull(),
    priceCents: bigint('price_cents', { mode: 'number' }).notNull().default(0),
    aidBasis: text('aid_basis').notNull(),
    /** The GBER article the aid rests on (e.g. "Art. 28"), when aidBasis = gber. */
    gberArticle: text('gber_article'),
    /** Why the service is no aid (e.g. no economic advantage), when aidBasis = none. */
    noAidReason: text('no_aid_reason'),
    published: boolean('published').notNull().default(false),
    /** Both languages' titles and descriptions in lower case: what the catalogue search matches (trigram). */
    searchText: text('search_text').generatedAlwaysAs(
      (): SQL =>
        sql`lower(${services.titleBg} || ' ' || ${services.titleEn} || ' ' || ${services.descriptionBg} || ' ' || ${services.descriptionEn})`,
    ),
    /** The same as a weighted document (titles A, descriptions B): what ranks the matches. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple'::regconfig, ${services.titleBg} || ' ' || ${services.titleEn}), 'A') || setweight(to_tsvector('simple'::regconfig, ${services.descriptionBg} || ' ' || ${services.descriptionEn}), 'B')`,
    ),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('services_slug_unique').on(t.slug),
    index('services_search_trgm').using('gin', t.searchText.op('gin_trgm_ops')),
    index('services_technologies_idx').using('gin', t.technologies),
    index('services_published_family_idx').on(t.published, t.family),
    check('services_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('services_family', sql`${t.family} in (${sqlList(SERVICE_FAMILIES)})`),
    check('services_technologies', sql`${t.technologies} <@ array[${sqlList(TECHNOLOGY_AREAS)}]::text[]`),
    check('services_customer_types', sql`${t.customerTypes} <@ array[${sqlList(ORGANISATION_TYPES)}]::text[]`),
    check('services_value_unit', sql`${t.valueUnit} in (${sqlList(VALUE_UNITS)})`),
    check('services_money_non_negative', sql`${t.marketValueCents} >= 0 and ${t.priceCents} >= 0`),
    check('services_price_within_value', sql`${t.priceCents} <= ${t.marketValueCents}`),
    check('services_aid_basis', sql`${t.aidBasis} in (${sqlList(AID_BASES)})`),
    check('services_gber_article', sql`(${t.aidBasis} = 'gber') = (${t.gberArticle} is not null)`),
    check('services_no_aid_reason', sql`(${t.aidBasis} = 'none') = (${t.noAidReason} is not null)`),
  ],
);

/** The consortium partners that deliver a service (organisations with isPartner, checked by the command). */
export const servicePartners = pgTable(
  'service_partners',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.organisationId] }),
    index('service_partners_organisation_idx').on(t.organisationId),
  ],
);
