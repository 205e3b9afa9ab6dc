import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { user } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

/** Issue 10 item 5: website and online-event addresses are http(s) only (no javascript:, data:, file: …). */
let t: TestApp;
let staff: TestUser;
let member: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  member = await t.createUser('member');
  // Verified, so the test does not depend on the verification rule of item 2.
  await t.database.db.update(user).set({ emailVerified: true }).where(eq(user.id, member.id));
});
afterAll(async () => t.close());

const BAD = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://example.bg',
  'vbscript:msgbox(1)',
];

let orgCounter = 0;
const org = (website: unknown) => ({
  legalNameBg: 'Уеб Тест ООД',
  type: 'sme',
  country: 'AT',
  foreignRegistrationNo: `FN W${++orgCounter}`,
  website,
});

const event = (onlineUrl: unknown) => ({
  type: 'seminar',
  titleBg: 'Уебинар',
  titleEn: `Webinar ${Math.random().toString(36).slice(2, 7)}`,
  onlineUrl,
  sessions: [{ startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T10:00:00Z' }],
});

function expectUrlRefused(res: { statusCode: number; json(): unknown }, field: string) {
  expect(res.statusCode).toBe(400);
  const body = res.json() as {
    error: { code: string; message: string; details: { fields: { field: string; message: string }[] } };
  };
  expect(body.error.code).toBe('validation_failed');
  const f = body.error.details.fields.find((x) => x.field === field);
  expect(f, JSON.stringify(body)).toBeDefined();
  expect(f!.message).toMatch(/http/);
}

describe('organisation website', () => {
  it.each(BAD)('refuses %s with a 400 naming the field', async (website) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/organisations', as: member, payload: org(website) });
    expectUrlRefused(res, 'website');
  });

  it('accepts http and https, and refuses a javascript: address on update too', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: member,
      payload: org('https://firma.bg/za-nas'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const plain = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${id}`,
      as: member,
      payload: { website: 'http://firma.bg' },
    });
    expect(plain.statusCode, plain.body).toBe(200);
    const bad = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${id}`,
      as: member,
      payload: { website: 'javascript:alert(1)' },
    });
    expectUrlRefused(bad, 'website');
  });
});

describe('online event address', () => {
  it.each(BAD)('refuses %s with a 400 naming the field', async (onlineUrl) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/events', as: staff, payload: event(onlineUrl) });
    expectUrlRefused(res, 'onlineUrl');
  });

  it('accepts an https meeting link and refuses javascript: on update', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      as: staff,
      payload: event('https://meet.example.org/abc?pwd=1'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const bad = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${id}`,
      as: staff,
      payload: { onlineUrl: 'javascript:alert(1)' },
    });
    expectUrlRefused(bad, 'onlineUrl');
  });
});
