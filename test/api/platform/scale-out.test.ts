/**
 * Two app processes on one PostgreSQL database, as in production behind a load balancer: a session made on one
 * works on the other, a job enqueued once runs once, and a capacity race split across both still fills exactly the
 * capacity. PostgreSQL only (set TEST_DATABASE_URL; CI does): the embedded database belongs to one process.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { withDatabase } from '../../support/global-setup';
import { freePort, startAppProcess, type TAppProcess } from '../../support/scale-process';
import { migrateDatabase, openDatabase, type Database } from '../../../src/platform/db/client';
import { enqueueMail } from '../../../src/platform/mail/outbox';
import { DEMO_PASSWORD } from '../../../src/platform/db/seed/demo';

const BASE_URL = process.env.TEST_DATABASE_URL;
const dbName = `edihub_scale_${randomBytes(4).toString('hex')}`;
const received: string[] = [];
let smtp: SMTPServer;
let a: TAppProcess;
let b: TAppProcess;
let database: Database;
let cookie = '';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: BASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!BASE_URL)('two app processes on one PostgreSQL (TEST_DATABASE_URL)', () => {
  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
    const url = withDatabase(BASE_URL!, dbName);
    database = await openDatabase({ url });
    await migrateDatabase(database);
    const smtpPort = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
    const env = {
      DATABASE_URL: url,
      SESSION_SECRET: 'scale-out-secret-scale-out-secret-0123',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      EDIHUB_DATA_DIR: `.tmp/${dbName}`,
    };
    // The first process seeds the demo hub; the second joins the same database.
    a = await startAppProcess({ ...env, EDIHUB_DEMO_DATA: 'true' });
    b = await startAppProcess({ ...env, EDIHUB_DEMO_DATA: 'false', PUBLIC_URL: a.url });
    const res = await fetch(`${a.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: a.url },
      body: JSON.stringify({ email: 'staff@zagore.demo', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }, 150_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  }, 60_000);

  it('accepts a session made on one process on the other', async () => {
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).user.email).toBe('staff@zagore.demo');
  });

  it('sends each queued mail once, though both processes run the dispatcher', async () => {
    const before = received.length;
    for (let i = 0; i < 12; i++) {
      await enqueueMail(database.db, {
        kind: 'test',
        to: `scale-${i}@example.test`,
        subject: `Scale ${i}`,
        text: 'Hello',
      });
    }
    const deadline = Date.now() + 30_000;
    while (received.length - before < 12 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // Two more dispatcher periods: a duplicate would arrive by now.
    await new Promise((r) => setTimeout(r, 11_000));
    const mine = received.slice(before).filter((to) => to.startsWith('scale-'));
    expect(mine.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `scale-${i}@example.test`).sort());
  }, 60_000);

  it('fills exactly the capacity when registrations race across both processes', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000);
    const created = await fetch(`${a.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: a.url, cookie },
      body: JSON.stringify({
        type: 'workshop',
        titleBg: 'Работилница с много процеси',
        titleEn: 'A many-process workshop',
        capacity: 7,
        published: true,
        sessions: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() }],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const eventId = (await created.json()).id as string;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        fetch(`${(i % 2 ? b : a).url}/api/v1/events/${eventId}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: a.url, cookie },
          body: JSON.stringify({
            seats: 1,
            answers: {},
            contactName: `Участник ${i}`,
            contactEmail: `p-${i}@example.test`,
          }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { status?: string } })),
      ),
    );
    expect(responses.filter((r) => r.status !== 201)).toEqual([]);
    const statuses = responses.map((r) => r.body.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(7);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(23);
  }, 60_000);
});
