import { describe, expect, it } from 'vitest';
import {
  cancellationAllowed,
  cancellationDeadline,
  certificatesDue,
  eligibleForCertificate,
  namesPresent,
  participantsOf,
  peopleWhoCame,
  sessionsAttended,
  sessionsByPerson,
} from './certificates';

const sessionIds = ['s1', 's2', 's3'];

describe('sessionsAttended', () => {
  it('counts distinct sessions of the event with a check-in', () => {
    expect(sessionsAttended(sessionIds, ['s1', 's3', 's3', 'other'])).toBe(2);
    expect(sessionsAttended(sessionIds, [])).toBe(0);
  });
});

describe('eligibleForCertificate', () => {
  it("rule 'all' needs every session", () => {
    expect(
      eligibleForCertificate({ rule: 'all', minSessions: null, sessionIds, checkedInSessionIds: ['s1', 's2', 's3'] }),
    ).toBe(true);
    expect(
      eligibleForCertificate({ rule: 'all', minSessions: null, sessionIds, checkedInSessionIds: ['s1', 's2'] }),
    ).toBe(false);
    // A check-in at another event's session does not make up for a missed one.
    expect(
      eligibleForCertificate({ rule: 'all', minSessions: 1, sessionIds, checkedInSessionIds: ['s1', 's2', 'x'] }),
    ).toBe(false);
  });

  it("rule 'min' needs at least the minimum", () => {
    expect(eligibleForCertificate({ rule: 'min', minSessions: 2, sessionIds, checkedInSessionIds: ['s1', 's3'] })).toBe(
      true,
    );
    expect(eligibleForCertificate({ rule: 'min', minSessions: 2, sessionIds, checkedInSessionIds: ['s2'] })).toBe(
      false,
    );
    expect(eligibleForCertificate({ rule: 'min', minSessions: 2, sessionIds, checkedInSessionIds: ['s2', 's2'] })).toBe(
      false,
    );
  });

  it("caps a minimum above the number of sessions, and treats a missing minimum as 'all'", () => {
    expect(
      eligibleForCertificate({ rule: 'min', minSessions: 5, sessionIds, checkedInSessionIds: ['s1', 's2', 's3'] }),
    ).toBe(true);
    expect(
      eligibleForCertificate({ rule: 'min', minSessions: null, sessionIds, checkedInSessionIds: ['s1', 's2'] }),
    ).toBe(false);
    expect(eligibleForCertificate({ rule: 'min', minSessions: 0, sessionIds, checkedInSessionIds: [] })).toBe(false);
    expect(eligibleForCertificate({ rule: 'min', minSessions: 0, sessionIds, checkedInSessionIds: ['s2'] })).toBe(true);
  });

  it('gives nothing for an event without sessions', () => {
    expect(eligibleForCertificate({ rule: 'all', minSessions: null, sessionIds: [], checkedInSessionIds: [] })).toBe(
      false,
    );
  });
});

describe('certificates per person', () => {
  const party = ['Анна', 'Борис', 'Вера'];

  it('names the registration’s attendees once each, else its contact', () => {
    expect(participantsOf({ attendeeNames: [' Анна ', 'Борис', 'Анна', ''], contactName: 'Контакт' })).toEqual([
      'Анна',
      'Борис',
    ]);
    expect(participantsOf({ attendeeNames: [], contactName: 'Контакт' })).toEqual(['Контакт']);
  });

  it('reads who came: the ticked names of the party, else the first `people` of them', () => {
    expect(namesPresent(party, { people: 2, attendeeNames: ['Вера', 'Анна'] })).toEqual(['Анна', 'Вера']);
    expect(namesPresent(party, { people: 2, attendeeNames: null })).toEqual(['Анна', 'Борис']);
    expect(namesPresent(party, { people: 5, attendeeNames: null })).toEqual(party);
    // A name that is not the party's (renamed since) counts for nobody.
    expect(namesPresent(party, { people: 1, attendeeNames: ['Гошо'] })).toEqual([]);
  });

  it('collects each person’s sessions', () => {
    const byPerson = sessionsByPerson(party, [
      { sessionId: 's1', people: 3, attendeeNames: null },
      { sessionId: 's2', people: 1, attendeeNames: ['Борис'] },
    ]);
    expect(Object.fromEntries(byPerson)).toEqual({ Анна: ['s1'], Борис: ['s1', 's2'], Вера: ['s1'] });
  });

  it('certifies only the people who themselves meet the rule', () => {
    const checkIns = [
      { sessionId: 's1', people: 3, attendeeNames: null },
      { sessionId: 's2', people: 2, attendeeNames: ['Анна', 'Борис'] },
      { sessionId: 's3', people: 1, attendeeNames: ['Анна'] },
    ];
    expect(certificatesDue({ rule: 'all', minSessions: null, sessionIds, participants: party, checkIns })).toEqual([
      { participantName: 'Анна', sessionsAttended: 3 },
    ]);
    expect(certificatesDue({ rule: 'min', minSessions: 2, sessionIds, participants: party, checkIns })).toEqual([
      { participantName: 'Анна', sessionsAttended: 3 },
      { participantName: 'Борис', sessionsAttended: 2 },
    ]);
    expect(certificatesDue({ rule: 'all', minSessions: null, sessionIds, participants: party, checkIns: [] })).toEqual(
      [],
    );
  });

  it('counts the distinct people who came, at least the largest party at one session', () => {
    expect(
      peopleWhoCame(party, [
        { sessionId: 's1', people: 1, attendeeNames: ['Анна'] },
        { sessionId: 's2', people: 2, attendeeNames: ['Борис', 'Вера'] },
      ]),
    ).toBe(3);
    expect(peopleWhoCame(['Анна'], [{ sessionId: 's1', people: 4, attendeeNames: null }])).toBe(4);
    expect(peopleWhoCame(party, [])).toBe(0);
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
    expect(
      cancellationAllowed({
        now: new Date('2026-05-09T06:00:00Z'),
        firstStartsAt: first,
        deadlineHours: 24,
        byStaff: false,
      }),
    ).toBe(true);
    expect(
      cancellationAllowed({
        now: new Date('2026-05-09T06:00:01Z'),
        firstStartsAt: first,
        deadlineHours: 24,
        byStaff: false,
      }),
    ).toBe(false);
    expect(
      cancellationAllowed({
        now: new Date('2026-05-11T06:00:00Z'),
        firstStartsAt: first,
        deadlineHours: 0,
        byStaff: false,
      }),
    ).toBe(false);
    expect(
      cancellationAllowed({
        now: new Date('2026-05-11T06:00:00Z'),
        firstStartsAt: null,
        deadlineHours: 24,
        byStaff: false,
      }),
    ).toBe(true);
  });

  it('lets staff cancel any time', () => {
    expect(
      cancellationAllowed({
        now: new Date('2026-05-11T06:00:00Z'),
        firstStartsAt: first,
        deadlineHours: 24,
        byStaff: true,
      }),
    ).toBe(true);
  });
});
