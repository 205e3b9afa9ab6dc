/**
 * Server-side rendering of the web app (production build): serves the hashed client assets and
 * renders every other non-API GET through web/entry-server's `render`, with the API answered
 * in-process by `app.inject` under the visitor's own cookies.
 */
import { platformPolicy } from './policy';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '../../contract/common';
import { LANGUAGE_COOKIE, languageCookie } from '../../contract/language-cookie';
import { cspNonce } from './security-headers';

export interface SsrOptions {
  /** The client build (index.html, assets/, favicon). */
  clientDir: string;
  /** The server build of web/entry-server.tsx. */
  serverEntry: string;
}

type TFetchJson = (path: string) => Promise<{ status: number; body: unknown }>;

interface TServerEntry {
  render(opts: {
    url: string;
    locale: TLocale;
    fetchJson: TFetchJson;
  }): Promise<{ html: string; head: string; status: number; state: unknown; redirect?: string }>;
}

/** Files from the client build's root served as they are (everything else there is the template). */
const ROOT_FILES = ['favicon.svg', 'robots.txt'];

function isLocale(v: unknown): v is TLocale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

function cookieLocale(header: string | undefined): TLocale | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return isLocale(value) ? value : null;
    }
  }
  return null;
}

/** `<` and line separators escaped: the JSON cannot close the script element or break the JS. */
function serializeState(state: unknown): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Splits the template once at start-up, so each request only concatenates. */
function compileTemplate(
  template: string,
): (parts: { lang: TLocale; head: string; html: string; state: string; nonce: string }) => string {
  for (const marker of ['__EDIHUB_LANG__', '<!--app-head-->', '<!--app-html-->', '<!--app-state-->']) {
    if (!template.includes(marker)) throw new Error(`SSR template index.html lacks the ${marker} placeholder`);
  }
  // The state script is the page's only inline script: the CSP allows it by this response's nonce.
  return ({ lang, head, html, state, nonce }) =>
    template
      .replace('__EDIHUB_LANG__', lang)
      .replace('<!--app-head-->', () => head)
      .replace('<!--app-html-->', () => html)
      .replace('<!--app-state-->', () => `<script nonce="${nonce}">window.__EDIHUB_STATE__=${state}</script>`);
}

/** Registers asset serving and the HTML catch-all. Call after every API route. */
export async function registerSsr(app: FastifyInstance, opts: SsrOptions): Promise<void> {
  const clientDir = path.resolve(opts.clientDir);
  const serverEntry = path.resolve(opts.serverEntry);
  const templatePath = path.join(clientDir, 'index.html');
  for (const required of [templatePath, serverEntry]) {
    if (!existsSync(required)) {
      throw new Error(`The web app is not built: ${required} is missing. Run \`npm run build\` first.`);
    }
  }
  const fill = compileTemplate(readFileSync(templatePath, 'utf8'));
  const entry = (await import(pathToFileURL(serverEntry).href)) as TServerEntry;
  if (typeof entry.render !== 'function')
    throw new Error(`${serverEntry} does not export render(); rebuild with \`npm run build\`.`);

  // reply.sendFile only; our own routes below carry the policy the route registry demands.
  await app.register(fastifyStatic, { root: clientDir, serve: false });

  app.get('/assets/*', { config: { policy: platformPolicy.public }, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    // Hashed file names: cache for a year, never revalidate.
    return reply.sendFile(path.posix.join('assets', file), { maxAge: 365 * 24 * 3600 * 1000, immutable: true });
  });
  for (const name of ROOT_FILES) {
    if (!existsSync(path.join(clientDir, name))) continue;
    app.get(`/${name}`, { config: { policy: platformPolicy.public }, schema: { hide: true } }, (_request, reply) =>
      reply.sendFile(name, { maxAge: 24 * 3600 * 1000 }),
    );
  }

  const renderPage = async (request: FastifyRequest, reply: FastifyReply) => {
    // One /me answer per page render, shared by the locale choice and the app's own request.
    const cache = new Map<string, Promise<{ status: number; body: unknown }>>();
    const cookie = request.headers.cookie ?? '';
    const fetchJson: TFetchJson = (apiPath) => {
      let pending = cache.get(apiPath);
      if (!pending) {
        pending = app
          .inject({
            method: 'GET',
            url: apiPath,
            headers: {
              cookie,
              accept: 'application/json',
              'user-agent': request.headers['user-agent'] ?? 'edihub-ssr',
            },
          })
          .then((res) => {
            let body: unknown = null;
            try {
              body = res.body ? JSON.parse(res.body) : null;
            } catch {
              body = null;
            }
            return { status: res.statusCode, body };
          });
        cache.set(apiPath, pending);
      }
      return pending;
    };

    const me = await fetchJson('/api/v1/me');
    const userLocale = (me.body as { user?: { locale?: unknown } | null } | null)?.user?.locale;
    // `?lng=` is the language switch as a plain link (it works without JavaScript): it wins and is remembered.
    const asked = new URLSearchParams(request.url.split('?')[1] ?? '').get('lng');
    const chosen = isLocale(asked) ? asked : null;
    const locale: TLocale =
      chosen ?? (isLocale(userLocale) ? userLocale : (cookieLocale(request.headers.cookie) ?? DEFAULT_LOCALE));
    if (chosen) reply.header('set-cookie', languageCookie(chosen));

    const result = await entry.render({ url: request.url, locale, fetchJson });
    // A loader found the page under another address (a renamed service): send the visitor there.
    if (result.redirect) return reply.header('cache-control', 'no-store').redirect(result.redirect, result.status);
    const page = fill({
      lang: locale,
      head: result.head,
      html: result.html,
      state: serializeState(result.state),
      nonce: cspNonce(reply),
    });
    return reply
      .status(result.status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-language', locale)
      .header('vary', 'Cookie')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'strict-origin-when-cross-origin')
      .send(page);
  };

  // Every other GET that is not the API is a page of the app (unknown ones render the 404 page).
  app.get('/*', { config: { policy: platformPolicy.public }, schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0];
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route GET ${pathname}` } });
    }
    return renderPage(request, reply);
  });
}
