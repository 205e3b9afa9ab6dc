import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { eventCertificates } from '../../src/platform/db/schema';
import { CERTIFICATE_CODE_PATTERN } from '../../src/modules/events/certificates/certificate-code';
import { createTestApp, TEST_PUBLIC_URL, type TestApp, type TestUser } from '../support/test-app';
import { checkInVia, insertEvent, LATE_CHECK_IN, insertOrganisation, insertRegistration } from '../support/factories';

let t: TestApp;
let staff: TestUser;
let member: TestUser;
let outsider: TestUser;
let orgId: string;
const NOW = new Date('2026-05-14T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  staff = await t.createUser('staff');
  member = await t.createUser('member');
  outsider = await t.createUser('member');
  orgId = await insertOrganisation(t, 'Про Дрон Систем ООД', { member });
});
afterAll(async () => t.close());

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false })
    .promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + ' ' : '')).join('');
  }
  await pdf.destroy();
  return text.replace(/\s+/g, ' ');
}

const issue = (eventId: string, as: TestUser | null = staff) =>
  t.request({ method: 'POST', url: `/api/v1/events/${eventId}/certificates`, as });
const certificatesOf = async (registrationId: string, as: TestUser = staff) =>
  (await t.request({ method: 'GET', url: `/api/v1/registrations/${registrationId}/certificates`, as })).json() as {
    code: string;
    participantName: string;
    issuedAt: string;
  }[];

describe('certificates by rule', () => {
  it("issues under rule 'all' only to those checked in at every session, once", async () => {
    const event = await insertEvent(t, { certificateRule: 'all' }, [
      { startsAt: '2026-05-11T06:00:00Z', endsAt: '2026-05-11T14:00:00Z' },
      { startsAt: '2026-05-12T06:00:00Z', endsAt: '2026-05-12T14:00:00Z' },
      { startsAt: '2026-05-13T06:00:00Z', endsAt: '2026-05-13T14:00:00Z' },
    ]);
    const full = await insertRegistration(t, event.id, {
      organisationId: orgId,
      userId: member.id,
      seats: 2,
      attendeeNames: ['Мария Петрова', 'Иван Иванов'],
    });
    const partial = await insertRegistration(t, event.id, { contactName: 'Частичен' });
    await insertRegistration(t, event.id, { contactName: 'Не дошъл' });
    for (const s of event.sessionIds) await checkInVia(t, staff, event.id, s, full.code);
    await checkInVia(t, staff, event.id, event.sessionIds[0]!, partial.code);

    const res = await issue(event.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ issued: 2, skipped: 1 });
    const certs = await certificatesOf(full.id);
    expect(certs.map((c) => c.participantName)).toEqual(['Иван Иванов', 'Мария Петрова']);
    for (const c of certs) {
      expect(c.code).toMatch(CERTIFICATE_CODE_PATTERN);
      expect(c.issuedAt).toBe(NOW.toISOString());
    }
    expect(new Set(certs.map((c) => c.code)).size).toBe(2);
    expect(await certificatesOf(partial.id)).toEqual([]);
    // The registration shows its certificate to its owner's side too.
    expect(await certificatesOf(full.id, member)).toHaveLength(2);

    // A second run issues nothing new and keeps the codes.
    const again = await issue(event.id);
    expect(again.json()).toEqual({ issued: 0, skipped: 3 });
    expect((await certificatesOf(full.id)).map((c) => c.code).sort()).toEqual(certs.map((c) => c.code).sort());
  });

  it("issues under rule 'min' to those who attended at least the minimum, recording the sessions attended", async () => {
    const event = await insertEvent(t, { certificateRule: 'min', certificateMinSessions: 2 }, [
      { startsAt: '2026-05-11T06:00:00Z', endsAt: '2026-05-11T14:00:00Z' },
      { startsAt: '2026-05-12T06:00:00Z', endsAt: '2026-05-12T14:00:00Z' },
      { startsAt: '2026-05-13T06:00:00Z', endsAt: '2026-05-13T14:00:00Z' },
    ]);
    const two = await insertRegistration(t, event.id, { contactName: 'Две сесии' });
    const one = await insertRegistration(t, event.id, { contactName: 'Една сесия' });
    await checkInVia(t, staff, event.id, event.sessionIds[0]!, two.code);
    await checkInVia(t, staff, event.id, event.sessionIds[2]!, two.code);
    await checkInVia(t, staff, event.id, event.sessionIds[1]!, one.code);
    expect((await issue(event.id)).json()).toEqual({ issued: 1, skipped: 1 });
    const [cert] = await t.database.db
      .select()
      .from(eventCertificates)
      .where(eq(eventCertificates.registrationId, two.id));
    expect(cert!.participantName).toBe('Две сесии');
    expect(cert!.sessionsAttended).toBe(2);
  });
});

