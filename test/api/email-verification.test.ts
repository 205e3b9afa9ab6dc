import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mailOutbox, user } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

let t: TestApp;
let unverified: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  unverified = await t.createUser('member', { verified: false });
});
afterAll(() => t.close());

const ORGANISATION = { legalNameBg: 'Непотвърдена', type: 'sme', country: 'DE', foreignRegistrationNo: 'HRB verify-1' };

describe('an account whose e-mail is not verified', () => {
  it('reads and edits its own account', async () => {
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: unverified });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.emailVerified).toBe(false);
    const patched = await t.request({ method: 'PATCH', url: '/api/v1/me', as: unverified, payload: { locale: 'en' } });
    expect(patched.statusCode, patched.body).toBe(200);
    const list = await t.request({ method: 'GET', url: '/api/v1/organisations', as: unverified });
    expect(list.statusCode).toBe(200);
  });

  it('may not register an organisation (403 email_not_verified)', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: unverified,
      payload: ORGANISATION,
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('email_not_verified');
  });

  it('asks for a new verification mail through the auth endpoint', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/send-verification-email',
      as: unverified,
      payload: { email: unverified.email, callbackURL: '/' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, unverified.email), eq(mailOutbox.kind, 'verify_email')));
    expect(mails.length).toBeGreaterThanOrEqual(2);
  });

  it('may write once the address is verified', async () => {
    await t.database.db.update(user).set({ emailVerified: true }).where(eq(user.id, unverified.id));
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: unverified,
      payload: ORGANISATION,
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});
