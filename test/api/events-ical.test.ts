import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { and, desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../src/platform/db/schema';
import { createTestApp, TEST_PUBLIC_URL, type TestApp, type TestUser } from '../support/test-app';
import { insertEvent, insertOrganisation, insertRegistration } from '../support/factories';

let t: TestApp;
let staff: TestUser;
let member: TestUser;
let outsider: TestUser;
let orgId: string;
const NOW = new Date('2026-05-01T09:00:00Z');
let clock = NOW;

beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
  staff = await t.createUser('staff');
  member = await t.createUser('member');
  outsider = await t.createUser('member');
  orgId = await insertOrganisation(t, 'Про Дрон Систем ООД', { member });
});
afterAll(async () => t.close());

interface TParsed {
  uid: string;
  summary: string;
  tzid: string | null;
  start: string;
  end: string;
  location: string | null;
  status: string | null;
  description: string;
  sequence: number;
}

/** Parses an .ics body with ical.js and returns its VEVENTs with the instants they denote. */
function parse(body: string): { name: string; method: string; timezones: string[]; events: TParsed[] } {
  const root = new ICAL.Component(ICAL.parse(body));
  expect(root.name).toBe('vcalendar');
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      tzid: c.getFirstProperty('dtstart')!.getParameter('tzid') as string | null,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      location: e.location,
      status: c.getFirstPropertyValue('status') as string | null,
      description: e.description,
      sequence: e.sequence,
    };
  });
  return {
    name: String(root.getFirstPropertyValue('x-wr-calname')),
    method: String(root.getFirstPropertyValue('method')),
    timezones: root.getAllSubcomponents('vtimezone').map((tz) => String(tz.getFirstPropertyValue('tzid'))),
    events,
  };
}

