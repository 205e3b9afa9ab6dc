/**
 * EU SME category of an enterprise (Commission Recommendation 2003/361/EC, small mid-caps per Recommendation (EU)
 * 2025/1099) from its own, partner and linked enterprises' figures. Pure; reasons are machine codes with parameters
 * that the UI translates.
 */
import type { TEnterpriseStatus, TOrganisationType, TSmeCategory } from '../../contract/common';
import { categoryForFigures, figuresByYear, round, SME_ONLY, type TYearFigures } from './figures';
import { controlClosure, dedupeLinks, type TOwnershipLink } from './links';
import { findPartners } from './partners';
import type { TSmeReason } from './reasons';
import { applyTwoYearRule, ceilingReasons } from './two-year-rule';

/**
 * The version of what these rules answer. Results stored under another version are recomputed (the organisation page
 * on first read, a start-up job for the rest), so bump it whenever computeSmeCategory or computeSingleUndertaking
 * answers differently for the same input.
 */
export const SME_RULES_VERSION = 1;

export interface TEnterpriseInput {
  id: string;
  type?: TOrganisationType;
  figures: TYearFigures[];
}

/** Combined public-body holding (percent) from which an enterprise is not an SME. */
export const PUBLIC_BODY_THRESHOLD = 25;

export interface TSmeAssessment {
  /** Effective category after the two-year rule; null when the enterprise has no figures. */
  category: TSmeCategory | null;
  isSme: boolean;
  status: TEnterpriseStatus;
  publicBodyExcluded: boolean;
  /** Sum of the direct holdings of public bodies (max of capital/voting per holder), percent. */
  publicBodyShare: number;
  /** Per year: own figures + partners pro rata + linked enterprises at 100 %. */
  aggregated: TYearFigures[];
  /** Years the effective category rests on (two consecutive years, or one when that is all there is). */
  restsOnYears: number[];
  perYear: { year: number; category: TSmeCategory }[];
  partners: { id: string; share: number }[];
  /** Linked enterprises (excluding the enterprise itself), sorted. */
  linked: string[];
  reasons: TSmeReason[];
}

export interface TSmeInput {
  enterpriseId: string;
  enterprises: TEnterpriseInput[];
  links: TOwnershipLink[];
}

/** SME category of an enterprise from its own, partner and linked enterprises' figures and its ownership links. */
export function computeSmeCategory(input: TSmeInput): TSmeAssessment {
  const { enterpriseId } = input;
  const links = dedupeLinks(input.links);
  const enterprises = new Map(input.enterprises.map((e) => [e.id, e]));
  const reasons: TSmeReason[] = [];

  // Linked group: everything reachable through control, in either direction.
  const groupVia = controlClosure(enterpriseId, links);
  const group = new Set(groupVia.keys());
  const linked = [...group].filter((id) => id !== enterpriseId).sort();
  for (const id of linked)
    reasons.push({ code: 'linked_added', params: { id, via: groupVia.get(id) ?? enterpriseId } });

  const partners = findPartners(group, links);
  for (const p of partners) reasons.push({ code: 'partner_added', params: { id: p.id, share: p.share, via: p.via } });

  // What each partner brings in: itself and its linked enterprises (Art. 6(3) of the Annex), pro rata.
  // Partners linked to each other form one group, counted once at the largest partner share, so the
  // same figures are never added twice.
  const partnerContributions: { id: string; factor: number }[] = [];
  const counted = new Set<string>();
  const byShareDesc = [...partners].sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
  for (const p of byShareDesc) {
    for (const id of [p.id, ...p.linked]) {
      if (counted.has(id)) continue;
      counted.add(id);
      partnerContributions.push({ id, factor: p.share / 100 });
      if (id !== p.id) reasons.push({ code: 'partner_linked_added', params: { id, partnerId: p.id, share: p.share } });
    }
  }

  const status: TEnterpriseStatus = linked.length > 0 ? 'linked' : partners.length > 0 ? 'partner' : 'autonomous';

  // Public bodies: direct holdings in the enterprise, each counted at the larger of capital/voting.
  let publicBodyShare = 0;
  for (const l of links) {
    if (l.ownedId !== enterpriseId) continue;
    if (enterprises.get(l.ownerId)?.type !== 'pso') continue;
    publicBodyShare += Math.max(l.capitalShare, l.votingShare);
  }
  publicBodyShare = round(Math.min(publicBodyShare, 100), 6);
  const publicBodyExcluded = publicBodyShare >= PUBLIC_BODY_THRESHOLD;
  if (publicBodyExcluded) reasons.push({ code: 'public_body_25', params: { share: publicBodyShare } });

  const own = figuresByYear(enterprises.get(enterpriseId)?.figures);
  const base = {
    status,
    publicBodyExcluded,
    publicBodyShare,
    partners: partners.map((p) => ({ id: p.id, share: p.share })),
    linked,
  };
  if (own.length === 0) {
    reasons.push({ code: 'no_figures', params: { id: enterpriseId } });
    return { ...base, category: null, isSme: false, aggregated: [], restsOnYears: [], perYear: [], reasons };
  }

  const sortedFigures = new Map<string, TYearFigures[]>();
  const figuresFor = (id: string, year: number): TYearFigures | null => {
    let list = sortedFigures.get(id);
    if (!list) {
      list = figuresByYear(enterprises.get(id)?.figures);
      sortedFigures.set(id, list);
    }
    // Same year if present, else the latest earlier year (accounts for the year may not be closed yet).
    let found: TYearFigures | null = null;
    for (const f of list) if (f.year <= year) found = f;
    if (!found) {
      reasons.push({ code: 'figures_missing', params: { id, year } });
      return null;
    }
    if (found.year !== year) reasons.push({ code: 'figures_fallback', params: { id, year, usedYear: found.year } });
    return found;
  };

  const aggregated: TYearFigures[] = own.map((o) => {
    let staff = o.staff;
    let turnover = o.turnover;
    let balanceSheet = o.balanceSheet;
    const add = (f: TYearFigures | null, factor: number): void => {
      if (!f) return;
      staff += f.staff * factor;
      turnover += f.turnover * factor;
      balanceSheet += f.balanceSheet * factor;
    };
    for (const id of linked) add(figuresFor(id, o.year), 1);
    for (const c of partnerContributions) add(figuresFor(c.id, o.year), c.factor);
    return {
      year: o.year,
      staff: round(staff, 6),
      turnover: round(turnover, 2),
      balanceSheet: round(balanceSheet, 2),
    };
  });

  const perYear = aggregated.map((f) => ({ year: f.year, category: categoryForFigures(f) }));
  const outcome = applyTwoYearRule(perYear);
  reasons.push(...outcome.reasons);
  for (const year of outcome.restsOnYears) {
    const f = aggregated.find((a) => a.year === year)!;
    reasons.push(...ceilingReasons(f, outcome.category));
  }

  const smeByFigures = SME_ONLY.includes(outcome.category);
  if (!smeByFigures) reasons.push({ code: 'not_sme_category', params: { category: outcome.category } });

  return {
    ...base,
    category: outcome.category,
    isSme: smeByFigures && !publicBodyExcluded,
    aggregated,
    restsOnYears: outcome.restsOnYears,
    perYear,
    reasons,
  };
}
