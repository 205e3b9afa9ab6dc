/**
 * EU SME category (Commission Recommendation 2003/361/EC, small mid-caps per Recommendation (EU)
 * 2025/1099), single undertaking (de minimis Regulation (EU) 2023/2831) and ownership-link validation.
 * Pure functions; reasons are machine codes with parameters that the UI translates.
 */
import type { TEnterpriseStatus, TOrganisationType, TSmeCategory } from '../contract/common';

/** Figures of one accounting year: staff in annual work units, amounts in EUR. */
export interface TYearFigures {
  year: number;
  staff: number;
  turnover: number;
  balanceSheet: number;
}

export interface TEnterpriseInput {
  id: string;
  type?: TOrganisationType;
  figures: TYearFigures[];
}

/** A holding of `ownerId` in `ownedId`; shares in percent (0..100). */
export interface TOwnershipLink {
  ownerId: string;
  ownedId: string;
  capitalShare: number;
  votingShare: number;
  /** Right to appoint or remove a majority of the board. */
  boardControl?: boolean;
  /** Dominant influence by contract or statutes. */
  dominantInfluence?: boolean;
  /** Majority of voting rights controlled through an agreement with other shareholders. */
  votingAgreement?: boolean;
}

export interface TSmeCeiling {
  category: TSmeCategory;
  /** Staff must be strictly below this. */
  staffBelow: number;
  turnoverMax: number;
  balanceMax: number;
}

/** Ceilings in ascending order; anything above the last one is 'large'. */
export const SME_CEILINGS: readonly TSmeCeiling[] = [
  { category: 'micro', staffBelow: 10, turnoverMax: 2_000_000, balanceMax: 2_000_000 },
  { category: 'small', staffBelow: 50, turnoverMax: 10_000_000, balanceMax: 10_000_000 },
  { category: 'medium', staffBelow: 250, turnoverMax: 50_000_000, balanceMax: 43_000_000 },
  { category: 'small_mid_cap', staffBelow: 750, turnoverMax: 150_000_000, balanceMax: 129_000_000 },
];

/** Holding (percent) from which an enterprise becomes a partner. */
export const PARTNER_THRESHOLD = 25;
/** Voting share (percent) above which the holder controls. */
export const CONTROL_THRESHOLD = 50;
/** Combined public-body holding (percent) from which an enterprise is not an SME. */
export const PUBLIC_BODY_THRESHOLD = 25;

const CATEGORY_RANK: Record<TSmeCategory, number> = { micro: 0, small: 1, medium: 2, small_mid_cap: 3, large: 4 };
const SME_ONLY: readonly TSmeCategory[] = ['micro', 'small', 'medium'];

export const SME_REASON_CODES = [
  'no_figures',
  'linked_added',
  'partner_added',
  'partner_linked_added',
  'figures_fallback',
  'figures_missing',
  'public_body_25',
  'single_year',
  'two_year_rule_changed',
  'two_year_rule_kept',
  'years_not_consecutive',
  'staff_below',
  'staff_above',
  'turnover_within',
  'turnover_above',
  'balance_within',
  'balance_above',
  'not_sme_category',
] as const;
export type TSmeReasonCode = (typeof SME_REASON_CODES)[number];

export interface TSmeReason {
  code: TSmeReasonCode;
  params: Record<string, string | number>;
}

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

/** True when the link gives the owner control: voting majority, board majority, dominant influence or voting agreement. */
export function isControlLink(link: TOwnershipLink): boolean {
  return (
    link.votingShare > CONTROL_THRESHOLD ||
    link.boardControl === true ||
    link.dominantInfluence === true ||
    link.votingAgreement === true
  );
}

/** Category of one year's figures: staff ceiling mandatory, then turnover or balance sheet. */
export function categoryForFigures(f: Pick<TYearFigures, 'staff' | 'turnover' | 'balanceSheet'>): TSmeCategory {
  for (const c of SME_CEILINGS) {
    if (f.staff < c.staffBelow && (f.turnover <= c.turnoverMax || f.balanceSheet <= c.balanceMax)) return c.category;
  }
  return 'large';
}

/** Rounds away binary noise from pro-rata multiplication without moving real values across a ceiling. */
function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Keeps one link per owner/owned pair (the last given) and drops self-links, so callers may pass raw rows. */
function dedupeLinks(links: readonly TOwnershipLink[]): TOwnershipLink[] {
  const byPair = new Map<string, TOwnershipLink>();
  for (const l of links) {
    if (l.ownerId === l.ownedId) continue;
    byPair.set(`${l.ownerId}\u0000${l.ownedId}`, l);
  }
  return [...byPair.values()];
}

