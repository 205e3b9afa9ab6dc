import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 10 item 8 (DMA part): a 650 kB answers body with 60 000 unknown keys answered a 6.4 MB error.
 * The number of answer keys accepted and the number of issues listed in an error are capped.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const manyKeys = (n: number, prefix = 'k') =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 1]));

describe('DMA answer bodies', () => {
  it('refuses 60 000 answer keys to the public scorer with a short 400', async () => {
    const payload = { questionnaire: 'sme', answers: manyKeys(60_000) };
    expect(JSON.stringify(payload).length).toBeGreaterThan(600_000);
    const res = await t.request({ method: 'POST', url: '/api/v1/dma/score', payload });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(10_000);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toMatch(/at most \d+ answers/);
  });

  it('refuses them on a draft too, before anything else runs', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/organisations/${randomUUID()}/assessments`,
      payload: { answers: manyKeys(60_000) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(10_000);
  });

  it('lists at most 50 issues and says how many more there are', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/score',
      payload: { questionnaire: 'sme', answers: manyKeys(150, 'X') },
    });
    expect(res.statusCode).toBe(400);
    const { details } = res.json().error;
    expect(details.fields).toHaveLength(50);
    expect(details.omitted).toBeGreaterThan(100);
  });

  it('lists at most 50 schema issues as well (long keys on a draft)', async () => {
    const answers = manyKeys(120, 'a-question-id-that-is-far-too-long-');
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/organisations/${randomUUID()}/assessments`,
      payload: { answers },
    });
    expect(res.statusCode).toBe(400);
    const { details } = res.json().error;
    expect(details.fields.length).toBeLessThanOrEqual(50);
    expect(details.omitted).toBeGreaterThan(0);
  });
});