describe('certificates per person of a party', () => {
  it('certifies only the people of a party who came themselves, and the registration lists all of them', async () => {
    const event = await insertEvent(t, { certificateRule: 'all' });
    const [day1, day2] = event.sessionIds as [string, string];
    const party = await insertRegistration(t, event.id, {
      organisationId: orgId,
      userId: member.id,
      seats: 3,
      attendeeNames: ['Анна', 'Борис', 'Вера'],
    });
    // Day 1: all three (nobody named = the whole party); day 2: only Анна and Вера were ticked.
    await checkInVia(t, staff, event.id, day1, party.code);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/sessions/${day2}/check-ins`,
      as: staff,
      payload: { code: party.code, attendees: ['Анна', 'Вера'], ...LATE_CHECK_IN },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await issue(event.id)).json()).toEqual({ issued: 2, skipped: 1 });
    const certs = await certificatesOf(party.id);
    expect(certs.map((c) => c.participantName)).toEqual(['Анна', 'Вера']);
    const rows = await t.database.db
      .select()
      .from(eventCertificates)
      .where(eq(eventCertificates.registrationId, party.id));
    expect(rows.every((r) => r.sessionsAttended === 2)).toBe(true);

    // The registration, as its holder sees it, lists every certificate by name.
    const mine = await t.request({ url: `/api/v1/registrations/${party.id}`, as: member });
    expect(mine.json().certificates).toEqual([
      { code: certs[0]!.code, participantName: 'Анна' },
      { code: certs[1]!.code, participantName: 'Вера' },
    ]);
  });

  it("under rule 'min' counts each person's own sessions, the first `people` when nobody was named", async () => {
    const event = await insertEvent(t, { certificateRule: 'min', certificateMinSessions: 2 }, [
      { startsAt: '2026-05-11T06:00:00Z', endsAt: '2026-05-11T14:00:00Z' },
      { startsAt: '2026-05-12T06:00:00Z', endsAt: '2026-05-12T14:00:00Z' },
      { startsAt: '2026-05-13T06:00:00Z', endsAt: '2026-05-13T14:00:00Z' },
    ]);
    const party = await insertRegistration(t, event.id, { seats: 3, attendeeNames: ['Анна', 'Борис', 'Вера'] });
    // Two people (the first two names) on day 1, Вера alone on day 2, Борис and Вера on day 3.
    await checkInVia(t, staff, event.id, event.sessionIds[0]!, party.code, 2);
    for (const [session, attendees] of [
      [event.sessionIds[1]!, ['Вера']],
      [event.sessionIds[2]!, ['Борис', 'Вера']],
    ] as const) {
      const r = await t.request({
        method: 'POST',
        url: `/api/v1/events/${event.id}/sessions/${session}/check-ins`,
        as: staff,
        payload: { code: party.code, attendees, ...LATE_CHECK_IN },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    // Анна 1 session (no certificate), Борис 2, Вера 2.
    expect((await issue(event.id)).json()).toEqual({ issued: 2, skipped: 1 });
    const rows = await t.database.db
      .select()
      .from(eventCertificates)
      .where(eq(eventCertificates.registrationId, party.id));
    expect(Object.fromEntries(rows.map((r) => [r.participantName, r.sessionsAttended]))).toEqual({ Борис: 2, Вера: 2 });
  });
});

describe('certificate PDF and verification', () => {
  let event: Awaited<ReturnType<typeof insertEvent>>;
  let code: string;
  let registrationId: string;

  beforeAll(async () => {
    event = await insertEvent(t, { titleBg: 'Изкуствен интелект в производството', titleEn: 'AI in manufacturing' });
    const reg = await insertRegistration(t, event.id, {
      organisationId: orgId,
      userId: member.id,
      contactName: 'Мария Петрова',
      locale: 'bg',
    });
    registrationId = reg.id;
    for (const s of event.sessionIds) await checkInVia(t, staff, event.id, s, reg.code);
    await issue(event.id);
    code = (await certificatesOf(reg.id))[0]!.code;
  });

  it('renders the PDF in Bulgarian and English with the name, event, dates, sessions, code and verification URL', async () => {
    const bg = await t.request({ method: 'GET', url: `/api/v1/certificates/${code}.pdf?lang=bg` });
    expect(bg.statusCode, bg.body.slice(0, 200)).toBe(200);
    expect(bg.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(bg.rawPayload);
    expect(text).toContain('Сертификат за участие');
    expect(text).toContain('Мария Петрова');
    expect(text).toContain('Про Дрон Систем ООД');
    expect(text).toContain('Изкуствен интелект в производството');
    expect(text).toContain('12.05.2026 – 13.05.2026');
    expect(text).toContain('Посетени сесии: 2 от 2');
    expect(text).toContain(code);
    expect(text).toContain(`${TEST_PUBLIC_URL}/verify/${code}`);

    const en = await t.request({ method: 'GET', url: `/api/v1/certificates/${code}.pdf?lang=en`, as: member });
    const enText = await pdfText(en.rawPayload);
    expect(enText).toContain('Certificate of attendance');
    expect(enText).toContain('AI in manufacturing');
    expect(enText).toContain('2026-05-12 – 2026-05-13');
  });

  it('verifies publicly by code (also typed in lower case), and 404 for an unknown code', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/certificates/${code.toLowerCase()}/verify` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      code,
      valid: true,
      revoked: false,
      participantName: 'Мария Петрова',
      eventSlug: event.slug,
      eventTitleBg: 'Изкуствен интелект в производството',
      eventTitleEn: 'AI in manufacturing',
      dates: [
        { startsAt: '2026-05-12T06:00:00.000Z', endsAt: '2026-05-12T14:00:00.000Z' },
        { startsAt: '2026-05-13T06:00:00.000Z', endsAt: '2026-05-13T14:00:00.000Z' },
      ],
      issuedAt: NOW.toISOString(),
      revokedAt: null,
      sessionsAttended: 2,
      sessionsTotal: 2,
    });
    const unknown = await t.request({ method: 'GET', url: '/api/v1/certificates/AAAA-BBBB-CCCC-DDDD-EEEE/verify' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const unknownPdf = await t.request({ method: 'GET', url: '/api/v1/certificates/AAAA-BBBB-CCCC-DDDD-EEEE.pdf' });
    expect(unknownPdf.statusCode).toBe(404);
  });

  it('shows a revoked certificate as revoked and no longer hands out its PDF', async () => {
    const revokedAt = new Date('2026-06-01T08:00:00Z');
    await t.database.db.update(eventCertificates).set({ revokedAt }).where(eq(eventCertificates.code, code));
    const res = await t.request({ method: 'GET', url: `/api/v1/certificates/${code}/verify` });
    expect(res.json()).toMatchObject({ valid: false, revoked: true, revokedAt: revokedAt.toISOString() });
    const pdf = await t.request({ method: 'GET', url: `/api/v1/certificates/${code}.pdf` });
    expect(pdf.statusCode).toBe(409);
    expect(await certificatesOf(registrationId)).toEqual([]);
    await t.database.db.update(eventCertificates).set({ revokedAt: null }).where(eq(eventCertificates.code, code));
  });

  it('lets only staff issue, and only the registrant side and staff list a registration’s certificates', async () => {
    expect((await issue(event.id, null)).statusCode).toBe(401);
    expect((await issue(event.id, member)).statusCode).toBe(403);
    const list = (as: TestUser | null) =>
      t.request({ method: 'GET', url: `/api/v1/registrations/${registrationId}/certificates`, as });
    expect((await list(null)).statusCode).toBe(401);
    expect((await list(outsider)).statusCode).toBe(403);
    expect((await list(member)).statusCode).toBe(200);
    expect((await list(staff)).statusCode).toBe(200);
  });
});
