import { describe, expect, it } from 'vitest';
import type { TEvent, TRegistration } from '../../../../src/contract/events';
import { withFreshEvent, withRegistration } from './my-registrations';

const reg = (id: string, status: TRegistration['status'] = 'confirmed') => ({ id, status }) as TRegistration;
const event = (seatsTaken: number, myRegistrations: TRegistration[]) =>
  ({ id: 'e1', seatsTaken, myRegistrations }) as TEvent;

describe("the event page's registrations", () => {
  it("takes the server's counts and keeps a registration it does not list", () => {
    const out = withFreshEvent(event(1, [reg('other'), reg('mine', 'pending')]), event(2, [reg('mine')]));
    expect(out.seatsTaken).toBe(2);
    expect(out.myRegistrations).toEqual([reg('other'), reg('mine')]);
  });

  it('replaces a shown registration in place', () => {
    const out = withRegistration(event(1, [reg('a'), reg('b')]), reg('b', 'cancelled'));
    expect(out.myRegistrations).toEqual([reg('a'), reg('b', 'cancelled')]);
  });

  it('adds a new registration first', () => {
    const out = withRegistration(event(1, [reg('a')]), reg('b', 'waitlisted'));
    expect(out.myRegistrations.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
