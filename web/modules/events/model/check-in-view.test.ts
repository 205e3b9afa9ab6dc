import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/lib/format';
import type { TCheckInCandidate, TCheckInResult, TCheckInRow } from '../../../../src/contract/events';
import { checkInOrder, presentNames, sessionDays } from './check-in-view';

const result = (
  checkIns: TCheckInResult['registration']['checkIns'],
  checkedInAt = '2026-03-02T08:00:00.000Z',
): TCheckInResult => ({
  people: 2,
  checkedInAt,
  registration: {
    id: 'r1',
    eventId: 'e1',
    organisationId: null,
    organisationName: null,
    contactName: 'Петър',
    contactEmail: 'p@example.bg',
    seats: 3,
    attendeeNames: ['Петър', 'Георги', 'Елена'],
    answers: {},
    status: 'confirmed',
    waitlistPosition: null,
    offerExpiresAt: null,
    code: 'ABCD',
    qrSvg: '',
    createdAt: '2026-03-01T08:00:00.000Z',
    checkIns,
    certificates: [],
    abilities: { cancel: false, acceptOffer: false, declineOffer: false, leaveWaitlist: false },
  },
});

const row = (registrationId: string, checkedInAt: string | null): TCheckInRow => ({
  registrationId,
  contactName: registrationId,
  organisationName: null,
  seats: 1,
  people: null,
  attendeeNames: null,
  checkedInAt,
});

const candidate = (sessionFirstDay: string, sessionLastDay: string): TCheckInCandidate => ({
  registrationId: 'r1',
  contactName: 'Петър',
  organisationName: null,
  seats: 1,
  attendeeNames: [],
  onSessionDay: false,
  sessionFirstDay,
  sessionLastDay,
});

describe('check-in view', () => {
  it('names those ticked at this check-in', () => {
    const at = '2026-03-02T08:00:00.000Z';
    const r = result([
      { sessionId: 's0', checkedInAt: '2026-03-01T08:00:00.000Z', people: 1, attendeeNames: ['Елена'] },
      { sessionId: 's1', checkedInAt: at, people: 2, attendeeNames: ['Петър', 'Георги'] },
    ]);
    expect(presentNames(r)).toEqual(['Петър', 'Георги']);
  });

  it("falls back to the registration's names when the check-in named no one", () => {
    const r = result([{ sessionId: 's1', checkedInAt: '2026-03-02T08:00:00.000Z', people: 3, attendeeNames: null }]);
    expect(presentNames(r)).toEqual(['Петър', 'Георги', 'Елена']);
  });

  it('lists the checked-in first, latest on top, then the expected', () => {
    const items = [row('a', null), row('b', '2026-03-02T08:00:00Z'), row('c', '2026-03-02T09:00:00Z')];
    expect(checkInOrder(items).map((r) => r.registrationId)).toEqual(['c', 'b', 'a']);
    expect(items.map((r) => r.registrationId)).toEqual(['a', 'b', 'c']);
  });

  it("reads the session's day, or its span of days", () => {
    const one = formatDate('2026-03-02T12:00:00Z', 'bg');
    expect(sessionDays(candidate('2026-03-02', '2026-03-02'), 'bg')).toBe(one);
    expect(sessionDays(candidate('2026-03-02', '2026-03-03'), 'bg')).toBe(
      `${one} – ${formatDate('2026-03-03T12:00:00Z', 'bg')}`,
    );
  });
});
