import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mailOutbox, session, user } from '../../src/platform/db/schema';
import { createTestApp, TEST_PASSWORD, TEST_PUBLIC_URL, type TestApp } from '../support/test-app';

let t: TestApp;
let now = new Date('2030-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
});
afterAll(() => t.close());

let ipCounter = 1;
const ip = () => `10.88.0.${ipCounter++}`;

const signUp = (payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    remoteAddress: ip(),
    headers: { origin: TEST_PUBLIC_URL },
    payload,
  });

const mailsTo = (to: string, kind: string) =>
  t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, to), eq(mailOutbox.kind, kind)));

/** The response with everything that differs between two accounts anyway (ids, times) blanked out. */
function shapeOf(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value) =>
    ['id', 'createdAt', 'updatedAt', 'email', 'name'].includes(key) ? '·' : value,
  );
}

describe('sign-up does not reveal whether an e-mail has an account', () => {
  it('answers the same for a new and an existing address, without a session, and mails the owner', async () => {
    const existing = await t.createUser('member', { name: 'Owner', email: 'owner-7@example.test' });
    await t.database.db.update(user).set({ locale: 'en' }).where(eq(user.id, existing.id));

    const fresh = await signUp({ email: 'fresh-7@example.test', password: TEST_PASSWORD, name: 'Fresh' });
    const again = await signUp({ email: 'OWNER-7@example.test', password: 'another-long-password', name: 'Intruder' });

    expect(again.statusCode, again.body).toBe(fresh.statusCode);
    expect(fresh.statusCode).toBe(200);
    expect(shapeOf(again.json())).toEqual(shapeOf(fresh.json()));
    expect(fresh.headers['set-cookie']).toBeUndefined();
    expect(again.headers['set-cookie']).toBeUndefined();
    // The existing account's id never leaks.
    expect(again.body).not.toContain(existing.id);

    const sessions = await t.database.db.select().from(session).where(eq(session.userId, existing.id));
    expect(sessions).toHaveLength(1); // only the one createUser made

    const warned = await mailsTo('owner-7@example.test', 'sign_up_existing');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.subject).toMatch(/account/i);
    expect(warned[0]!.text).toContain(`${TEST_PUBLIC_URL}/sign-in`);
    expect(warned[0]!.text).toContain(`${TEST_PUBLIC_URL}/forgot-password`);
    expect(await mailsTo('fresh-7@example.test', 'verify_email')).toHaveLength(1);
    // Only the verification mail of the owner's own sign-up: the second attempt sends none.
    expect(await mailsTo('owner-7@example.test', 'verify_email')).toHaveLength(1);
  });

  it('a new account signs in with its password (unverified) after sign-up', async () => {
    await signUp({ email: 'later-7@example.test', password: TEST_PASSWORD, name: 'Later' });
    const res = await t.signIn('later-7@example.test', TEST_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('the most common passwords are refused', () => {
  it('on sign-up: 400 password_too_common', async () => {
    const res = await signUp({ email: 'common-7@example.test', password: 'Password123', name: 'Common' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('password_too_common');
    const rows = await t.database.db.select().from(user).where(eq(user.email, 'common-7@example.test'));
    expect(rows).toHaveLength(0);
  });

  it('on password change: 400 password_too_common', async () => {
    const u = await t.createUser('member');
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      as: u,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiop' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('password_too_common');
  });

  it('on reset: 400 password_too_common', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      remoteAddress: ip(),
      headers: { origin: TEST_PUBLIC_URL },
      payload: { newPassword: '1234567890', token: 'not-a-token' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('password_too_common');
  });
});

describe('per-account sign-in back-off', () => {
  it('refuses an account after repeated failures from any address, with Retry-After, and lets it in later', async () => {
    const u = await t.createUser('member');
    for (let i = 0; i < 5; i++) {
      const res = await t.signIn(u.email, 'wrong-password-123');
      expect(res.statusCode, res.body).toBe(401);
    }
    const locked = await t.signIn(u.email.toUpperCase(), TEST_PASSWORD);
    expect(locked.statusCode, locked.body).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().error.code).toBe('rate_limited');

    // A different account is not affected.
    const other = await t.createUser('member');
    expect((await t.signIn(other.email, TEST_PASSWORD)).statusCode).toBe(200);

    now = new Date(now.getTime() + Number(locked.headers['retry-after']) * 1000 + 1000);
    const wrongAgain = await t.signIn(u.email, 'wrong-password-123');
    expect(wrongAgain.statusCode).toBe(401);
    const longer = await t.signIn(u.email, TEST_PASSWORD);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(Number(locked.headers['retry-after']));

    now = new Date(now.getTime() + Number(longer.headers['retry-after']) * 1000 + 1000);
    const ok = await t.signIn(u.email, TEST_PASSWORD);
    expect(ok.statusCode, ok.body).toBe(200);
    // Success clears the count: one failure later is not refused.
    expect((await t.signIn(u.email, 'wrong-password-123')).statusCode).toBe(401);
    expect((await t.signIn(u.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('treats an address without an account the same way', async () => {
    for (let i = 0; i < 5; i++)
      expect((await t.signIn('nobody-7@example.test', 'wrong-password-123')).statusCode).toBe(401);
    expect((await t.signIn('nobody-7@example.test', 'wrong-password-123')).statusCode).toBe(429);
  });
});

describe('the auth bridge forwards the raw body', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const post = (url: string, payload: string) =>
    t.app.inject({
      method: 'POST',
      url,
      remoteAddress: ip(),
      headers: { origin: TEST_PUBLIC_URL, 'content-type': 'application/json' },
      payload,
    });

  it('answers a 200 000-deep JSON body with a 4xx, never 500', async () => {
    for (const body of [
      deep(200_000),
      `{"email":${deep(200_000)},"password":"x"}`,
      `{"email":"deep@example.test","password":"wrong-password-123","extra":${deep(200_000)}}`,
    ]) {
      const res = await post('/api/auth/sign-in/email', body);
      expect(res.statusCode, res.body.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(500);
    }
    const signUpDeep = await post(
      '/api/auth/sign-up/email',
      `{"email":"d@example.test","name":${deep(200_000)},"password":"x"}`,
    );
    expect(signUpDeep.statusCode).toBeLessThan(500);
  });

  it('answers bad JSON with 400', async () => {
    const res = await post('/api/auth/sign-in/email', '{"email": "a@example.test", "password": ');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });
});
