/** Partner enterprises of a linked group (Art. 3(2) and 6(3) of the Annex to Recommendation 2003/361/EC). */
import { round } from './figures';
import { controlClosure, PARTNER_THRESHOLD, type TOwnershipLink } from './links';

export interface TPartner {
  id: string;
  share: number;
  via: string;
  /** Enterprises linked to the partner, added with it (Art. 6(3) of the Annex). */
  linked: string[];
}

/** Partners adjacent to any member of the linked group: upstream holders and downstream holdings (held jointly by the group). */
export function findPartners(group: Set<string>, links: readonly TOwnershipLink[]): TPartner[] {
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
