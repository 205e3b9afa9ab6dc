/** The audit log as an admin reads it: the actor, a link to the record, the changed fields, and the filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createUser('admin', { name: 'Ада Админ' });
  staff = await t.createUser('staff', { name: 'Стоян Служител' });
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as: staff,
    payload: { legalNameBg: 'Одит ООД', type: 'sme', country: 'AT', foreignRegistrationNo: 'FN audit-1' },
  });
  expect(res.statusCode, res.body).toBe(201);
  orgId = res.json().id;
  const upd = await t.request({
    method: 'PATCH',
    url: `/api/v1/organisations/${orgId}`,
    as: staff,
    payload: { city: 'Габрово' },
  });
  expect(upd.statusCode, upd.body).toBe(200);
  await t.request({ method: 'PATCH', url: `/api/v1/admin/users/${staff.id}`, as: admin, payload: { role: 'expert' } });
  await t.request({ method: 'PATCH', url: `/api/v1/admin/users/${staff.id}`, as: admin, payload: { role: 'staff' } });
});
afterAll(async () => t.close());

const audit = (query: string) => t.request({ method: 'GET', url: `/api/v1/admin/audit${query}`, as: admin });

describe('audit log', () => {
  it('names the actor, links the record and lists the changed fields', async () => {
    const res = await audit(`?entityId=${orgId}&lang=bg`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<Record<string, unknown>>;
    const update = items.find((i) => i.action === 'organisation.update')!;
    expect(update).toMatchObject({
      actorName: 'Стоян Служител',
      actorEmail: staff.email,
      record: { path: `/organisations/${orgId}`, label: 'Одит ООД' },
    });
    expect(update.changes).toContainEqual({ field: 'city', before: null, after: 'Габрово' });
    const role = (await audit(`?entityType=user&entityId=${staff.id}`)).json().items[0];
    expect(role.record).toEqual({
      path: `/admin/users?q=${encodeURIComponent(staff.email)}`,
      label: `Стоян Служител <${staff.email}>`,
    });
    expect(role.changes).toEqual([{ field: 'role', before: 'expert', after: 'staff' }]);
  });

  it('filters by actor (name or e-mail), by kind of action and by date range', async () => {
    const byName = (await audit(`?actor=${encodeURIComponent('стоян')}`)).json();
    expect(byName.total).toBeGreaterThanOrEqual(2);
    expect(byName.items.every((i: { actorEmail: string }) => i.actorEmail === staff.email)).toBe(true);
    const byEmail = (await audit(`?actor=${encodeURIComponent(admin.email)}`)).json();
    expect(byEmail.items.map((i: { action: string }) => i.action)).toEqual(['user.set_role', 'user.set_role']);

    const kind = (await audit('?action=organisation')).json();
    expect(kind.items.map((i: { action: string }) => i.action).sort()).toEqual([
      'organisation.register',
      'organisation.update',
    ]);
    const exact = (await audit('?action=organisation.update')).json();
    expect(exact.total).toBe(1);

    // Move one entry back in time: the date range keeps it out or in by the Sofia calendar day.
    await t.database.db
      .update(auditLog)
      .set({ at: new Date('2026-01-10T22:30:00Z') })
      .where(eq(auditLog.action, 'organisation.register'));
    const jan11 = (await audit('?from=2026-01-11&to=2026-01-11')).json();
    expect(jan11.items.map((i: { action: string }) => i.action)).toEqual(['organisation.register']);
    expect((await audit('?from=2026-01-10&to=2026-01-10')).json().total).toBe(0);
  });

  it('paginates', async () => {
    const page1 = (await audit('?pageSize=2&page=1')).json();
    const page2 = (await audit('?pageSize=2&page=2')).json();
    expect(page1.total).toBe(4);
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(2);
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);
  });

  it('refuses a reversed or impossible date range with a 400', async () => {
    const reversed = await audit('?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('validation_failed');
    expect((await audit('?from=2026-02-31')).statusCode).toBe(400);
    expect((await audit('?action=DROP%20TABLE')).statusCode).toBe(400);
  });
});