/** Breadth-first closure over control links in both directions; maps each member to the member it was reached from. */
function controlClosure(start: string, links: readonly TOwnershipLink[]): Map<string, string | null> {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const l of links) {
    if (l.ownerId === l.ownedId || !isControlLink(l)) continue;
    add(l.ownerId, l.ownedId);
    add(l.ownedId, l.ownerId);
  }
  const via = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of neighbours.get(current) ?? []) {
      if (via.has(next)) continue;
      via.set(next, current);
      queue.push(next);
    }
  }
  return via;
}

/** All organisations in the enterprise's single undertaking (transitive control, both directions), sorted, itself included. */
export function computeSingleUndertaking(enterpriseId: string, links: readonly TOwnershipLink[]): string[] {
  return [...controlClosure(enterpriseId, dedupeLinks(links)).keys()].sort();
}

interface TPartner {
  id: string;
  share: number;
  via: string;
  /** Enterprises linked to the partner, added with it (Art. 6(3) of the Annex). */
  linked: string[];
}

/** Partners adjacent to any member of the linked group: upstream holders and downstream holdings (held jointly by the group). */
function findPartners(group: Set<string>, links: readonly TOwnershipLink[]): TPartner[] {
  const upstream = new Map<string, { share: number; via: string }>();
  const downstream = new Map<string, { capital: number; voting: number; via: string; viaShare: number }>();
  for (const l of links) {
    const ownerIn = group.has(l.ownerId);
    const ownedIn = group.has(l.ownedId);
    // Links inside the group or unrelated to it do not make partners; a control link across the
    // boundary is impossible because the group is closed under control.
    if (ownerIn === ownedIn) continue;
    const share = Math.max(l.capitalShare, l.votingShare);
    if (ownedIn) {
      const prev = upstream.get(l.ownerId);
      if (!prev || share > prev.share) upstream.set(l.ownerId, { share, via: l.ownedId });
    } else {
      // Holdings of the group's members are added up: 25 % held jointly with linked enterprises counts.
      const prev = downstream.get(l.ownedId) ?? { capital: 0, voting: 0, via: l.ownerId, viaShare: -1 };
      const via = share > prev.viaShare ? l.ownerId : prev.via;
      downstream.set(l.ownedId, {
        capital: prev.capital + l.capitalShare,
        voting: prev.voting + l.votingShare,
        via,
        viaShare: Math.max(share, prev.viaShare),
      });
    }
  }
  const candidates = new Map<string, { share: number; via: string }>(upstream);
  for (const [id, d] of downstream) {
    const share = Math.max(d.capital, d.voting);
    const prev = candidates.get(id);
    if (!prev || share > prev.share) candidates.set(id, { share, via: d.via });
  }
  const partners: TPartner[] = [];
  for (const [id, c] of candidates) {
    const share = round(Math.min(c.share, 100), 6);
    if (share < PARTNER_THRESHOLD) continue;
    const linked = [...controlClosure(id, links).keys()].filter((x) => x !== id).sort();
    partners.push({ id, share, via: c.via, linked });
  }
  return partners.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Latest figures per year (a later duplicate for the same year wins), sorted by year. */
function figuresByYear(figures: readonly TYearFigures[] | undefined): TYearFigures[] {
  const byYear = new Map<number, TYearFigures>();
  for (const f of figures ?? []) byYear.set(f.year, f);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Outcome of the two-consecutive-years rule. */
interface TTwoYearOutcome {
  category: TSmeCategory;
  restsOnYears: number[];
  reasons: TSmeReason[];
}

/** Walks the years in order; the category changes only when two consecutive years both fall on the same side of it. */
function applyTwoYearRule(perYear: readonly { year: number; category: TSmeCategory }[]): TTwoYearOutcome {
  const reasons: TSmeReason[] = [];
  let effective = perYear[0].category;
  let pair: number[] | null = null;
  let single = perYear[0].year;
  let lastChange: TSmeReason | null = null;

  for (let i = 1; i < perYear.length; i++) {
    const prev = perYear[i - 1];
    const cur = perYear[i];
    const consecutive = cur.year - prev.year === 1;
    if (cur.category === effective) {
      single = cur.year;
      if (prev.category === effective && consecutive) pair = [prev.year, cur.year];
      continue;
    }
    const sideCur = Math.sign(CATEGORY_RANK[cur.category] - CATEGORY_RANK[effective]);
    const sidePrev = Math.sign(CATEGORY_RANK[prev.category] - CATEGORY_RANK[effective]);
    if (consecutive && sideCur === sidePrev) {
      // Both years crossed the same way: move only as far as both years justify.
      const closer =
        Math.abs(CATEGORY_RANK[cur.category] - CATEGORY_RANK[effective]) <=
        Math.abs(CATEGORY_RANK[prev.category] - CATEGORY_RANK[effective])
          ? cur.category
          : prev.category;
      lastChange = {
        code: 'two_year_rule_changed',
        params: { from: effective, to: closer, previousYear: prev.year, year: cur.year },
      };
      effective = closer;
      pair = [prev.year, cur.year];
      single = cur.year;
    }
  }

  if (lastChange) reasons.push(lastChange);
  const last = perYear[perYear.length - 1];
  if (perYear.length === 1) {
    reasons.push({ code: 'single_year', params: { year: last.year } });
  } else if (last.category !== effective) {
    // The latest figures point elsewhere, but the ceilings have not been crossed twice in a row yet.
    reasons.push({
      code: 'two_year_rule_kept',
      params: { year: last.year, yearCategory: last.category, category: effective },
    });
    const prev = perYear[perYear.length - 2];
    const sameSide =
      Math.sign(CATEGORY_RANK[last.category] - CATEGORY_RANK[effective]) ===
      Math.sign(CATEGORY_RANK[prev.category] - CATEGORY_RANK[effective]);
    if (sameSide && last.year - prev.year !== 1) {
      reasons.push({ code: 'years_not_consecutive', params: { previousYear: prev.year, year: last.year } });
    }
  }
  return { category: effective, restsOnYears: pair ?? [single], reasons };
}

/** Explains one year's aggregated figures against the ceilings of a category ('large' uses the small mid-cap ceilings). */
function ceilingReasons(f: TYearFigures, category: TSmeCategory): TSmeReason[] {
  const c = SME_CEILINGS.find((x) => x.category === category) ?? SME_CEILINGS[SME_CEILINGS.length - 1];
  const year = f.year;
  return [
    {
      code: f.staff < c.staffBelow ? 'staff_below' : 'staff_above',
      params: { year, staff: f.staff, ceiling: c.staffBelow },
    },
    {
      code: f.turnover <= c.turnoverMax ? 'turnover_within' : 'turnover_above',
      params: { year, turnover: f.turnover, ceiling: c.turnoverMax },
    },
    {
      code: f.balanceSheet <= c.balanceMax ? 'balance_within' : 'balance_above',
      params: { year, balanceSheet: f.balanceSheet, ceiling: c.balanceMax },
    },
  ];
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

export type TOwnershipLinkField = 'ownerId' | 'ownedId' | 'capitalShare' | 'votingShare';
export type TOwnershipLinkErrorCode = 'self_link' | 'share_range' | 'shares_exceed_100' | 'control_cycle';
export type TOwnershipLinkValidation =
  { ok: true } | { ok: false; field: TOwnershipLinkField; code: TOwnershipLinkErrorCode; message: string };

/** Tolerance for sums of decimal percentages such as 33.33 + 33.33 + 33.34. */
const SHARE_EPSILON = 1e-9;

/** Checks a new or edited link against the existing ones (a link for the same pair is replaced, not added). */
export function validateOwnershipLink(
  newLink: TOwnershipLink,
  existingLinks: readonly TOwnershipLink[],
): TOwnershipLinkValidation {
  if (newLink.ownerId === newLink.ownedId) {
    return { ok: false, field: 'ownedId', code: 'self_link', message: 'An organisation cannot own itself.' };
  }
  for (const field of ['capitalShare', 'votingShare'] as const) {
    const v = newLink[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
      const label = field === 'capitalShare' ? 'Capital share' : 'Voting share';
      return { ok: false, field, code: 'share_range', message: `${label} must be between 0 and 100 %.` };
    }
  }

  const others = existingLinks.filter((l) => !(l.ownerId === newLink.ownerId && l.ownedId === newLink.ownedId));
  for (const field of ['capitalShare', 'votingShare'] as const) {
    const total = others
      .filter((l) => l.ownedId === newLink.ownedId)
      .reduce((sum, l) => sum + l[field], newLink[field]);
    if (total > 100 + SHARE_EPSILON) {
      const label = field === 'capitalShare' ? 'capital' : 'voting';
      return {
        ok: false,
        field,
        code: 'shares_exceed_100',
        message: `The ${label} shares held in this organisation would total ${round(total, 4)} %, above 100 %.`,
      };
    }
  }

  if (isControlLink(newLink)) {
    // A cycle exists if the owned organisation already controls the owner, directly or through others.
    const controls = new Map<string, string[]>();
    for (const l of others) {
      if (l.ownerId === l.ownedId || !isControlLink(l)) continue;
      const list = controls.get(l.ownerId);
      if (list) list.push(l.ownedId);
      else controls.set(l.ownerId, [l.ownedId]);
    }
    const seen = new Set<string>([newLink.ownedId]);
    const stack = [newLink.ownedId];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current === newLink.ownerId) {
        return {
          ok: false,
          field: 'ownerId',
          code: 'control_cycle',
          message: 'This link would create a control cycle: the owned organisation already controls the owner.',
        };
      }
      for (const next of controls.get(current) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
  }
  return { ok: true };
}
