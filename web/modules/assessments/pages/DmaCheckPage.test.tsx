/** The public self-check renders on the server in both languages, with both questionnaires offered. */
import { describe, expect, it } from 'vitest';
import { render } from '../../../entry-server';
import type { TFetchJson } from '../../../shared/lib/api';
import { ANONYMOUS_ME } from '../../../app/modules';

const fetchJson: TFetchJson = async (path) =>
  path === '/api/v1/me'
    ? { status: 200, body: ANONYMOUS_ME }
    : { status: 404, body: { error: { code: 'not_found', message: 'no' } } };

describe('/dma on the server', () => {
  it('renders in Bulgarian with its title, the choice of questionnaire and the privacy note', async () => {
    const r = await render({ url: '/dma', locale: 'bg', fetchJson });
    expect(r.status).toBe(200);
    expect(r.html).toContain('<h1 id="dma-check-title" tabindex="-1">Проверете дигиталната си зрялост</h1>');
    expect(r.html).toContain('Започнете като предприятие');
    expect(r.html).toContain('Започнете като публична организация');
    expect(r.html).toContain('не се съхраняват');
    expect(r.head).toContain('<title>Проверете дигиталната си зрялост · EDIHub</title>');
    expect(r.html).toContain('href="/dma"');
  });

  it('renders in English', async () => {
    const r = await render({ url: '/dma', locale: 'en', fetchJson });
    expect(r.status).toBe(200);
    expect(r.html).toContain('<h1 id="dma-check-title" tabindex="-1">Check your digital maturity</h1>');
    expect(r.html).toContain('Start as an enterprise');
    expect(r.head).toContain('<title>Check your digital maturity · EDIHub</title>');
    expect(r.head).toContain('free self-check');
  });
});
