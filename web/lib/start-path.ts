import type { TRole } from '../../src/shared/enums';

/** Where a user lands after signing in: staff and admins have a start page with what needs their attention. */
export function startPathFor(role: TRole | null | undefined): string {
  return role === 'staff' || role === 'admin' ? '/start' : '/';
}
