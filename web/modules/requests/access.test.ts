import { describe, expect, it } from 'vitest';
import { ANONYMOUS_ME } from '../../app/modules';
import type { TMe } from '../../../src/contract/me';
import { isHubStaff, mayListRequests, mayRequestServices } from './access';

const user = (role: NonNullable<TMe['user']>['role'], memberships: TMe['memberships'] = []): TMe => ({
  ...ANONYMOUS_ME,
  user: { id: 'u1', name: 'U', email: 'u@x.bg', role, locale: 'bg', emailVerified: true },
  memberships,
  // As /api/v1/me reports them: hub staff see every request and the board.
  abilities: {
    ...ANONYMOUS_ME.abilities,
    requests: {
      list: true,
      listAll: role === 'staff' || role === 'admin',
      board: role === 'staff' || role === 'admin',
    },
  },
});

describe('request screens by role', () => {
  const member = user('member', [{ organisationId: 'o1', name: 'Pro Drone', role: 'owner' }]);

  it('shows the list to staff, experts and members of an organisation, not to others', () => {
    expect(mayListRequests(ANONYMOUS_ME)).toBe(false);
    expect(mayListRequests(user('member'))).toBe(false);
    expect(mayListRequests(member)).toBe(true);
    expect(mayListRequests(user('expert'))).toBe(true);
    expect(mayListRequests(user('staff'))).toBe(true);
  });

  it('lets staff and members file requests, experts without a customer organisation not', () => {
    expect(mayRequestServices(user('expert'))).toBe(false);
    expect(mayRequestServices(member)).toBe(true);
    expect(mayRequestServices(user('admin'))).toBe(true);
    expect(isHubStaff(user('admin'))).toBe(true);
    expect(isHubStaff(member)).toBe(false);
  });
});
