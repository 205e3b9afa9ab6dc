import type { TFunction } from 'i18next';
import type { TMe } from '../../src/contract/me';

/**
 * Where a menu entry sits: `top` in the bar itself, `selfChecks` in the public self-checks group (also in the
 * footer), `work` among the hub's own work (a group for staff, direct entries for members), `admin` in the
 * administration group.
 */
export type TNavSlot = 'top' | 'selfChecks' | 'work' | 'admin';

export interface TNavItem {
  slot: TNavSlot;
  /** Position within the slot across all capabilities (lower first). */
  order: number;
  to: string;
  label: string;
  /** Marked current only on exactly this path (a sibling entry lives below it). */
  end?: boolean;
}

/** A capability's menu entries for this person (only those they may use). */
export type TNavFor = (me: TMe, t: TFunction) => TNavItem[];

/** Every capability's entries of one slot, in order. */
export function navItems(sources: readonly (TNavFor | undefined)[], me: TMe, t: TFunction, slot: TNavSlot): TNavItem[] {
  return sources
    .flatMap((nav) => (nav ? nav(me, t) : []))
    .filter((item) => item.slot === slot)
    .sort((a, b) => a.order - b.order);
}
