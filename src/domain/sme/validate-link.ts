/** Checks of a new or edited ownership link: shares, totals per owned enterprise, control cycles. Pure. */
import { round } from './figures';
import { isControlLink, type TOwnershipLink } from './links';

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
