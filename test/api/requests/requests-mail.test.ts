import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../../src/config';
import { deMinimisDeclarations, mailOutbox } from '../../../src/platform/db/schema';
import { dispatchMail } from '../../../src/platform/mail/outbox';
import { createTestApp, TEST_PUBLIC_URL, type TestApp, type TestUser } from '../../support/test-app';

/** A message as the SMTP server received it: the envelope recipients and the raw RFC 5322 text. */
interface TReceived {
  rcptTo: string[];
  raw: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header, decoded. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Splits headers from body and unfolds continued header lines. */
function splitEntity(text: string): { headers: Map<string, string>; body: string } {
  const at = text.indexOf('\r\n\r\n');
  const head = text.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: text.slice(at + 4) };
}

/** The subject and plain-text part of a message nodemailer sent (single part or multipart/alternative). */
function parseMessage(raw: string): { to: string; subject: string; text: string } {
  const { headers, body } = splitEntity(raw);
  const type = headers.get('content-type') ?? '';
  let text = decodeBody(body, headers.get('content-transfer-encoding'));
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    const plain = parts
      .map((p) => splitEntity(p.replace(/^\r\n/, '')))
      .find((p) => p.headers.get('content-type')?.startsWith('text/plain'));
    text = plain ? decodeBody(plain.body, plain.headers.get('content-transfer-encoding')) : '';
  }
  return { to: headers.get('to') ?? '', subject: decodeWords(headers.get('subject') ?? ''), text };
}

const received: TReceived[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({
        rcptTo: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  },
});

let t: TestApp;
let staff: TestUser;
let member: TestUser;
let expert: TestUser;
let requestId: string;
let ref: number;
let rejectedRef: number;
let cancelledRef: number;
const REJECT_REASON = 'Услугата е само за предприятия от сектор ИКТ.';
const CANCEL_REASON = 'Обучението се отлага за догодина.';
let transport: Transporter;
let from: string;

/** Sends everything pending in the outbox through the real SMTP server, as the app's dispatcher does. */
async function flush() {
  while ((await dispatchMail(t.database.db, transport, from)) > 0);
}

