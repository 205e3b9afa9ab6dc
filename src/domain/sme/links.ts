/**
 * Ownership links between enterprises: control, and the single undertaking it forms (de minimis Regulation (EU)
 * 2023/2831). Pure functions.
 */

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

/** Holding (percent) from which an enterprise becomes a partner. */
export const PARTNER_THRESHOLD = 25;
/** Voting share (percent) above which the holder controls. */
export const CONTROL_THRESHOLD = 50;

/** True when the link gives the owner control: voting majority, board majority, dominant influence or voting agreement. */
export function isControlLink(link: TOwnershipLink): boolean {
  return (
    link.votingShare > CONTROL_THRESHOLD ||
    link.boardControl === true ||
    link.dominantInfluence === true ||
    link.votingAgreement === true
  );
}

/** Keeps one link per owner/owned pair (the last given) and drops self-links, so callers may pass raw rows. */
export function dedupeLinks(links: readonly TOwnershipLink[]): TOwnershipLink[] {
  const byPair = new Map<string, TOwnershipLink>();
  for (const l of links) {
    if (l.ownerId === l.ownedId) continue;
    byPair.set(`${l.ownerId}\u0000${l.ownedId}`, l);
  }
  return [...byPair.values()];
}

/** Breadth-first closure over control links in both directions; maps each member to the member it was reached from. */
export function controlClosure(start: string, links: readonly TOwnershipLink[]): Map<string, string | null> {
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
