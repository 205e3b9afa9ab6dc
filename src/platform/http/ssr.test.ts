/** registerSsr on a bare Fastify with a stand-in build: template filling, locale choice, assets, errors. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformPolicy } from './policy';
import { registerSsr } from './ssr';
import { registerSecurityHeaders } from './security-headers';

const TEMPLATE = `<!doctype html><html lang="__EDIHUB_LANG__"><head><!--app-head--></head><body><div id="root"><!--app-html--></div><!--app-state--></body></html>`;

/** A stand-in for dist/server/entry-server.js: echoes what it was given. */
const ENTRY = `
export async function render({ url, locale, fetchJson }) {
  const me = await fetchJson('/api/v1/me');
  const again = await fetchJson('/api/v1/me');
  const status = url.startsWith('/missing') ? 404 : 200;
  return {
    html: '<p>' + locale + ' ' + url + '</p>',
    head: '<title>T</title>',
    status,
    state: { locale, me: me.body, same: me === again, evil: '</script><script>alert(1)</script>' },
  };
}
`;

function fakeBuild(): { clientDir: string; serverEntry: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'edihub-ssr-'));
  const clientDir = path.join(dir, 'client');
  mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  writeFileSync(path.join(clientDir, 'index.html'), TEMPLATE);
  writeFileSync(path.join(clientDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const serverEntry = path.join(dir, 'entry-server.mjs');
  writeFileSync(serverEntry, ENTRY);
  return { clientDir, serverEntry };
}

let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify();
  await registerSecurityHeaders(app, { https: false });
  app.addHook('onRoute', (route) => {
    if (!(route.config as { policy?: unknown } | undefined)?.policy) throw new Error(`${route.url} declares no policy`);
  });
  // A stand-in /me: signed in as an English speaker when the cookie says so.
  app.get('/api/v1/me', { config: { policy: platformPolicy.public } }, async (request) =>
    request.headers.cookie?.includes('session=en-user') ? { user: { locale: 'en' } } : { user: null },
  );
  await registerSsr(app, fakeBuild());
  await app.ready();
});

afterAll(() => app.close());

describe('registerSsr', () => {
  it('fills the template: language, head, html and escaped state', async () => {
    const res = await app.inject({ url: '/organisations?q=a' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="bg">');
    expect(res.body).toContain('<title>T</title>');
    expect(res.body).toContain('<p>bg /organisations?q=a</p>');
    expect(res.body).not.toContain('</script><script>alert(1)');
    const json = /window\.__EDIHUB_STATE__=(.*?)<\/script>/.exec(res.body)![1];
    expect(JSON.parse(json)).toMatchObject({ locale: 'bg', same: true, evil: '</script><script>alert(1)</script>' });
  });

  it('lets the CSP run the inline state script by a nonce that changes with every page (issue 10 item 3)', async () => {
    const pages = await Promise.all([app.inject({ url: '/' }), app.inject({ url: '/' })]);
    const nonces = pages.map((res) => {
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '))!;
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)![1];
      expect(res.body).toContain(`<script nonce="${nonce}">window.__EDIHUB_STATE__=`);
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      return nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(nonces[0]!.length).toBeGreaterThanOrEqual(22);
  });

  it("chooses the signed-in user's language, then the cookie, then Bulgarian", async () => {
    const byUser = await app.inject({ url: '/', headers: { cookie: 'edihub_lang=bg; session=en-user' } });
    expect(byUser.body).toContain('<html lang="en">');
    const byCookie = await app.inject({ url: '/', headers: { cookie: 'edihub_lang=en' } });
    expect(byCookie.body).toContain('<html lang="en">');
    expect(byCookie.headers['content-language']).toBe('en');
    const junk = await app.inject({ url: '/', headers: { cookie: 'edihub_lang=xx' } });
    expect(junk.body).toContain('<html lang="bg">');
  });

  it("passes the app's status through (404 page)", async () => {
    const res = await app.inject({ url: '/missing/page' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<p>bg /missing/page</p>');
  });

  it('serves hashed assets with a long cache, and the favicon', async () => {
    const asset = await app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/assets/nope.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/favicon.svg' })).statusCode).toBe(200);
  });

  it('never renders HTML for unknown API paths', async () => {
    const res = await app.inject({ url: '/api/v1/unknown' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('fails loudly at start when the build is missing', async () => {
    const bare = Fastify();
    await expect(
      registerSsr(bare, { clientDir: '/nonexistent/client', serverEntry: '/nonexistent/entry.js' }),
    ).rejects.toThrow(/npm run build/);
    await bare.close();
  });
});
