/** The server render on its own: routes, loaders, status codes, language and the hydration state. */
import { describe, expect, it } from 'vitest';
import { render } from './entry-server';
import type { TFetchJson } from './shared/lib/api';

const hub = {
  nameBg: 'ЕЦИХ „Загоре“',
  nameEn: 'EDIH "Zagore"',
  city: 'Стара Загора',
  nuts2: 'BG34',
  descriptionBg: 'Хъб за Югоизточния регион.',
  descriptionEn: 'The hub of the South-East region.',
  email: 'info@zagore.demo',
  website: null,
  partners: [
    {
      id: 'p1',
      legalNameBg: 'Тракийски университет',
      legalNameEn: 'Trakia University',
      type: 'research_education',
      city: 'Стара Загора',
      website: null,
    },
  ],
};

const anonymous = {
  user: null,
  memberships: [],
  abilities: {
    organisations: { list: false, listAll: false, create: false },
    selfCheck: true,
    services: { manage: false },
    requests: { list: false, listAll: false, board: false },
    aid: { ledger: false, settings: false },
    events: { manage: false },
    facilities: { manage: false },
    assessments: { listAll: false, exportFiles: false, importFiles: false },
    admin: { users: false, audit: false, outbox: false, jobs: false },
  },
};

function api(routes: Record<string, { status: number; body: unknown }>): TFetchJson & { calls: string[] } {
  const calls: string[] = [];
  const f = (async (path: string) => {
    calls.push(path);
    return routes[path] ?? { status: 404, body: { error: { code: 'not_found', message: 'no' } } };
  }) as TFetchJson & { calls: string[] };
  f.calls = calls;
  return f;
}

describe('render()', () => {
  it('renders the home page with the hub from its loader, in Bulgarian', async () => {
    const fetchJson = api({
      '/api/v1/me': { status: 200, body: anonymous },
      '/api/v1/hub': { status: 200, body: hub },
    });
    const r = await render({ url: '/', locale: 'bg', fetchJson });
    expect(r.status).toBe(200);
    expect(r.html).toContain('<h1 id="hero-title">ЕЦИХ „Загоре“</h1>');
    expect(r.html).toContain('Тракийски университет');
    expect(r.html).toContain('Какво правим');
    expect(r.head).toContain('<title>ЕЦИХ „Загоре“ · EDIHub</title>');
    expect(r.head).toContain('Хъб за Югоизточния регион.');
    expect(r.state).toMatchObject({ locale: 'bg', me: anonymous, route: { url: '/', data: hub } });
    expect(fetchJson.calls).toEqual(['/api/v1/me', '/api/v1/hub']);
  });

  it('renders English when asked', async () => {
    const fetchJson = api({
      '/api/v1/me': { status: 200, body: anonymous },
      '/api/v1/hub': { status: 200, body: hub },
    });
    const r = await render({ url: '/', locale: 'en', fetchJson });
    expect(r.html).toContain('EDIH &quot;Zagore&quot;');
    expect(r.html).toContain('Trakia University');
    expect(r.html).toContain('What we do');
  });

  it('answers 404 with the not-found page for unknown paths', async () => {
    const r = await render({
      url: '/no/such/page?x=1',
      locale: 'bg',
      fetchJson: api({ '/api/v1/me': { status: 200, body: anonymous } }),
    });
    expect(r.status).toBe(404);
    expect(r.html).toContain('Страницата не е намерена');
    expect(r.head).toContain('<title>Страницата не е намерена · EDIHub</title>');
  });

  it('passes a failing loader on as the status, with an error state for the browser', async () => {
    const r = await render({
      url: '/',
      locale: 'en',
      fetchJson: api({
        '/api/v1/me': { status: 200, body: anonymous },
        '/api/v1/hub': { status: 503, body: { error: { code: 'internal', message: 'down' } } },
      }),
    });
    expect(r.status).toBe(503);
    expect(r.html).toContain('A server error occurred.');
    expect(r.state).toMatchObject({ route: { url: '/', error: { status: 503, code: 'internal' } } });
  });

  it('shows a sign-in prompt on signed-in screens for anonymous visitors, and the shell for members', async () => {
    const anon = await render({
      url: '/organisations',
      locale: 'en',
      fetchJson: api({ '/api/v1/me': { status: 200, body: anonymous } }),
    });
    expect(anon.status).toBe(200);
    expect(anon.html).toContain('Please sign in');
    expect(anon.html).toContain('href="/sign-in?next=%2Forganisations"');

    const member = {
      user: { id: 'u1', name: 'Иван Колев', email: 'i@x.bg', role: 'member', locale: 'bg', emailVerified: true },
      memberships: [],
      abilities: {
        organisations: { list: true, listAll: false, create: true },
        selfCheck: true,
        services: { manage: false },
        requests: { list: false, listAll: false, board: false },
        aid: { ledger: false, settings: false },
        events: { manage: false },
        facilities: { manage: false },
        assessments: { listAll: false, exportFiles: false, importFiles: false },
        admin: { users: false, audit: false, outbox: false, jobs: false },
      },
    };
    const signedIn = await render({
      url: '/organisations',
      locale: 'bg',
      fetchJson: api({ '/api/v1/me': { status: 200, body: member } }),
    });
    expect(signedIn.html).toContain('Моите организации');
    expect(signedIn.html).toContain('Иван Колев');
    expect(signedIn.html).toContain('Зареждане…');
    expect(signedIn.html).not.toContain('Потребители');
  });

  it('treats a failed /me as anonymous', async () => {
    const r = await render({
      url: '/sme-check',
      locale: 'bg',
      fetchJson: api({ '/api/v1/me': { status: 500, body: null } }),
    });
    expect(r.status).toBe(200);
    expect(r.html).toContain('Проверка за МСП');
    expect(r.html).toContain('href="/sign-in"');
  });
});
