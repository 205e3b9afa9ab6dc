/** The public verification page rendered on the server, as someone checking a printed certificate gets it. */
import { describe, expect, it } from 'vitest';
import { render } from '../../../entry-server';
import type { TFetchJson } from '../../../shared/lib/api';
import { ANONYMOUS_ME } from '../../../app/modules';
import type { TCertificateVerification } from './VerifyCertificatePage';

const CODE = '7K3Q-M9XD-2F8R-WB4T-H6JN';
const valid: TCertificateVerification = {
  code: CODE,
  valid: true,
  revoked: false,
  participantName: 'Мария Петрова',
  eventSlug: 'ai-in-manufacturing',
  eventTitleBg: 'Изкуствен интелект в производството',
  eventTitleEn: 'AI in manufacturing',
  dates: [
    { startsAt: '2026-05-12T06:00:00.000Z', endsAt: '2026-05-12T14:00:00.000Z' },
    { startsAt: '2026-05-13T06:00:00.000Z', endsAt: '2026-05-13T14:00:00.000Z' },
  ],
  issuedAt: '2026-05-14T10:00:00.000Z',
  revokedAt: null,
  sessionsAttended: 2,
  sessionsTotal: 2,
};

function api(answer: { status: number; body: unknown }): TFetchJson {
  return (async (path: string) => {
    if (path === '/api/v1/me') return { status: 200, body: ANONYMOUS_ME };
    if (path === `/api/v1/certificates/${CODE}/verify`) return answer;
    return { status: 404, body: { error: { code: 'not_found', message: 'no' } } };
  }) as TFetchJson;
}

describe('/verify/:code on the server', () => {
  it('shows a valid certificate with the participant, event, dates and sessions, in Bulgarian', async () => {
    const r = await render({ url: `/verify/${CODE}`, locale: 'bg', fetchJson: api({ status: 200, body: valid }) });
    expect(r.status).toBe(200);
    expect(r.html).toContain('Проверка на сертификат');
    expect(r.html).toContain('Сертификатът е валиден');
    expect(r.html).toContain('status--success');
    expect(r.html).toContain('Мария Петрова');
    expect(r.html).toMatch(/href="\/events\/ai-in-manufacturing"[^>]*>Изкуствен интелект в производството<\/a>/);
    expect(r.html).toContain('2 от 2');
    expect(r.html).toContain(CODE);
    // 06:00–14:00 UTC is 9:00–17:00 in Sofia in May.
    expect(r.html).toContain('12.05.2026 г., 9:00–17:00');
    expect(r.html).toContain('13.05.2026 г., 9:00–17:00');
  });

  it('says clearly when a certificate was revoked, in English', async () => {
    const revoked = { ...valid, valid: false, revoked: true, revokedAt: '2026-06-01T08:00:00.000Z' };
    const r = await render({ url: `/verify/${CODE}`, locale: 'en', fetchJson: api({ status: 200, body: revoked }) });
    expect(r.html).toContain('The certificate has been revoked');
    expect(r.html).toContain('status--error');
    expect(r.html).not.toContain('The certificate is valid');
    expect(r.html).toContain('AI in manufacturing');
  });

  it('says that an unknown code is no certificate of the hub', async () => {
    const r = await render({
      url: `/verify/${CODE}`,
      locale: 'bg',
      fetchJson: api({ status: 404, body: { error: { code: 'not_found', message: 'no' } } }),
    });
    // The same friendly page, but with the HTTP status of a missing resource (issue 10 item 17).
    expect(r.status).toBe(404);
    expect(r.html).toContain('Няма такъв сертификат');
    expect(r.html).toContain(CODE);
    expect(r.html).not.toContain('Сертификатът е валиден');
  });

  it('answers 404 for a code too long to be one, with the same page in English', async () => {
    const long = 'X'.repeat(80);
    const r = await render({ url: `/verify/${long}`, locale: 'en', fetchJson: api({ status: 200, body: valid }) });
    expect(r.status).toBe(404);
    expect(r.html).toContain(long);
    expect(r.html).not.toContain('The certificate is valid');
  });
});
