/** Small builders for the SME tests: figures in EUR millions, enterprises, links, one assessment. */
import type { TOrganisationType } from '../../contract/common';
import { computeSmeCategory, type TEnterpriseInput, type TSmeAssessment } from './category';
import type { TYearFigures } from './figures';
import type { TOwnershipLink } from './links';

export const M = 1_000_000;

/** Figures for one year; amounts in EUR millions for readability. */
export function fig(year: number, staff: number, turnoverM: number, balanceM: number): TYearFigures {
  return { year, staff, turnover: turnoverM * M, balanceSheet: balanceM * M };
}

export function ent(id: string, figures: TYearFigures[] = [], type?: TOrganisationType): TEnterpriseInput {
  return type ? { id, type, figures } : { id, figures };
}

export function link(
  ownerId: string,
  ownedId: string,
  capitalShare: number,
  votingShare = capitalShare,
  extra = {},
): TOwnershipLink {
  return { ownerId, ownedId, capitalShare, votingShare, ...extra };
}

export function assess(
  enterprises: TEnterpriseInput[],
  links: TOwnershipLink[] = [],
  enterpriseId = 'E',
): TSmeAssessment {
  return computeSmeCategory({ enterpriseId, enterprises, links });
}

export function codes(a: TSmeAssessment): string[] {
  return a.reasons.map((r) => r.code);
}
