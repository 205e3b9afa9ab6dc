import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/platform/db/client';
import { createTestApp, type TestApp } from '../support/test-app';
import { cloneTestDatabase } from '../support/test-db';

/** Issue 10 item 3: security headers on every response, pages and API alike. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function directives(csp: unknown): Map<string, string> {
  expect(typeof csp).toBe('string');
  return new Map(
    String(csp)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

describe('security headers (http PUBLIC_URL)', () => {
  it.each([
    ['an API answer', '/api/health', 200],
    ['an API error', '/api/v1/organisations/not-a-uuid', 400],
    ['an unknown API route', '/api/v1/nothing-here', 404],
    ['the OpenAPI document', '/api/openapi.json', 200],
  ])('%s carries nosniff, no framing and a strict CSP', async (_what, url, status) => {
    const res = await t.request({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    const scripts = csp.get('script-src') ?? '';
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toMatch(/https?:|\*/);
    // No HSTS over plain http (it would pin a localhost install to https).
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('keeps the API documentation page working', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(res.statusCode);
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });
});

describe('with an https PUBLIC_URL', () => {
  let app: FastifyInstance;
  let database: Database;
  beforeAll(async () => {
    database = await cloneTestDatabase();
    const config = loadConfig({
      PUBLIC_URL: 'https://hub.example.org',
      EDIHUB_DATA_DIR: '.tmp/unused',
    } as NodeJS.ProcessEnv);
    app = await buildApp({ database, config, secret: 'test-secret-test-secret-test-secret-0123' });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('sends HSTS for a year and asks browsers to upgrade insecure requests', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(directives(res.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });
});
