/** User administration: invitations by e-mail, deactivation (sessions end, no sign-in) and admin-sent resets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditLog, mailOutbox, session, user } from '../../src/platform/db/schema';
import {
  cookieHeader,
  createTestApp,
  TEST_PASSWORD,
  TEST_PUBLIC_URL,
  type TestApp,
  type TestUser,
} from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let now = new Date('2026-03-02T08:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  admin = await t.createUser('admin', { name: 'Ада Админ' });
});
afterAll(async () => t.close());

const db = () => t.database.db;
const invite = (email: string, role = 'staff', locale = 'bg') =>
  t.request({ method: 'POST', url: '/api/v1/admin/invitations', as: admin, payload: { email, role, locale } });
async function tokenFor(email: string): Promise<string> {
  const [mail] = await db()
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, email))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const m = /\/invitation\?token=([\w-]+)/.exec(mail!.text);
  return m![1]!;
}
const accept = (token: string, name = 'Нов Служител', password = 'a-long-enough-secret') =>
  t.request({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, name, password } });

describe('invitations', () => {
  it('invites by e-mail in the chosen language, and the invitee sets a name and password and signs in with the role', async () => {
    const res = await invite('Nova@Example.test', 'staff', 'en');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'nova@example.test',
      role: 'staff',
      status: 'pending',
      invitedBy: 'Ада Админ',
    });
    const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, 'nova@example.test'));
    expect(mail!.kind).toBe('user_invitation');
    expect(mail!.subject).toBe('Your invitation to EDIHub');
    expect(mail!.text).toMatch(/Ада Админ invites you to the EDIHub platform as “[^”]+”/);
    expect(mail!.text).toContain(`${TEST_PUBLIC_URL}/invitation?token=`);

    const token = await tokenFor('nova@example.test');
    const preview = await t.request({ method: 'POST', url: '/api/v1/invitations/preview', payload: { token } });
    expect(preview.json()).toMatchObject({ email: 'nova@example.test', role: 'staff', locale: 'en' });
    const accepted = await accept(token);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const signIn = await t.signIn('nova@example.test', 'a-long-enough-secret');
    expect(signIn.statusCode, signIn.body).toBe(200);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieHeader(signIn) } });
    expect(me.json().user).toMatchObject({ name: 'Нов Служител', role: 'staff', emailVerified: true });

    // The token is spent.
    expect((await accept(token)).statusCode).toBe(404);
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, 'user.invitation_accept'));
    expect(audits).toHaveLength(1);
    expect((await db().select().from(auditLog).where(eq(auditLog.action, 'user.invite'))).length).toBe(1);
  });

  it('refuses to invite an address that already has an account, a weak password, and an expired or revoked invitation', async () => {
    const dup = await invite(admin.email.toUpperCase());
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('conflict');

    await invite('short@example.test');
    const short = await accept(await tokenFor('short@example.test'), 'Кратко', 'abc');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].field).toBe('password');
    // The common-password list applies to invited accounts as it does to sign-up.
    await invite('common@example.test');
    const common = await accept(await tokenFor('common@example.test'), 'Обичайна', 'password1234');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.details.fields[0].code).toBe('password_too_common');

    await invite('late@example.test', 'expert');
    const lateToken = await tokenFor('late@example.test');
    now = new Date(now.getTime() + 8 * 24 * 3600_000);
    expect((await accept(lateToken)).statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: '/api/v1/admin/invitations', as: admin });
    expect(list.json().items.find((i: { email: string }) => i.email === 'late@example.test').status).toBe('expired');

    const revoked = await invite('gone@example.test', 'member');
    const gone = await tokenFor('gone@example.test');
    const del = await t.request({ method: 'DELETE', url: `/api/v1/admin/invitations/${revoked.json().id}`, as: admin });
    expect(del.json().status).toBe('revoked');
    expect((await accept(gone)).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/invitations/preview', payload: { token: gone } })).statusCode,
    ).toBe(404);
    // A second invitation to the same address replaces the first.
    await invite('twice@example.test');
    const first = await tokenFor('twice@example.test');
    await invite('twice@example.test', 'expert');
    expect((await accept(first)).statusCode).toBe(404);
    expect((await accept(await tokenFor('twice@example.test'))).json().role).toBe('expert');
  });
});

describe('deactivation', () => {
  it("ends the user's sessions, refuses sign-in until reactivated, and is audited", async () => {
    const member = await t.createUser('member');
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations', as: member })).statusCode).toBe(200);
    const off = await t.request({ method: 'POST', url: `/api/v1/admin/users/${member.id}/deactivate`, as: admin });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().deactivatedAt).not.toBeNull();
    expect(await db().select().from(session).where(eq(session.userId, member.id))).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations', as: member })).statusCode).toBe(401);
    const refused = await t.signIn(member.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('ACCOUNT_DEACTIVATED');
    // No password reset for a deactivated account.
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/admin/users/${member.id}/password-reset`, as: admin }))
        .statusCode,
    ).toBe(409);

    const on = await t.request({ method: 'POST', url: `/api/v1/admin/users/${member.id}/reactivate`, as: admin });
    expect(on.json().deactivatedAt).toBeNull();
    expect((await t.signIn(member.email, TEST_PASSWORD)).statusCode).toBe(200);
    const actions = (
      await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, member.id))
        .orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('never deactivates yourself, nor the last active admin (two admins deactivating each other at once)', async () => {
    const self = await t.request({ method: 'POST', url: `/api/v1/admin/users/${admin.id}/deactivate`, as: admin });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.details.reason).toBe('self');

    const b = await t.createUser('admin');
    const c = await t.createUser('admin');
    // b and c deactivate each other at the same time: one wins; the other is no longer an active admin, so it is
    // refused (401 once its session is gone, 409 if its request got in first). With "never yourself", that keeps at
    // least one active admin: the one acting.
    const [x, y] = await Promise.all([
      t.request({ method: 'POST', url: `/api/v1/admin/users/${c.id}/deactivate`, as: b }),
      t.request({ method: 'POST', url: `/api/v1/admin/users/${b.id}/deactivate`, as: c }),
    ]);
    const codes = [x.statusCode, y.statusCode].sort();
    expect(codes[0]).toBe(200);
    expect([401, 409]).toContain(codes[1]);
    const active = await db()
      .select()
      .from(user)
      .where(and(eq(user.role, 'admin')));
    expect(active.filter((u) => !u.deactivatedAt).length).toBe(2);
  });
});

describe('password reset sent by an admin', () => {
  it('mails the user a reset link through the outbox and audits it', async () => {
    const member = await t.createUser('member', { name: 'Мария' });
    const res = await t.request({ method: 'POST', url: `/api/v1/admin/users/${member.id}/password-reset`, as: admin });
    expect(res.statusCode, res.body).toBe(202);
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, member.email), eq(mailOutbox.kind, 'password_reset')));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('/reset-password');
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.password_reset'), eq(auditLog.entityId, member.id)));
    expect(audit!.actorId).toBe(admin.id);
  });
});
