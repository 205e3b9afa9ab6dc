import { computeSmeCategory, type TSmeAssessment } from './category';
import type { TYearFigures } from './figures';

/** One enterprise the self-assessing enterprise holds shares in, or is held by. */
export interface TSelfCheckLink {
  relation: 'owns' | 'owned_by';
  name?: string;
  capitalShare: number;
  votingShare: number;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
  isPublicBody: boolean;
  figures: TYearFigures[];
}

const SELF = 'self';
const linkId = (i: number) => `link-${i}`;

/**
 * The Commission's SME self-assessment for an enterprise that is not in the registry: its own
 * figures and its direct links are turned into an ownership graph; reasons name the links as given.
 */
export function assessSelfDeclaredEnterprise(
  figures: TYearFigures[],
  links: readonly TSelfCheckLink[],
): TSmeAssessment {
  const result = computeSmeCategory({
    enterpriseId: SELF,
    enterprises: [
      { id: SELF, figures },
      ...links.map((l, i) => ({
        id: linkId(i),
        type: l.isPublicBody ? ('pso' as const) : undefined,
        figures: l.figures,
      })),
    ],
    links: links.map((l, i) => ({
      ownerId: l.relation === 'owns' ? SELF : linkId(i),
      ownedId: l.relation === 'owns' ? linkId(i) : SELF,
      capitalShare: l.capitalShare,
      votingShare: l.votingShare,
      boardControl: l.boardControl,
      dominantInfluence: l.dominantInfluence,
      votingAgreement: l.votingAgreement,
    })),
  });
  const names = new Map(links.map((l, i) => [linkId(i), l.name ?? `#${i + 1}`]));
  const rename = (v: string | number) => (typeof v === 'string' && names.has(v) ? names.get(v)! : v);
  return {
    ...result,
    reasons: result.reasons.map((r) => ({
      ...r,
      params: Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, rename(v)])),
    })),
  };
}