const messagesTo = (email: string) => received.filter((m) => m.rcptTo.includes(email)).map((m) => parseMessage(m.raw));

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  // The same configuration and transport main.ts builds when SMTP_URL is set.
  const config = loadConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: TEST_PUBLIC_URL } as NodeJS.ProcessEnv);
  transport = nodemailer.createTransport(config.SMTP_URL);
  from = config.MAIL_FROM;

  t = await createTestApp();
  staff = await t.createUser('staff');
  const admin = await t.createUser('admin');
  member = await t.createUser('member', { name: 'Мария Петрова' });
  expert = await t.createUser('expert', { name: 'Иван Експертов' });
  const register = async (name: string, as: TestUser, no: string) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as,
      payload: { legalNameBg: name, type: 'sme', country: 'AT', foreignRegistrationNo: no },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const partner = await register('Тракийски университет', staff, 'FN M1');
  await t.request({
    method: 'PUT',
    url: `/api/v1/organisations/${partner}/partner`,
    as: admin,
    payload: { isPartner: true },
  });
  await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${partner}/members`,
    as: staff,
    payload: { email: expert.email },
  });
  const customer = await register('Про Дрон Систем ООД', member, 'FN M2');
  await t.database.db.insert(deMinimisDeclarations).values({
    organisationId: customer,
    items: [],
    totalCents: 0,
    statement: 'Декларирам, че не съм получавал друга минимална помощ.',
    locale: 'bg',
    signerName: 'Мария Петрова',
  });
  const service = await t.request({
    method: 'POST',
    url: '/api/v1/services',
    as: staff,
    payload: {
      family: 'skills_training',
      titleBg: 'Обучение по киберсигурност',
      titleEn: 'Cybersecurity training',
      descriptionBg: 'Двудневен курс по киберхигиена за служители.',
      descriptionEn: 'A two-day course in cyber hygiene for staff.',
      technologies: ['cybersecurity'],
      partnerIds: [partner],
      marketValueCents: 45_000,
      valueUnit: 'per_day',
      aidBasis: 'de_minimis',
      published: true,
    },
  });
  expect(service.statusCode, service.body).toBe(201);
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/requests',
    as: member,
    payload: {
      organisationId: customer,
      serviceId: service.json().id,
      need: 'Обучение за 12 служители по защита от фишинг.',
      quantity: 2,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  requestId = created.json().id;
  ref = created.json().ref;
  const actOn = async (id: string, as: TestUser, payload: Record<string, unknown>) => {
    const res = await t.request({ method: 'POST', url: `/api/v1/requests/${id}/transitions`, as, payload });
    expect(res.statusCode, res.body).toBe(200);
  };
  const act = (as: TestUser, payload: Record<string, unknown>) => actOn(requestId, as, payload);
  await act(staff, { action: 'accept' });
  await act(staff, { action: 'assign', expertId: expert.id });
  await act(expert, { action: 'start' });
  await act(expert, { action: 'deliver' });
  await act(staff, { action: 'close' });

  // Two more requests of the same member: one the hub rejects, one it cancels after accepting it.
  const another = async (need: string) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/requests',
      as: member,
      payload: { organisationId: customer, serviceId: service.json().id, need, quantity: 1 },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; ref: number };
  };
  const toReject = await another('Обучение за счетоводния отдел по сигурни пароли.');
  rejectedRef = toReject.ref;
  await actOn(toReject.id, staff, { action: 'reject', reason: REJECT_REASON });
  const toCancel = await another('Обучение за новите служители през есента.');
  cancelledRef = toCancel.ref;
  await actOn(toCancel.id, staff, { action: 'accept' });
  await actOn(toCancel.id, staff, { action: 'cancel', reason: CANCEL_REASON });
  await flush();
}, 60_000);

afterAll(async () => {
  transport?.close();
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('request e-mails over SMTP', () => {
  const link = () => `${TEST_PUBLIC_URL}/requests/${requestId}`;

  it('sends the requester one message per step, in Bulgarian, with the reference and the link', async () => {
    const mine = messagesTo(member.email);
    const subjects = mine.map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        `Заявка R-${ref} е получена: Обучение по киберсигурност`,
        `Заявка R-${ref} е приета: Обучение по киберсигурност`,
        `Заявка R-${ref}: Иван Експертов ще изпълни Обучение по киберсигурност`,
        `Заявка R-${ref}: работата по Обучение по киберсигурност започна`,
        `Заявка R-${ref}: Обучение по киберсигурност е предоставена`,
      ]),
    );
    const requestMails = mine.filter((m) => m.subject.includes(`R-${ref}`));
    // Submitted, accepted, assigned, started, delivered, the feedback request, closed.
    expect(requestMails).toHaveLength(7);
    for (const m of requestMails) {
      expect(m.to).toContain(member.email);
      expect(m.text).toContain('Здравейте, Мария Петрова,');
      expect(m.text).toContain(`R-${ref}`);
      expect(m.text).toContain(link());
    }
  });

  it('asks for feedback after delivery, linking to the request page', async () => {
    const feedback = messagesTo(member.email).find((m) => m.subject.startsWith('Как оценявате'));
    expect(feedback).toBeDefined();
    expect(feedback!.subject).toBe(`Как оценявате Обучение по киберсигурност? (заявка R-${ref})`);
    expect(feedback!.text).toContain('оценете я от 1 до 5');
    expect(feedback!.text).toContain(`${link()}#feedback`);
  });

  it('tells the requester the request is closed, thanking them, with the link', async () => {
    const closed = messagesTo(member.email).find((m) => m.subject === `Заявка R-${ref} е приключена`);
    expect(closed, 'the closing message').toBeDefined();
    expect(closed!.text).toContain('Здравейте, Мария Петрова,');
    expect(closed!.text).toContain(
      `Заявката R-${ref} на Про Дрон Систем ООД за „Обучение по киберсигурност“ е приключена.`,
    );
    expect(closed!.text).toContain('Благодарим ви за съвместната работа.');
    expect(closed!.text).toContain(link());
  });

  it('tells the requester a rejection with the hub’s reason', async () => {
    const rejected = messagesTo(member.email).filter((m) => m.subject.includes(`R-${rejectedRef}`));
    // Received, then rejected: nothing else.
    expect(rejected.map((m) => m.subject)).toEqual([
      `Заявка R-${rejectedRef} е получена: Обучение по киберсигурност`,
      `Заявка R-${rejectedRef} не е приета: Обучение по киберсигурност`,
    ]);
    const [, message] = rejected;
    expect(message.to).toContain(member.email);
    expect(message.text).toContain('Здравейте, Мария Петрова,');
    expect(message.text).toContain(`Причина: ${REJECT_REASON}`);
    expect(message.text).not.toContain('оттеглена'); // nothing was granted before the rejection
    expect(message.text).toMatch(new RegExp(`${TEST_PUBLIC_URL}/requests/[0-9a-f-]{36}`));
  });

  it('tells the requester a cancellation after acceptance with the reason', async () => {
    const cancelled = messagesTo(member.email).filter((m) => m.subject.includes(`R-${cancelledRef}`));
    expect(cancelled.map((m) => m.subject)).toEqual([
      `Заявка R-${cancelledRef} е получена: Обучение по киберсигурност`,
      `Заявка R-${cancelledRef} е приета: Обучение по киберсигурност`,
      `Заявка R-${cancelledRef} е отменена: Обучение по киберсигурност`,
    ]);
    const message = cancelled[2];
    expect(message.text).toContain(
      `Заявката R-${cancelledRef} на Про Дрон Систем ООД за „Обучение по киберсигурност“ беше отменена.`,
    );
    expect(message.text).toContain(`Причина: ${CANCEL_REASON}`);
    expect(message.text).toContain('свържете се с екипа на хъба');
    // The aid granted at acceptance lapses with the cancellation, and the customer is told so, with the amount.
    expect(message.text).toMatch(/Държавната помощ de minimis в размер на 450,00\s€, отчетена при приемането/u);
    expect(message.text).toContain('е оттеглена и вече не се брои към тавана на Про Дрон Систем ООД');
  });

  it('marks every request message in the outbox as sent, and writes none to the expert or staff', async () => {
    const rows = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, member.email));
    const requestRows = rows.filter((r) => r.kind.startsWith('request_'));
    // Seven for the delivered request, two for the rejected one, three for the cancelled one.
    expect(requestRows).toHaveLength(12);
    expect(requestRows.every((r) => r.status === 'sent')).toBe(true);
    expect(messagesTo(expert.email).filter((m) => m.subject.includes(`R-${ref}`))).toEqual([]);
    expect(messagesTo(staff.email).filter((m) => m.subject.includes(`R-${ref}`))).toEqual([]);
  });
});
