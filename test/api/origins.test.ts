import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/platform/db/client';
import { cookieHeader, TEST_PASSWORD } from '../support/test-app';
import { cloneTestDatabase } from '../support/test-db';

/**
 * Which origins may write (issue 10 items 6 and 10): the origins the server listens on (localhost and
 * 127.0.0.1 with its port) and PUBLIC_URL are trusted by better-auth and by the /api/v1 guard; a write
 * with a session cookie but no Origin passes only with `Sec-Fetch-Site: same-origin`.
 */
interface TServer {
  app: FastifyInstance;
  database: Database;
}

async function server(env: Record<string, string>): Promise<TServer> {
  const database = await cloneTestDatabase();
  const config = loadConfig({ EDIHUB_DATA_DIR: '.tmp/unused', ...env } as NodeJS.ProcessEnv);
  const app = await buildApp({ database, config, secret: 'test-secret-test-secret-test-secret-0123' });
  return { app, database };
}

let ip = 1;
const send = (s: TServer, opts: InjectOptions) =>
  s.app.inject({ remoteAddress: `10.88.0.${ip++}`, ...opts } as InjectOptions);

const signUp = (s: TServer, origin: string, email: string) =>
  send(s, {
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin, 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' },
    payload: { email, password: TEST_PASSWORD, name: 'Origin Test' },
  });
/** As a browser signs in: with the language cookie the site set, which makes better-auth check the Origin. */
const signIn = (s: TServer, origin: string, email: string) =>
  send(s, {
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin, cookie: 'edihub_lang=bg', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' },
    payload: { email, password: TEST_PASSWORD },
  });
const patchMe = (s: TServer, cookie: string, headers: Record<string, string>) =>
  send(s, { method: 'PATCH', url: '/api/v1/me', headers: { cookie, ...headers }, payload: { locale: 'en' } });

describe('without PUBLIC_URL, on port 4321', () => {
  let s: TServer;
  let cookie: string;
  beforeAll(async () => {
    s = await server({ PORT: '4321' });
    const res = await signUp(s, 'http://localhost:4321', 'local@example.test');
    expect(res.statusCode, res.body).toBe(200);
    // Sign-up opens no session (item 7): sign in for the cookie.
    cookie = cookieHeader(await signIn(s, 'http://localhost:4321', 'local@example.test'));
  });
  afterAll(async () => {
    await s.app.close();
    await s.database.close();
  });

  it('signs in from http://127.0.0.1:PORT and http://localhost:PORT', async () => {
    const numeric = await signIn(s, 'http://127.0.0.1:4321', 'local@example.test');
    expect(numeric.statusCode, numeric.body).toBe(200);
    const named = await signIn(s, 'http://localhost:4321', 'local@example.test');
    expect(named.statusCode, named.body).toBe(200);
  });

  it('still refuses sign-in from another origin or another port', async () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:9999', 'https://localhost:4321']) {
      const res = await signIn(s, origin, 'local@example.test');
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().code).toBe('INVALID_ORIGIN');
    }
  });

  it('lets the /api/v1 guard accept writes from 127.0.0.1:PORT and refuse other origins with invalid_origin', async () => {
    expect((await patchMe(s, cookie, { origin: 'http://127.0.0.1:4321' })).statusCode).toBe(200);
    expect((await patchMe(s, cookie, { origin: 'http://localhost:4321' })).statusCode).toBe(200);
    const foreign = await patchMe(s, cookie, { origin: 'http://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('invalid_origin');
  });
});

describe('with an https PUBLIC_URL', () => {
  let s: TServer;
  beforeAll(async () => {
    s = await server({ PUBLIC_URL: 'https://hub.example.org', PORT: '3000' });
  });
  afterAll(async () => {
    await s.app.close();
    await s.database.close();
  });

  it('trusts PUBLIC_URL and the addresses the server listens on, nothing else', async () => {
    expect((await signUp(s, 'https://hub.example.org', 'public@example.test')).statusCode).toBe(200);
    expect((await signIn(s, 'http://127.0.0.1:3000', 'public@example.test')).statusCode).toBe(200);
    expect((await signIn(s, 'http://hub.example.org', 'public@example.test')).statusCode).toBe(403);
  });
});

describe('a write with a session cookie but no Origin (item 6)', () => {
  let s: TServer;
  let cookie: string;
  beforeAll(async () => {
    s = await server({ PUBLIC_URL: 'http://edihub.test' });
    const res = await signUp(s, 'http://edihub.test', 'no-origin@example.test');
    expect(res.statusCode, res.body).toBe(200);
    cookie = cookieHeader(await signIn(s, 'http://edihub.test', 'no-origin@example.test'));
  });
  afterAll(async () => {
    await s.app.close();
    await s.database.close();
  });

  it('is refused without Sec-Fetch-Site, or with cross-site / same-site / none', async () => {
    const cases: Record<string, string>[] = [
      {},
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'none' },
    ];
    for (const headers of cases) {
      const res = await patchMe(s, cookie, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('invalid_origin');
    }
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const res = await send(s, { method, url: '/api/v1/organisations', headers: { cookie } });
      expect(res.statusCode, method).toBe(403);
    }
  });

  it('passes with Sec-Fetch-Site: same-origin', async () => {
    const res = await patchMe(s, cookie, { 'sec-fetch-site': 'same-origin' });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('is not the guard’s business without a session cookie, or for reads', async () => {
    const anonymous = await send(s, {
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: 'edihub_lang=en' },
      payload: { locale: 'en' },
    });
    expect(anonymous.statusCode).toBe(401);
    const read = await send(s, { method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(read.statusCode).toBe(200);
  });
});
