import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('smoke', () => {
  it('health', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(['pglite', 'postgres']).toContain(res.json().database);
  });
  it('me + organisations', async () => {
    const staff = await t.createUser('staff');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: staff });
    expect(me.json().user.role).toBe('staff');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: staff,
      payload: { legalNameBg: 'Тест ООД', type: 'sme', eik: '175074752', oblast: 'BG344' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const list = await t.request({ method: 'GET', url: '/api/v1/organisations?q=тест', as: staff });
    expect(list.json().total).toBe(1);
  });
});
