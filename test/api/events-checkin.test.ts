import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, eventCheckIns } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { insertEvent, insertOrganisation, insertRegistration } from '../support/factories';

let t: TestApp;
let staff: TestUser;
let member: TestUser;
let outsider: TestUser;
let orgId: string;
let event: Awaited<ReturnType<typeof insertEvent>>;
const NOW = new Date('2026-05-12T06:30:00Z');
/** Two sessions on the day of NOW (Sofia), so the door is open for both: 9:00–12:00 and 13:00–17:00. */
const SAME_DAY = [
  { startsAt: '2026-05-12T06:00:00Z', endsAt: '2026-05-12T09:00:00Z' },
  { startsAt: '2026-05-12T10:00:00Z', endsAt: '2026-05-12T14:00:00Z' },
];

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  staff = await t.createUser('staff');
  member = await t.createUser('member');
  outsider = await t.createUser('member');
  orgId = await insertOrganisation(t, 'Про Дрон Систем ООД', { member });
  event = await insertEvent(t, {}, SAME_DAY);
});
afterAll(async () => t.close());

const url = (eventId: string, sessionId: string) => `/api/v1/events/${eventId}/sessions/${sessionId}/check-ins`;

describe('check-in', () => {
  it('checks a confirmed registration in by its code, once per session, and answers with the registration', async () => {
    const reg = await insertRegistration(t, event.id, { organisationId: orgId, seats: 3 });
    const [first, second] = event.sessionIds;
    const res = await t.request({
      method: 'POST',
      url: url(event.id, first!),
      as: staff,
      payload: { code: `  ${reg.code} `, people: 2 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.people).toBe(2);
    expect(body.checkedInAt).toBe(NOW.toISOString());
    expect(body.registration.id).toBe(reg.id);
    expect(body.registration.organisationName).toBe('Про Дрон Систем ООД');
    expect(body.registration.checkIns).toEqual([
      { sessionId: first, checkedInAt: NOW.toISOString(), people: 2, attendeeNames: null },
    ]);
    expect(body.registration.qrSvg).toContain('<svg');

    // A duplicate at the same session is refused with the time of the first check-in.
    const again = await t.request({
      method: 'POST',
      url: url(event.id, first!),
      as: staff,
      payload: { code: reg.code },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_checked_in');
    expect(again.json().error.details.checkedInAt).toBe(NOW.toISOString());
    expect(again.json().error.details.people).toBe(2);

    // Another session of the same event is a separate check-in; without `people` all seats came.
    const next = await t.request({
      method: 'POST',
      url: url(event.id, second!),
      as: staff,
      payload: { code: reg.code },
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().people).toBe(3);
    const rows = await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, reg.id));
    expect(rows).toHaveLength(2);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, reg.id));
    expect(audits.filter((a) => a.action === 'event.check_in')).toHaveLength(2);
  });

  it('refuses unknown codes, codes of another event, unconfirmed registrations and too many people', async () => {
    const other = await insertEvent(t, {}, SAME_DAY);
    const foreign = await insertRegistration(t, other.id);
    const session = event.sessionIds[0]!;
    const unknown = await t.request({
      method: 'POST',
      url: url(event.id, session),
      as: staff,
      payload: { code: 'NO-SUCH-CODE' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const elsewhere = await t.request({
      method: 'POST',
      url: url(event.id, session),
      as: staff,
      payload: { code: foreign.code },
    });
    expect(elsewhere.statusCode).toBe(404);

    for (const status of ['waitlisted', 'pending', 'cancelled'] as const) {
      const reg = await insertRegistration(t, event.id, {
        status,
        waitlistRank: status === 'waitlisted' ? 1 : null,
      });
      const res = await t.request({
        method: 'POST',
        url: url(event.id, session),
        as: staff,
        payload: { code: reg.code },
      });
      expect(res.statusCode, status).toBe(409);
      expect(res.json().error.code).toBe('not_confirmed');
      expect(res.json().error.details.status).toBe(status);
    }
    const small = await insertRegistration(t, event.id, { seats: 1 });
    const many = await t.request({
      method: 'POST',
      url: url(event.id, session),
      as: staff,
      payload: { code: small.code, people: 2 },
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().error.details.fields[0].field).toBe('people');

    // A session of another event is not found under this event.
    const wrong = await t.request({
      method: 'POST',
      url: url(event.id, other.sessionIds[0]!),
      as: staff,
      payload: { code: small.code },
    });
    expect(wrong.statusCode).toBe(404);
  });

  it('lets exactly one of several simultaneous scans of the same code win', async () => {
    const reg = await insertRegistration(t, event.id, { seats: 2 });
    const session = event.sessionIds[1]!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.request({ method: 'POST', url: url(event.id, session), as: staff, payload: { code: reg.code } }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.json().error.code).toBe('already_checked_in');
  });

  it('lists the door list of a session: confirmed registrations with their check-ins, expected and present', async () => {
    const fresh = await insertEvent(t, {}, SAME_DAY);
    const session = fresh.sessionIds[0]!;
    const a = await insertRegistration(t, fresh.id, { contactName: 'Антон', seats: 2, organisationId: orgId });
    await insertRegistration(t, fresh.id, { contactName: 'Борис', seats: 3 });
    await insertRegistration(t, fresh.id, { contactName: 'Цвета', status: 'waitlisted', waitlistRank: 1 });
    await t.request({ method: 'POST', url: url(fresh.id, session), as: staff, payload: { code: a.code, people: 1 } });
    const res = await t.request({ method: 'GET', url: url(fresh.id, session), as: staff });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.session.id).toBe(session);
    expect(body.expected).toBe(5);
    expect(body.checkedIn).toBe(1);
    expect(body.items.map((i: { contactName: string }) => i.contactName)).toEqual(['Антон', 'Борис']);
    expect(body.items[0]).toMatchObject({
      registrationId: a.id,
      organisationName: 'Про Дрон Систем ООД',
      seats: 2,
      people: 1,
      checkedInAt: NOW.toISOString(),
    });
    expect(body.items[1]).toMatchObject({ people: null, checkedInAt: null });
  });

  it('accepts a typed code in any case, with spaces and dashes', async () => {
    const fresh = await insertEvent(t, {}, SAME_DAY);
    const reg = await insertRegistration(t, fresh.id, { code: 'K7M2QX9PRT' });
    const session = fresh.sessionIds[0]!;
    const lookup = await t.request({
      url: `${url(fresh.id, session)}/lookup?code=${encodeURIComponent(' k7m2-qx9 prt ')}`,
      as: staff,
    });
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json().registrationId).toBe(reg.id);
    const res = await t.request({
      method: 'POST',
      url: url(fresh.id, session),
      as: staff,
      payload: { code: 'k7m2 - qx9p rt' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().registration.id).toBe(reg.id);
    // The same code typed differently is still the same registration: a duplicate.
    const again = await t.request({
      method: 'POST',
      url: url(fresh.id, session),
      as: staff,
      payload: { code: 'K7M2QX9PRT' },
    });
    expect(again.json().error.code).toBe('already_checked_in');
    // A code stored with dashes matches without them, too.
    const dashed = await insertRegistration(t, fresh.id);
    const plain = dashed.code.replace(/-/g, '').toLowerCase();
    expect(
      (await t.request({ method: 'POST', url: url(fresh.id, session), as: staff, payload: { code: plain } }))
        .statusCode,
    ).toBe(201);
    // Dashes and spaces alone are no code.
    const empty = await t.request({ method: 'POST', url: url(fresh.id, session), as: staff, payload: { code: ' - ' } });
    expect(empty.statusCode).toBe(404);
  });

  it('looks a code up before the check-in: the party and its names, refused like the check-in itself', async () => {
    const fresh = await insertEvent(t, {}, SAME_DAY);
    const [day1] = fresh.sessionIds as [string, string];
    const party = await insertRegistration(t, fresh.id, {
      organisationId: orgId,
      seats: 3,
      attendeeNames: ['Анна', 'Борис', 'Вера'],
    });
    const lookup = await t.request({ url: `${url(fresh.id, day1)}/lookup?code=${party.code}`, as: staff });
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json()).toEqual({
      registrationId: party.id,
      contactName: expect.any(String),
      organisationName: 'Про Дрон Систем ООД',
      seats: 3,
      attendeeNames: ['Анна', 'Борис', 'Вера'],
      onSessionDay: true,
      sessionFirstDay: '2026-05-12',
      sessionLastDay: '2026-05-12',
    });
    // Nothing is recorded by a lookup.
    expect(await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, party.id))).toEqual(
      [],
    );
    expect((await t.request({ url: `${url(fresh.id, day1)}/lookup?code=NOPE`, as: staff })).statusCode).toBe(404);
    const waiting = await insertRegistration(t, fresh.id, { status: 'waitlisted', waitlistRank: 1 });
    expect(
      (await t.request({ url: `${url(fresh.id, day1)}/lookup?code=${waiting.code}`, as: staff })).json().error.code,
    ).toBe('not_confirmed');
    await t.request({ method: 'POST', url: url(fresh.id, day1), as: staff, payload: { code: party.code } });
    const dup = await t.request({ url: `${url(fresh.id, day1)}/lookup?code=${party.code}`, as: staff });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({
      code: 'already_checked_in',
      details: { checkedInAt: NOW.toISOString(), people: 3 },
    });
    expect((await t.request({ url: `${url(fresh.id, day1)}/lookup?code=${party.code}`, as: member })).statusCode).toBe(
      403,
    );
  });

  it('records which of a party came, names among the registration’s only', async () => {
    const fresh = await insertEvent(t, {}, SAME_DAY);
    const [day1, day2] = fresh.sessionIds as [string, string];
    const party = await insertRegistration(t, fresh.id, { seats: 3, attendeeNames: ['Анна', 'Борис', 'Вера'] });
    const res = await t.request({
      method: 'POST',
      url: url(fresh.id, day1),
      as: staff,
      payload: { code: party.code, attendees: [' Вера ', 'Анна'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().people).toBe(2);
    expect(res.json().registration.checkIns).toEqual([
      { sessionId: day1, checkedInAt: NOW.toISOString(), people: 2, attendeeNames: ['Анна', 'Вера'] },
    ]);
    const [row] = await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, party.id));
    expect(row).toMatchObject({ people: 2, attendeeNames: ['Анна', 'Вера'] });
    const list = (await t.request({ url: url(fresh.id, day1), as: staff })).json();
    expect(list.items.find((i: { registrationId: string }) => i.registrationId === party.id).attendeeNames).toEqual([
      'Анна',
      'Вера',
    ]);

    const refuse = async (payload: Record<string, unknown>, field: string) => {
      const r = await t.request({
        method: 'POST',
        url: url(fresh.id, day2),
        as: staff,
        payload: { code: party.code, ...payload },
      });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.details.fields[0].field).toBe(field);
    };
    await refuse({ attendees: ['Гошо'] }, 'attendees');
    await refuse({ attendees: [] }, 'attendees');
    await refuse({ attendees: ['Анна'], people: 2 }, 'people');
    // A registration without names has nobody to tick.
    const unnamed = await insertRegistration(t, fresh.id, { seats: 2 });
    const r = await t.request({
      method: 'POST',
      url: url(fresh.id, day2),
      as: staff,
      payload: { code: unnamed.code, attendees: ['Анна'] },
    });
    expect(r.json().error.details.fields[0].field).toBe('attendees');
    // Nothing was recorded at day 2 by the refusals.
    const day2Rows = await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.sessionId, day2));
    expect(day2Rows).toEqual([]);
  });

  it('refuses a check-in outside the session’s day (Sofia) with 409, unless staff give a reason, stored and audited', async () => {
    const later = await insertEvent(t, {}, [{ startsAt: '2026-09-15T06:00:00Z', endsAt: '2026-09-15T14:00:00Z' }]);
    const earlier = await insertEvent(t, {}, [{ startsAt: '2026-05-11T06:00:00Z', endsAt: '2026-05-11T14:00:00Z' }]);
    for (const e of [later, earlier]) {
      const reg = await insertRegistration(t, e.id, { seats: 2 });
      const session = e.sessionIds[0]!;
      const refused = await t.request({
        method: 'POST',
        url: url(e.id, session),
        as: staff,
        payload: { code: reg.code },
      });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error.code).toBe('outside_session_day');
      expect(refused.json().error.details).toMatchObject({ today: '2026-05-12' });
      // The door sees it before confirming.
      const lookup = await t.request({ url: `${url(e.id, session)}/lookup?code=${reg.code}`, as: staff });
      expect(lookup.statusCode, lookup.body).toBe(200);
      expect(lookup.json().onSessionDay).toBe(false);
      // A blank or too short reason is no override.
      const blank = await t.request({
        method: 'POST',
        url: url(e.id, session),
        as: staff,
        payload: { code: reg.code, overrideReason: '  ok ' },
      });
      expect(blank.statusCode, blank.body).toBe(400);
      expect(blank.json().error.details.fields[0].field).toBe('overrideReason');
      expect(await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, reg.id))).toEqual(
        [],
      );

      const reason = 'Записан от хартиения списък за присъствие';
      const ok = await t.request({
        method: 'POST',
        url: url(e.id, session),
        as: staff,
        payload: { code: reg.code, overrideReason: ` ${reason} ` },
      });
      expect(ok.statusCode, ok.body).toBe(201);
      const [row] = await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, reg.id));
      expect(row).toMatchObject({ people: 2, overrideReason: reason });
      const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, reg.id));
      expect(audit).toMatchObject({
        action: 'event.check_in',
        after: expect.objectContaining({ overrideReason: reason }),
      });
    }
    const sheet = (await t.request({ url: url(later.id, later.sessionIds[0]!), as: staff })).json();
    expect(sheet.checkedIn).toBe(2);

    // On the session's day a reason is not needed, and none is recorded.
    const today = await insertEvent(t, {}, SAME_DAY);
    const reg = await insertRegistration(t, today.id);
    const res = await t.request({
      method: 'POST',
      url: url(today.id, today.sessionIds[1]!),
      as: staff,
      payload: { code: reg.code, overrideReason: 'Не е нужна причина' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, reg.id));
    expect(row.overrideReason).toBeNull();
  });

  it('is for hub staff only', async () => {
    const reg = await insertRegistration(t, event.id, { organisationId: orgId, userId: member.id });
    const session = event.sessionIds[0]!;
    for (const [as, status] of [
      [null, 401],
      [member, 403],
      [outsider, 403],
    ] as const) {
      const post = await t.request({ method: 'POST', url: url(event.id, session), as, payload: { code: reg.code } });
      expect(post.statusCode).toBe(status);
      const list = await t.request({ method: 'GET', url: url(event.id, session), as });
      expect(list.statusCode).toBe(status);
    }
    const admin = await t.createUser('admin');
    const ok = await t.request({ method: 'POST', url: url(event.id, session), as: admin, payload: { code: reg.code } });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
