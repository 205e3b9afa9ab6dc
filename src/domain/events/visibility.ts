/**
 * Who may see an event follows from its type for one kind: the consortium's general meetings are for its partners and
 * staff only, so such an event is always internal. Pure; the server's input rules and the web form both use it.
 */
export const INTERNAL_ONLY_TYPES: readonly string[] = ['general_meeting'];

/** Whether an event of `type` can only be internal. */
export function isInternalOnlyType(type: string): boolean {
  return INTERNAL_ONLY_TYPES.includes(type);
}

/** The visibility an event of `type` needs when `visibility` is not allowed for it ('internal'), else null. */
export function requiredVisibility(type: string | undefined, visibility: string | undefined): 'internal' | null {
  return type !== undefined && isInternalOnlyType(type) && visibility !== undefined && visibility !== 'internal'
    ? 'internal'
    : null;
}

/** The visibility a new event gets when none is given: internal for the internal-only types, public otherwise. */
export function defaultVisibility(type: string): 'internal' | 'public' {
  return isInternalOnlyType(type) ? 'internal' : 'public';
}
