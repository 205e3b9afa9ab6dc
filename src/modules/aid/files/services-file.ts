/**
 * The Commission's "EDIH services" file (shared/design/dta-exports.md): one row per delivered service, the
 * columns exactly as the reporting platform names them — including the double space of `Customer  region`.
 */
import { staffBand } from '../../../domain/dma/module1';
import { findOblast } from '../../../domain/regions';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import { centsToDecimal } from '../../../domain/state-aid/money';
import type { TOrganisationType } from '../../../contract/common';
import type { TColumn } from './table-file';

export const SERVICES_SHEET = 'EDIH services';

export interface TServicesFileRow {
  contentId: string;
  customer: string;
  organisationType: string;
  nuts2: string | null;
  city: string | null;
  /** NUTS 3 code of the oblast. */
  oblast: string | null;
  /** Staff (annual work units) of the latest yearly figures. */
  staff: number | null;
  category: string;
  description: string;
  technology: string;
  valueCents: number;
  pricePaidCents: number;
  attendees: number;
  closed: boolean;
  startDate: string;
  endDate: string;
  aidBasis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  aidCents: number;
  nationalShareCents: number;
}

const CATEGORY: Record<string, string> = {
  test_before_invest: 'Test before invest',
  training_skills: 'Training and skills development',
  investment_support: 'Support to find investments',
  ecosystem_networking: 'Ecosystem building, scouting, brokerage and networking',
};

const STAFF_SIZE = { micro: '1-9', small: '10-49', medium: '50-249', large: '250+' } as const;

/**
 * The `Customer type` of each registry type (dta-exports.md: SME / PSO, small mid-caps as their own type where the
 * platform allows it). The Digital Europe Programme serves SMEs, small mid-caps and PSOs, so those keep their names;
 * a start-up is reported as the SME it is. A customer outside them is never passed off as an SME: a large enterprise
 * is "Large enterprise", and research and education organisations, NGOs and others are "Other" with their registry
 * type, so the hub can see them and decide with the platform how to report them.
 */
const CUSTOMER_TYPE: Record<TOrganisationType, string> = {
  sme: 'SME',
  start_up: 'SME',
  small_mid_cap: 'Small mid-cap',
  pso: 'PSO',
  large_enterprise: 'Large enterprise',
  research_education: 'Other (research/education)',
  ngo: 'Other (NGO)',
  other: 'Other',
};

export function customerType(organisationType: string): string {
  return CUSTOMER_TYPE[organisationType as TOrganisationType] ?? 'Other';
}

/** The platform's staff bands, on the numeric (enterprise) bands whatever the customer type. */
export function staffSize(staff: number | null): string {
  const band = staffBand('sme', staff);
  return band ? STAFF_SIZE[band] : '';
}

export function location(city: string | null, oblast: string | null): string {
  const oblastName = oblast ? (findOblast(oblast)?.nameEn ?? oblast) : null;
  return [city, oblastName].filter(Boolean).join(', ');
}

/** E.g. "De minimis (Reg. 2023/2831): aid EUR 1200.00, price paid EUR 0.00", "GBER Art. 28: aid EUR …", "No aid: <reason>". */
export function stateAidInformation(
  r: Pick<TServicesFileRow, 'aidBasis' | 'gberArticle' | 'noAidReason' | 'aidCents' | 'pricePaidCents'>,
): string {
  const amounts = `aid EUR ${centsToDecimal(r.aidCents)}, price paid EUR ${centsToDecimal(r.pricePaidCents)}`;
  switch (r.aidBasis) {
    case 'de_minimis':
      return `De minimis (Reg. 2023/2831): ${amounts}`;
    case 'de_minimis_1407':
      return `De minimis (Reg. 1407/2013): ${amounts}`;
    case 'gber':
      return `GBER${r.gberArticle ? ` ${r.gberArticle}` : ''}: ${amounts}`;
    case 'none':
      return `No aid: ${r.noAidReason ?? ''}`.trim();
  }
}

export const SERVICES_COLUMNS: readonly TColumn<TServicesFileRow>[] = [
  { header: 'Content ID', kind: 'text', value: (r) => r.contentId, width: 38 },
  { header: 'Customer', kind: 'text', value: (r) => r.customer, width: 40 },
  { header: 'Customer type', kind: 'text', value: (r) => customerType(r.organisationType) },
  { header: 'Customer  region', kind: 'text', value: (r) => r.nuts2 },
  { header: 'Customer staff size', kind: 'text', value: (r) => staffSize(r.staff) },
  { header: 'Location', kind: 'text', value: (r) => location(r.city, r.oblast), width: 30 },
  { header: 'Service category delivered', kind: 'text', value: (r) => CATEGORY[r.category] ?? r.category, width: 40 },
  { header: 'Short description of the service', kind: 'text', value: (r) => r.description, width: 50 },
  { header: 'Technology type used', kind: 'text', value: (r) => r.technology, width: 24 },
  { header: 'Service price, €', kind: 'money', value: (r) => r.valueCents },
  { header: 'Number of attendees', kind: 'integer', value: (r) => r.attendees },
  { header: 'Status', kind: 'text', value: (r) => (r.closed ? 'Closed' : 'Delivered') },
  { header: 'Dates', kind: 'text', value: (r) => `${r.startDate} / ${r.endDate}`, width: 26 },
  { header: 'Specific information on State Aid', kind: 'text', value: stateAidInformation, width: 50 },
  {
    header: 'Amount of the service price to be reported as Aid of national or regional public nature, €',
    kind: 'money',
    value: (r) => r.nationalShareCents,
    width: 30,
  },
];
