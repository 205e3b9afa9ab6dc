import { describe, expect, it } from 'vitest';
import { cancellationAllowed, cancellationDeadline, eligibleForCertificate, sessionsAttended } from './certificates';

const sessionIds = ['s1', 's2', 's3'];

describe('sessionsAttended', () => {
  it('counts distinct sessions of the event with a check-in', () => {
    expect(sessionsAttended(sessionIds, ['s1', 's3', 's3', 'other'])).toBe(2);
    expect(sessionsAttended(sessionIds, [])).toBe(0);
  });
});

describe('eligibleForCertificate', () => {
  it("rule 'all' needs every session", () => {
    expect(eligibleForCertificate({ rule: 'all', minSessions: null, sessionIds, checkedInSessionIds: ['s1', 's2', 's3'] })).toBe(true);
    expect(eligibleForCertificate({ rule: 'all', minSessions: null, sessionIds, checkedInSessionIds: ['s1', 's2'] })).toBe(false);
    // A check-in at another event's session does not make up for a missed one.
    expect(eligibleForCertificate({ rule: 'all', minSessions: 1, sessionIds, checkedInSessionIds: ['s1', 's2', 'x'] })).toBe(false);
  });

  it("rule 'min' needs at least the minimum", () => {
    expect(eligibleForCertificate({ rule: 'min', minSessions: 2, sessionIds, checkedInSessionIds: ['s1', 's3'] })).toBe(true);
    expect(eligibleForCertificate({ rule: 'min', minSessions: 2, sessionIds, checkedInSessionIds: ['s2'] })).toBe(false);
    expect(eligibleForCertificate({ rule: 'min', minSessions: 2, sessionIds, checkedInSessionIds: ['s2', 's2'] })).toBe(false);
  });

  it("caps a minimum above the number of sessions, and treats a missing minimum as 'all'", () => {
    expect(eligibleForCertificate({ rule: 'min', minSessions: 5, sessionIds, checkedInSessionIds: ['s1', 's2', 's3'] })).toBe(true);
    expect(eligibleForCertificate({ rule: 'min', minSessions: null, sessionIds, checkedInSessionIds: ['s1', 's2'] })).toBe(false);
    expect(eligibleForCertificate({ rule: 'min', minSessions: 0, sessionIds, checkedInSessionIds: [] })).toBe(false);
    expect(eligibleForCertificate({ rule: 'min', minSessions: 0, sessionIds, checkedInSessionIds: ['s2'] })).toBe(true);
  });

  it('gives nothing for an event without sessions', () => {
    expect(eligibleForCertificate({ rule: 'all', minSessions: null, sessionIds: [], checkedInSessionIds: [] })).toBe(false);
  });
});

describe('cancellation', () => {
  const first = new Date('2026-05-10T06:00:00Z');

  it('puts the deadline the given hours before the first session', () => {
    expect(cancellationDeadline(first, 24)?.toISOString()).toBe('2026-05-09T06:00:00.000Z');
    expect(cancellationDeadline(first, 0)?.toISOString()).toBe(first.toISOString());
    expect(cancellationDeadline(null, 24)).toBeNull();
  });

  it('lets the participant cancel until the deadline, inclusive', () => {
    expect(cancellationAllowed({ now: new Date('2026-05-09T06:00:00Z'), firstStartsAt: first, deadlineHours: 24, byStaff: false })).toBe(
      true,
    );
    expect(cancellationAllowed({ now: new Date('2026-05-09T06:00:01Z'), firstStartsAt: first, deadlineHours: 24, byStaff: false })).toBe(
      false,
    );
    expect(cancellationAllowed({ now: new Date('2026-05-11T06:00:00Z'), firstStartsAt: first, deadlineHours: 0, byStaff: false })).toBe(
      false,
    );
    expect(cancellationAllowed({ now: new Date('2026-05-11T06:00:00Z'), firstStartsAt: null, deadlineHours: 24, byStaff: false })).toBe(
      true,
    );
  });

  it('lets staff cancel any time', () => {
    expect(cancellationAllowed({ now: new Date('2026-05-11T06:00:00Z'), firstStartsAt: first, deadlineHours: 24, byStaff: true })).toBe(
      true,
    );
  });
});
