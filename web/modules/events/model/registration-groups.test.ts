import { describe, expect, it } from 'vitest';
import { REGISTRATION_STATUSES, type TRegistration } from '../../../../src/contract/events';
import { groupByStatus, staffMayCancel, STATUS_ORDER, waitlistIds } from './registration-groups';

const reg = (id: string, status: TRegistration['status']) => ({ id, status }) as TRegistration;

describe('registration groups', () => {
  it('orders every status once', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...REGISTRATION_STATUSES].sort());
  });

  it('groups by status in the staff order, skipping empty groups and keeping the server order', () => {
    const groups = groupByStatus([
      reg('a', 'confirmed'),
      reg('b', 'waitlisted'),
      reg('c', 'pending'),
      reg('d', 'waitlisted'),
    ]);
    expect(groups.map((g) => [g.status, g.registrations.map((r) => r.id)])).toEqual([
      ['pending', ['c']],
      ['waitlisted', ['b', 'd']],
      ['confirmed', ['a']],
    ]);
    expect(waitlistIds(groups)).toEqual(['b', 'd']);
  });

  it('has no waiting list when no one waits', () => {
    expect(waitlistIds(groupByStatus([reg('a', 'confirmed')]))).toEqual([]);
    expect(groupByStatus([])).toEqual([]);
  });

  it('lets staff cancel only open registrations', () => {
    expect(['pending', 'confirmed', 'waitlisted', 'offered'].every((s) => staffMayCancel(s as never))).toBe(true);
    expect(staffMayCancel('cancelled')).toBe(false);
    expect(staffMayCancel('rejected')).toBe(false);
  });
});
