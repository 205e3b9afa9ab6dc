/** Enums and limits of the service catalogue, shared by the server (schema, API) and the web app. */

/** The four service families every EDIH offers (Digital Europe Programme); order = display order. */
export const SERVICE_FAMILIES = [
  'test_before_invest',
  'skills_training',
  'investment_support',
  'ecosystem_networking',
] as const;
export type TServiceFamily = (typeof SERVICE_FAMILIES)[number];

/** Technology areas, close to the Digital Europe capacities the Commission reports on. */
export const TECHNOLOGY_AREAS = [
  'ai',
  'hpc',
  'cybersecurity',
  'data_cloud',
  'iot',
  'robotics',
  'blockchain',
  'ar_vr',
  'green_tech',
  'other',
] as const;
export type TTechnologyArea = (typeof TECHNOLOGY_AREAS)[number];

/** What the market value is quoted for: the whole service, one day, or one hour. */
export const VALUE_UNITS = ['fixed', 'per_day', 'per_hour'] as const;
export type TValueUnit = (typeof VALUE_UNITS)[number];

/** The state-aid legal basis of a service (state-aid.md): de minimis, a GBER article, or no aid. */
export const AID_BASES = ['de_minimis', 'gber', 'none'] as const;
export type TAidBasis = (typeof AID_BASES)[number];

export const SERVICE_LIMITS = {
  titleMax: 200,
  descriptionMax: 5000,
  slugMax: 80,
  gberArticleMax: 100,
  noAidReasonMax: 500,
  partnersMax: 20,
  /** EUR 10 million in cents: far above any single hub service, low enough to catch a typo. */
  moneyMaxCents: 1_000_000_000,
  pageSizeDefault: 12,
} as const;

/** A slug: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
