import type { organisations } from '../../platform/db/schema';
import type { TOrganisationSummary } from '../../contract/organisations';

type TOrganisationRow = typeof organisations.$inferSelect;

/** The list shape of an organisation: never the raw row. */
export function presentOrganisationSummary(
  row: Pick<TOrganisationRow, keyof Omit<TOrganisationSummary, 'createdAt'>> & { createdAt: Date },
): TOrganisationSummary {
  return {
    id: row.id,
    legalNameBg: row.legalNameBg,
    legalNameEn: row.legalNameEn,
    type: row.type as TOrganisationSummary['type'],
    country: row.country,
    eik: row.eik,
    city: row.city,
    oblast: row.oblast,
    nuts2: row.nuts2,
    sector: row.sector,
    isPartner: row.isPartner,
    createdAt: row.createdAt.toISOString(),
  };
}
