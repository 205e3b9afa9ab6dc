/** The catalogue and a service page rendered on the server, as a visitor without JavaScript gets them. */
import { describe, expect, it } from 'vitest';
import { render } from '../../../entry-server';
import type { TFetchJson } from '../../../shared/lib/api';
import { ANONYMOUS_ME } from '../../../app/modules';
import type { TServiceDetail, TServicePage } from '../../../../src/contract/services';

const pentest: TServiceDetail = {
  id: 's1',
  slug: 'penetration-testing',
  family: 'test_before_invest',
  titleBg: 'Тестове за проникване',
  titleEn: 'Penetration testing',
  descriptionBg: 'Контролирана атака срещу мрежата ви.\n\nДоклад с уязвимостите.',
  descriptionEn: 'A controlled attack on your network.\n\nA report of the vulnerabilities.',
  technologies: ['cybersecurity'],
  customerTypes: ['sme'],
  sectors: ['ict'],
  marketValueCents: 600_000,
  valueUnit: 'fixed',
  priceCents: 0,
  aidBasis: 'de_minimis',
  published: true,
  partners: [
    { id: 'p1', legalNameBg: 'Телелинк Бизнес Сървисис', legalNameEn: 'Telelink Business Services', website: null },
  ],
  gberArticle: null,
  noAidReason: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  abilities: { update: false, publish: false, delete: false },
};
const page: TServicePage = {
  items: [pentest],
  total: 13,
  page: 1,
  pageSize: 12,
  abilities: { create: false, viewUnpublished: false },
};
const hub = { nameBg: 'ЕЦИХ „Загоре“', nameEn: 'EDIH "Zagore"', email: 'info@zagore.demo', partners: [] };

function api(routes: Record<string, unknown>): TFetchJson & { calls: string[] } {
  const calls: string[] = [];
  const f = (async (path: string) => {
    calls.push(path);
    if (path === '/api/v1/me') return { status: 200, body: ANONYMOUS_ME };
    return path in routes
      ? { status: 200, body: routes[path] }
      : { status: 404, body: { error: { code: 'not_found', message: 'no' } } };
  }) as TFetchJson & { calls: string[] };
  f.calls = calls;
  return f;
}

describe('the catalogue on the server', () => {
  it('renders the services with their area, technologies, value and price in Bulgarian, with the URL filters applied', async () => {
    const fetchJson = api({
      '/api/v1/services?q=%D0%BA%D0%B8%D0%B1%D0%B5%D1%80&family=test_before_invest&page=1&pageSize=12': page,
    });
    const r = await render({ url: '/services?q=кибер&family=test_before_invest', locale: 'bg', fetchJson });
    expect(r.status).toBe(200);
    expect(r.html).toContain('<h1>Услуги</h1>');
    expect(r.html).toMatch(/href="\/services\/penetration-testing"[^>]*>Тестове за проникване<\/a>/);
    expect(r.html).toContain('Тестване преди инвестиране');
    expect(r.html).toContain('Киберсигурност');
    expect(r.html).toMatch(/6\s?000\s€ за цялата услуга/);
    expect(r.html).toContain('Безплатно');
    expect(r.html).toContain('13 услуги');
    // The search works as a plain GET form, the chosen area is a current link, paging is a link.
    expect(r.html).toContain('action="/services"');
    expect(r.html).toMatch(/<input[^>]*name="q"[^>]*value="кибер"/);
    expect(r.html).toMatch(
      /aria-current="page"[^>]*>Тестване преди инвестиране|href="\/services\?q=[^"]*&amp;family=test_before_invest" aria-current="page"/,
    );
    expect(r.html).toContain(
      'href="/services?q=%D0%BA%D0%B8%D0%B1%D0%B5%D1%80&amp;family=test_before_invest&amp;page=2"',
    );
    expect(r.head).toContain('<title>Услуги · EDIHub</title>');
    expect(r.html).not.toContain('Нова услуга');
  });

  it('renders English, and the empty state', async () => {
    const empty = { ...page, items: [], total: 0 };
    const r = await render({
      url: '/services?technology=blockchain',
      locale: 'en',
      fetchJson: api({ '/api/v1/services?technology=blockchain&page=1&pageSize=12': empty }),
    });
    expect(r.status).toBe(200);
    expect(r.html).toContain('<h1>Services</h1>');
    expect(r.html).toContain('No service matches your search.');
    expect(r.html).toContain('0 services');
  });

  it('falls back to the public catalogue when a visitor opens a link with drafts', async () => {
    const publicOnly = api({ '/api/v1/services?page=1&pageSize=12': page });
    const fetchJson: TFetchJson = async (path) =>
      path.includes('includeUnpublished')
        ? { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in first' } } }
        : publicOnly(path);
    const r = await render({ url: '/services?drafts=1', locale: 'en', fetchJson });
    expect(r.status).toBe(200);
    expect(r.html).toContain('Penetration testing');
  });
});

describe('a service page on the server', () => {
  it('shows the texts, partners, aid basis in plain words and the hub contact, in English', async () => {
    const fetchJson = api({ '/api/v1/services/penetration-testing': pentest, '/api/v1/hub': hub });
    const r = await render({ url: '/services/penetration-testing', locale: 'en', fetchJson });
    expect(r.status).toBe(200);
    expect(r.html).toContain('<h1>Penetration testing</h1>');
    expect(r.html).toContain('A report of the vulnerabilities.');
    expect(r.html).toContain('Telelink Business Services');
    expect(r.html).toContain('de minimis rules');
    expect(r.html).toContain('€6,000 for the whole service');
    expect(r.html).toContain('href="mailto:info@zagore.demo?subject=Service%3A%20Penetration%20testing"');
    expect(r.html).toContain('Information and communication');
    expect(r.html).not.toContain('Unpublish');
    expect(r.head).toContain('<title>Penetration testing · EDIHub</title>');
  });

  it('shows Bulgarian texts and answers 404 for an unknown or malformed slug', async () => {
    const fetchJson = api({ '/api/v1/services/penetration-testing': pentest, '/api/v1/hub': hub });
    const bg = await render({ url: '/services/penetration-testing', locale: 'bg', fetchJson });
    expect(bg.html).toContain('<h1>Тестове за проникване</h1>');
    expect(bg.html).toContain('Телелинк Бизнес Сървисис');
    expect((await render({ url: '/services/no-such', locale: 'bg', fetchJson })).status).toBe(404);
    expect((await render({ url: '/services/Bad_Slug', locale: 'bg', fetchJson })).status).toBe(404);
  });

  it('moves a former address of a renamed service to its current one (301), keeping the query', async () => {
    const fetchJson = api({
      '/api/v1/services/pen-test': { ...pentest, redirectTo: 'penetration-testing' },
      '/api/v1/hub': hub,
    });
    const r = await render({ url: '/services/pen-test?ref=mail', locale: 'bg', fetchJson });
    expect(r.status).toBe(301);
    expect(r.redirect).toBe('/services/penetration-testing?ref=mail');
    expect(r.html).toBe('');
    const current = api({
      '/api/v1/services/penetration-testing': { ...pentest, redirectTo: null },
      '/api/v1/hub': hub,
    });
    const same = await render({ url: '/services/penetration-testing', locale: 'bg', fetchJson: current });
    expect(same.status).toBe(200);
    expect(same.redirect).toBeUndefined();
  });
});
