import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/lib/api';
import {
  asksBeforeCheckIn,
  asksWhoCame,
  attendeeChoices,
  checkInBody,
  createScanGate,
  defaultSession,
  normaliseCode,
  outcomeOfError,
  overrideReason,
} from './checkin-model';

const session = (id: string, startsAt: string, endsAt: string) => ({
  id,
  titleBg: null,
  titleEn: null,
  startsAt,
  endsAt,
  capacity: null,
  location: null,
});

describe('check-in outcomes', () => {
  it('reads a duplicate with the first check-in time', () => {
    const e = new ApiError(409, 'already_checked_in', 'x', [], { checkedInAt: '2026-01-15T07:31:00.000Z' });
    expect(outcomeOfError(e)).toEqual({ kind: 'duplicate', checkedInAt: '2026-01-15T07:31:00.000Z' });
  });

  it('tells an unknown code from a registration without a confirmed seat', () => {
    expect(outcomeOfError(new ApiError(404, 'not_found', 'x'))).toEqual({ kind: 'unknown' });
    expect(outcomeOfError(new ApiError(409, 'not_confirmed', 'x', [], { status: 'waitlisted' }))).toEqual({
      kind: 'notConfirmed',
      status: 'waitlisted',
    });
    expect(outcomeOfError(new ApiError(0, 'network', 'x')).kind).toBe('error');
  });

  it('drops spaces and dashes from a typed code and ignores its case, as the server does', () => {
    expect(normaliseCode('  AB12 CD34 ')).toBe('AB12CD34');
    expect(normaliseCode('ab12-cd34')).toBe('AB12CD34');
    expect(normaliseCode('ab12 – cd34')).toBe('AB12CD34');
  });
});

describe('who of a party came', () => {
  const party = { attendeeNames: ['Анна', ' Борис ', 'Анна', ''] };

  it('asks only for a registration naming more than one person', () => {
    expect(attendeeChoices(party)).toEqual(['Анна', 'Борис']);
    expect(asksWhoCame(party)).toBe(true);
    expect(asksWhoCame({ attendeeNames: ['Анна'] })).toBe(false);
    expect(asksWhoCame({ attendeeNames: [] })).toBe(false);
  });

  it('sends the ticked names in the registration’s order, the code alone when nobody was asked, nothing when none is ticked', () => {
    expect(checkInBody('AB12', party, new Set(['Борис', 'Анна']))).toEqual({
      code: 'AB12',
      attendees: ['Анна', 'Борис'],
    });
    expect(checkInBody('AB12', party, new Set(['Борис']))).toEqual({ code: 'AB12', attendees: ['Борис'] });
    expect(checkInBody('AB12', party, new Set())).toBeNull();
    expect(checkInBody('AB12', { attendeeNames: ['Анна'] }, null)).toEqual({ code: 'AB12' });
  });
});

describe('the session the page opens on', () => {
  const s1 = session('1', '2026-01-15T07:00:00.000Z', '2026-01-15T11:00:00.000Z');
  const s2 = session('2', '2026-01-16T07:00:00.000Z', '2026-01-16T11:00:00.000Z');
  it('is the one running, or about to start, else the next, else the last', () => {
    expect(defaultSession([s2, s1], new Date('2026-01-15T06:30:00.000Z'))?.id).toBe('1');
    expect(defaultSession([s1, s2], new Date('2026-01-15T12:00:00.000Z'))?.id).toBe('2');
    expect(defaultSession([s1, s2], new Date('2026-02-01T00:00:00.000Z'))?.id).toBe('2');
    expect(defaultSession([], new Date())).toBeNull();
  });
});

describe('the scan gate', () => {
  it('passes a code once, then again only after the quiet time or for another code', () => {
    const gate = createScanGate(1000);
    expect(gate('A', 0)).toBe(true);
    expect(gate('A', 500)).toBe(false);
    expect(gate('B', 600)).toBe(true);
    expect(gate('B', 1700)).toBe(true);
  });
});

describe('the door stops before checking in', () => {
  it('for a party to tick, or on another day than the session’s for a reason', () => {
    expect(asksBeforeCheckIn({ attendeeNames: ['Анна'], onSessionDay: true })).toBe(false);
    expect(asksBeforeCheckIn({ attendeeNames: ['Анна', 'Борис'], onSessionDay: true })).toBe(true);
    expect(asksBeforeCheckIn({ attendeeNames: [], onSessionDay: false })).toBe(true);
  });

  it('takes a reason of at least five characters, trimmed', () => {
    expect(overrideReason('  ok  ')).toBeNull();
    expect(overrideReason(' От хартиения списък ')).toBe('От хартиения списък');
  });
});
