import type { TRole } from '../../../src/contract/common';

/** Where a user lands after signing in: staff, admins and partner experts have a start page with what needs them. */
export function startPathFor(role: TRole | null | undefined): string {
  return role === 'staff' || role === 'admin' || role === 'expert' ? '/start' : '/';
}
