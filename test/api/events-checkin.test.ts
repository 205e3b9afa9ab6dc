import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, eventCheckIns } from '../../src/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { insertEvent, insertOrganisation, insertRegistration } from '../support/events-b-fixtures';

let t: TestApp;
let staff: TestUser;
let member: TestUser;
let outsider: TestUser;
let orgId: string;
let event: Awaited<ReturnType<typeof insertEvent>>;
const NOW = new Date('2026-05-12T06:30:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  staff = await t.createUser('staff');
  member = await t.createUser('member');
  outsider = await t.createUser('member');
  orgId = await insertOrganisation(t, 'Про Дрон Систем ООД', { member });
  event = await insertEvent(t);
});
afterAll(async () => t.close());

const url = (eventId: string, sessionId: string) => `/api/v1/events/${eventId}/sessions/${sessionId}/check-ins`;

describe('check-in', () => {
  it('checks a confirmed registration in by its code, once per session, and answers with the registration', async () => {
    const reg = await insertRegistration(t, event.id, { organisationId: orgId, seats: 3 });
    const [first, second] = event.sessionIds;
    const res = await t.request({ method: 'POST', url: url(event.id, first!), as: staff, payload: { code: `  ${reg.code} `, people: 2 } });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.people).toBe(2);
    expect(body.checkedInAt).toBe(NOW.toISOString());
    expect(body.registration.id).toBe(reg.id);
    expect(body.registration.organisationName).toBe('Про Дрон Систем ООД');
    expect(body.registration.checkIns).toEqual([{ sessionId: first, checkedInAt: NOW.toISOString(), people: 2 }]);
    expect(body.registration.qrSvg).toContain('<svg');

    // A duplicate at the same session is refused with the time of the first check-in.
    const again = await t.request({ method: 'POST', url: url(event.id, first!), as: staff, payload: { code: reg.code } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_checked_in');
    expect(again.json().error.details.checkedInAt).toBe(NOW.toISOString());
    expect(again.json().error.details.people).toBe(2);

    // Another session of the same event is a separate check-in; without `people` all seats came.
    const next = await t.request({ method: 'POST', url: url(event.id, second!), as: staff, payload: { code: reg.code } });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().people).toBe(3);
    const rows = await t.database.db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, reg.id));
    expect(rows).toHaveLength(2);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, reg.id));
    expect(audits.filter((a) => a.action === 'event.check_in')).toHaveLength(2);
  });

  it('refuses unknown codes, codes of another event, unconfirmed registrations and too many people', async () => {
    const other = await insertEvent(t);
    const foreign = await insertRegistration(t, other.id);
    const session = event.sessionIds[0]!;
    const unknown = await t.request({ method: 'POST', url: url(event.id, session), as: staff, payload: { code: 'NO-SUCH-CODE' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const elsewhere = await t.request({ method: 'POST', url: url(event.id, session), as: staff, payload: { code: foreign.code } });
    expect(elsewhere.statusCode).toBe(404);

    for (const status of ['waitlisted', 'pending', 'cancelled'] as const) {
      const reg = await insertRegistration(t, event.id, {
        status,
        waitlistRank: status === 'waitlisted' ? 1 : null,
      });
      const res = await t.request({ method: 'POST', url: url(event.id, session), as: staff, payload: { code: reg.code } });
      expect(res.statusCode, status).toBe(409);
      expect(res.json().error.code).toBe('not_confirmed');
      expect(res.json().error.details.status).toBe(status);
    }
    const small = await insertRegistration(t, event.id, { seats: 1 });
    const many = await t.request({ method: 'POST', url: url(event.id, session), as: staff, payload: { code: small.code, people: 2 } });
    expect(many.statusCode).toBe(400);
    expect(many.json().error.details.fields[0].field).toBe('people');

    // A session of another event is not found under this event.
    const wrong = await t.request({ method: 'POST', url: url(event.id, other.sessionIds[0]!), as: staff, payload: { code: small.code } });
    expect(wrong.statusCode).toBe(404);
  });

  it('lets exactly one of several simultaneous scans of the same code win', async () => {
    const reg = await insertRegistration(t, event.id, { seats: 2 });
    const session = event.sessionIds[1]!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => t.request({ method: 'POST', url: url(event.id, session), as: staff, payload: { code: reg.code } })),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.json().error.code).toBe('already_checked_in');
  });

  it('lists the door list of a session: confirmed registrations with their check-ins, expected and present', async () => {
    const fresh = await insertEvent(t);
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
