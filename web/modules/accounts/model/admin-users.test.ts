import { describe, expect, it } from 'vitest';
import type { TAdminUser } from '../../../../src/contract/accounts/schemas';
import { refusalReason, withUserChanged } from './admin-users';

const user = (id: string, over: Partial<TAdminUser> = {}): TAdminUser => ({
  id,
  name: `User ${id}`,
  email: `${id}@example.test`,
  role: 'member',
  emailVerified: true,
  deactivatedAt: null,
  createdAt: '2025-01-01T00:00:00Z',
  organisations: 2,
  ...over,
});

describe('admin user list', () => {
  it('merges the changed user into its row only', () => {
    const items = [user('a'), user('b')];
    const out = withUserChanged(items, 'b', user('b', { role: 'admin', organisations: 5 }));
    expect(out[0]).toBe(items[0]);
    expect(out[1]).toMatchObject({ id: 'b', role: 'admin', organisations: 5 });
  });

  it('keeps the organisation count when the answer leaves it out', () => {
    const partial = { ...user('a', { role: 'admin' }), organisations: undefined } as unknown as TAdminUser;
    expect(withUserChanged([user('a')], 'a', partial, true)[0]).toMatchObject({ role: 'admin', organisations: 2 });
    expect(withUserChanged([user('a')], 'a', partial)[0]!.organisations).toBeUndefined();
  });

  it('reads the reason of a refusal, ignoring a plain conflict', () => {
    expect(refusalReason({ reason: 'last_admin' })).toBe('last_admin');
    expect(refusalReason({ reason: 'conflict' })).toBeNull();
    expect(refusalReason({})).toBeNull();
    expect(refusalReason(undefined)).toBeNull();
  });
});
