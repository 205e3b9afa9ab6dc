/** Enums and limits shared by the server and the web app. */

export const ROLES = ['admin', 'staff', 'expert', 'member'] as const;
export type TRole = (typeof ROLES)[number];

export const ORGANISATION_TYPES = [
  'sme',
  'small_mid_cap',
  'large_enterprise',
  'pso',
  'start_up',
  'research_education',
  'ngo',
  'other',
] as const;
export type TOrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Organisation types that are enterprises (sector from the DMA list; SME category applies). */
export const ENTERPRISE_TYPES: readonly TOrganisationType[] = ['sme', 'small_mid_cap', 'large_enterprise', 'start_up'];

export const SME_CATEGORIES = ['micro', 'small', 'medium', 'small_mid_cap', 'large'] as const;
export type TSmeCategory = (typeof SME_CATEGORIES)[number];

export const ENTERPRISE_STATUSES = ['autonomous', 'partner', 'linked'] as const;
export type TEnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export const MEMBERSHIP_ROLES = ['owner', 'member'] as const;
export type TMembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const LOCALES = ['bg', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'bg';

export const LIMITS = {
  pageSizeDefault: 20,
  pageSizeMax: 100,
  nameMax: 300,
  textMax: 2000,
  passwordMin: 10,
  passwordMax: 128,
  searchMax: 100,
  /**
   * Large lists count their matches up to this many: beyond it a page says `totalCapped` (the UI shows "more than
   * 1 000") and pages stop there (ask a narrower search). Counting every match of a common word over 100 000
   * organisations would cost more than the page itself.
   */
  totalCap: 1000,
} as const;

/** One page of a paginated list (the server's `paginated(…)` responses). */
export interface TPage<T> {
  items: T[];
  total: number;
  /** True when there are more than `total` (= LIMITS.totalCap) matches. */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}
