/**
 * Pure readings of an organisation's aid statement for the aid panel: the gauge, and the names of the single
 * undertaking's members (the statement lists their ids; names come only with the grants).
 */
import type { TOrganisationAid } from '../../../src/contract/aid';

/** EUR with two decimals (the statement's contract) → integer cents, so formatEur and sums stay exact. */
export function eurToCents(eur: number): number {
  return Math.round(eur * 100);
}

export type TGaugeLevel = 'ok' | 'warn' | 'full';

/** Share of the ceiling used, 0–100 (rounded down to a tenth so 99.96 % never shows as "100 %" with headroom left). */
export function usedPercent(statement: Pick<TOrganisationAid, 'ceiling' | 'used'>): number {
  const ceiling = eurToCents(statement.ceiling);
  if (ceiling <= 0) return 100;
  const share = (eurToCents(statement.used) * 1000) / ceiling;
  return Math.min(100, Math.max(0, Math.floor(share) / 10));
}

/** The gauge's tone: calm below 75 %, a warning from 75 %, full when nothing is left. */
export function gaugeLevel(statement: Pick<TOrganisationAid, 'ceiling' | 'used' | 'remaining'>): TGaugeLevel {
  if (eurToCents(statement.remaining) <= 0) return 'full';
  return usedPercent(statement) >= 75 ? 'warn' : 'ok';
}

export interface TGroupMembers {
  /** Other members of the single undertaking whose name a grant tells us. */
  named: { id: string; name: string }[];
  /** Other members with no grant on the statement (their names are not in it). */
  unnamedCount: number;
}

/** The single undertaking's members other than `organisationId`, named where the grants name them. */
export function otherGroupMembers(
  statement: Pick<TOrganisationAid, 'singleUndertaking' | 'grants'>,
  organisationId: string,
): TGroupMembers {
  const names = new Map<string, string>();
  for (const g of statement.grants) if (!names.has(g.organisationId)) names.set(g.organisationId, g.organisationName);
  const others = statement.singleUndertaking.filter((id) => id !== organisationId);
  const named = others.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
  named.sort((a, b) => a.name.localeCompare(b.name));
  return { named, unnamedCount: others.length - named.length };
}