describe('event.ics', () => {
  it('has one VEVENT per session in Europe/Sofia, with the Cyrillic title intact (also across a DST change)', async () => {
    const event = await insertEvent(
      t,
      { titleBg: 'Обучение „Киберсигурност; защита, практика“', titleEn: 'Cyber training' },
      [
        {
          startsAt: '2026-03-28T08:00:00Z',
          endsAt: '2026-03-28T15:00:00Z',
          titleBg: 'Ден 1',
          titleEn: 'Day 1',
          location: 'Зала 1',
        },
        { startsAt: '2026-03-29T07:00:00Z', endsAt: '2026-03-29T14:00:00Z', titleBg: 'Ден 2', titleEn: 'Day 2' },
      ],
    );
    const res = await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}/event.ics` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toContain('\r\n');
    const cal = parse(res.body);
    expect(cal.timezones).toEqual(['Europe/Sofia']);
    expect(cal.events).toHaveLength(2);
    const [day1, day2] = cal.events;
    expect(day1!.summary).toBe('Обучение „Киберсигурност; защита, практика“ — Ден 1');
    expect(day1!.tzid).toBe('Europe/Sofia');
    // 10:00 Sofia winter time, then 10:00 Sofia summer time after the change on 29 March.
    expect(day1!.start).toBe('2026-03-28T08:00:00.000Z');
    expect(day2!.start).toBe('2026-03-29T07:00:00.000Z');
    expect(day2!.end).toBe('2026-03-29T14:00:00.000Z');
    expect(day1!.location).toBe('Зала 1');
    expect(day2!.location).toBe('Стара Загора, Тракийски университет');
    expect(day1!.description).toContain(`${TEST_PUBLIC_URL}/events/${event.slug}`);
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(2);

    const en = parse((await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}/event.ics?lang=en` })).body);
    expect(en.events[0]!.summary).toBe('Cyber training — Day 1');
  });

  it('keeps drafts and members-only events from those who may not see them', async () => {
    const draft = await insertEvent(t, { published: false });
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${draft.slug}/event.ics` })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/events/${draft.slug}/event.ics`, as: staff })).statusCode,
    ).toBe(200);
    const members = await insertEvent(t, { visibility: 'members' });
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${members.slug}/event.ics` })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/events/${members.slug}/event.ics`, as: outsider })).statusCode,
    ).toBe(200);
    const internal = await insertEvent(t, { visibility: 'internal', type: 'general_meeting' });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/events/${internal.slug}/event.ics`, as: outsider })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/events/no-such-event/event.ics' })).statusCode).toBe(404);
  });
});

describe('registration.ics', () => {
  it("gives the registrant's sessions, tentative while waiting, to the registrant side, staff, or the e-mailed token", async () => {
    const event = await insertEvent(t);
    const reg = await insertRegistration(t, event.id, { organisationId: orgId, userId: member.id });
    const url = `/api/v1/registrations/${reg.id}/registration.ics`;
    const mine = await t.request({ method: 'GET', url, as: member });
    expect(mine.statusCode, mine.body).toBe(200);
    const cal = parse(mine.body);
    expect(cal.events).toHaveLength(2);
    expect(cal.events.every((e) => e.status === 'CONFIRMED' && e.tzid === 'Europe/Sofia')).toBe(true);
    expect(cal.events[0]!.summary).toMatch(/^Киберсигурност за малки фирми/);

    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url, as: outsider })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `${url}?token=wrong`, as: outsider })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `${url}?token=${reg.token}` })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: staff })).statusCode).toBe(200);

    const waiting = await insertRegistration(t, event.id, { status: 'waitlisted', waitlistRank: 1 });
    const tentative = parse(
      (await t.request({ method: 'GET', url: `/api/v1/registrations/${waiting.id}/registration.ics`, as: staff })).body,
    );
    expect(tentative.events.every((e) => e.status === 'TENTATIVE')).toBe(true);
  });
});

describe('/calendar.ics', () => {
  it('is the feed of published public events: upcoming and the last 90 days, one VEVENT per session', async () => {
    const upcoming = await insertEvent(t, { titleBg: 'Хакатон „Зелени технологии“' }, [
      { startsAt: '2026-06-01T06:00:00Z', endsAt: '2026-06-01T14:00:00Z' },
      { startsAt: '2026-06-02T06:00:00Z', endsAt: '2026-06-02T14:00:00Z' },
    ]);
    const recent = await insertEvent(t, {}, [{ startsAt: '2026-02-10T08:00:00Z', endsAt: '2026-02-10T12:00:00Z' }]);
    const old = await insertEvent(t, {}, [{ startsAt: '2026-01-10T08:00:00Z', endsAt: '2026-01-10T12:00:00Z' }]);
    const draft = await insertEvent(t, { published: false }, [
      { startsAt: '2026-06-05T08:00:00Z', endsAt: '2026-06-05T12:00:00Z' },
    ]);
    const members = await insertEvent(t, { visibility: 'members' }, [
      { startsAt: '2026-06-06T08:00:00Z', endsAt: '2026-06-06T12:00:00Z' },
    ]);

    const res = await t.request({ method: 'GET', url: '/calendar.ics' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const cal = parse(res.body);
    const uids = new Set(cal.events.map((e) => e.uid));
    for (const id of upcoming.sessionIds) expect(uids).toContain(`session-${id}@edihub`);
    expect(uids).toContain(`session-${recent.sessionIds[0]}@edihub`);
    for (const hidden of [old, draft, members]) expect(uids).not.toContain(`session-${hidden.sessionIds[0]}@edihub`);
    expect(cal.events.filter((e) => e.summary === 'Хакатон „Зелени технологии“')).toHaveLength(2);
    expect(cal.events.every((e) => e.tzid === 'Europe/Sofia')).toBe(true);
  });
});

describe('one UID per session everywhere, SEQUENCE from the last change, and a CANCEL on cancellation', () => {
  const secondsSince = (from: string, to: Date) => Math.floor((to.getTime() - Date.parse(from)) / 1000);

  async function lastMail(to: string, kind: string) {
    const [row] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, to), eq(mailOutbox.kind, kind)))
      .orderBy(desc(mailOutbox.createdAt));
    expect(row, `${kind} to ${to}`).toBeDefined();
    return row!;
  }
  const attachment = (mail: { attachments: unknown }, filename: string) => {
    const file = (mail.attachments as { filename: string; contentType: string; contentBase64: string }[]).find(
      (a) => a.filename === filename,
    );
    expect(file, filename).toBeDefined();
    return { contentType: file!.contentType, body: Buffer.from(file!.contentBase64, 'base64').toString('utf8') };
  };

  it('gives the e-mailed file, the downloads and the feed the same UIDs, so a calendar keeps one entry per session', async () => {
    const created = '2026-04-01T00:00:00Z';
    const event = await insertEvent(t, { createdAt: new Date(created), updatedAt: new Date(created) });
    const uids = event.sessionIds.map((id) => `session-${id}@edihub`);
    clock = NOW;
    try {
      const reg = await t.request({
        method: 'POST',
        url: `/api/v1/events/${event.id}/registrations`,
        as: member,
        payload: { organisationId: orgId, seats: 1, answers: {} },
      });
      expect(reg.statusCode, reg.body).toBe(201);
      const registrationId = reg.json().id as string;

      const confirmation = await lastMail(member.email, 'registration_confirmed');
      const mailed = parse(attachment(confirmation, 'registration.ics').body);
      expect(mailed.events.map((e) => e.uid)).toEqual(uids);
      // The registration changed at NOW, after the event: its copy outranks the event's own.
      expect(mailed.events.every((e) => e.sequence === secondsSince(created, NOW) && e.status === 'CONFIRMED')).toBe(
        true,
      );

      const download = parse(
        (await t.request({ url: `/api/v1/registrations/${registrationId}/registration.ics`, as: member })).body,
      );
      expect(download.events.map((e) => [e.uid, e.sequence])).toEqual(mailed.events.map((e) => [e.uid, e.sequence]));
      const eventFile = parse((await t.request({ url: `/api/v1/events/${event.slug}/event.ics` })).body);
      expect(eventFile.events.map((e) => [e.uid, e.sequence])).toEqual(uids.map((uid) => [uid, 0]));
      const feed = parse((await t.request({ url: '/calendar.ics' })).body);
      for (const uid of uids) expect(feed.events.filter((e) => e.uid === uid)).toHaveLength(1);

      // Staff move a session an hour later: every copy gets a higher SEQUENCE, so calendars replace their entry.
      clock = new Date(NOW.getTime() + 3_600_000);
      const page = (await t.request({ url: `/api/v1/events/${event.slug}`, as: staff })).json();
      const moved = await t.request({
        method: 'PATCH',
        url: `/api/v1/events/${event.id}`,
        as: staff,
        payload: {
          sessions: page.sessions.map((s: { id: string; startsAt: string; endsAt: string }, i: number) => ({
            id: s.id,
            startsAt: i === 0 ? new Date(Date.parse(s.startsAt) + 3_600_000).toISOString() : s.startsAt,
            endsAt: i === 0 ? new Date(Date.parse(s.endsAt) + 3_600_000).toISOString() : s.endsAt,
          })),
        },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      const updated = parse((await t.request({ url: `/api/v1/events/${event.slug}/event.ics` })).body);
      expect(updated.events.map((e) => e.uid)).toEqual(uids);
      expect(updated.events.every((e) => e.sequence === secondsSince(created, clock))).toBe(true);
      expect(updated.events[0]!.sequence).toBeGreaterThan(mailed.events[0]!.sequence);
      const redownload = parse(
        (await t.request({ url: `/api/v1/registrations/${registrationId}/registration.ics`, as: member })).body,
      );
      expect(redownload.events[0]!.sequence).toBe(secondsSince(created, clock));

      // The registrant cancels: the e-mail carries a METHOD:CANCEL for the same UIDs, outranking every earlier copy.
      clock = new Date(NOW.getTime() + 2 * 3_600_000);
      const cancel = await t.request({
        method: 'POST',
        url: `/api/v1/registrations/${registrationId}/cancel`,
        as: member,
        payload: {},
      });
      expect(cancel.statusCode, cancel.body).toBe(200);
      const cancellation = attachment(await lastMail(member.email, 'registration_cancelled'), 'cancellation.ics');
      expect(cancellation.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
      const cancelled = parse(cancellation.body);
      expect(cancelled.method).toBe('CANCEL');
      expect(cancelled.events.map((e) => [e.uid, e.status])).toEqual(uids.map((uid) => [uid, 'CANCELLED']));
      expect(cancelled.events.every((e) => e.sequence === secondsSince(created, clock))).toBe(true);
      expect(cancelled.events[0]!.sequence).toBeGreaterThan(updated.events[0]!.sequence);
    } finally {
      clock = NOW;
    }
  });
});
