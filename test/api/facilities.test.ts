import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import {
  aidGrants,
  deMinimisDeclarations,
  eventCheckIns,
  eventRegistrations,
  eventSessions,
  events,
  mailOutbox,
  serviceDeliveries,
} from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

// The hub's clock, moved by the tests: Friday 20 March 2026, 10:00 in Sofia (EET, UTC+2).
let now = new Date('2026-03-20T08:00:00Z');
let t: TestApp;
let staff: TestUser;
let member: TestUser;
let stranger: TestUser;
let orgA: string;
let orgB: string;
let partner: string;

const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
const WEEKDAYS_9_17 = [{ rrule: WEEKDAYS, startTime: '09:00', endTime: '17:00', validFrom: '2026-01-01' }];

async function makeOrg(as: TestUser, name: string): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as,
    payload: { legalNameBg: name, type: 'sme', country: 'AT', foreignRegistrationNo: `FN ${name}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

let slugCounter = 0;
async function makeResource(
  overrides: Record<string, unknown> = {},
  rules: unknown[] = WEEKDAYS_9_17,
): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/resources',
    as: staff,
    payload: {
      slug: `resource-${++slugCounter}`,
      kind: 'cyber_range',
      titleBg: `Киберполигон ${slugCounter}`,
      titleEn: `Cyber range ${slugCounter}`,
      descriptionBg: 'Изолирана среда за упражнения.',
      descriptionEn: 'An isolated environment for exercises.',
      location: 'Стара Загора',
      valuePerHourCents: 8_000,
      minBookingMinutes: 60,
      maxBookingMinutes: 240,
      cancellationHours: 24,
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  const put = await t.request({ method: 'PUT', url: `/api/v1/resources/${id}/rules`, as: staff, payload: rules });
  expect(put.statusCode, put.body).toBe(200);
  return id;
}

const book = (
  resourceId: string,
  startsAt: string,
  endsAt: string,
  opts: { as?: TestUser; organisationId?: string; seats?: number } = {},
) =>
  t.request({
    method: 'POST',
    url: `/api/v1/resources/${resourceId}/bookings`,
    as: opts.as ?? member,
    payload: {
      organisationId: opts.organisationId ?? orgA,
      startsAt,
      endsAt,
      seats: opts.seats ?? 1,
      purpose: 'Упражнение',
    },
  });

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  staff = await t.createUser('staff');
  member = await t.createUser('member', { name: 'Мария Членова' });
  stranger = await t.createUser('member');
  orgA = await makeOrg(member, 'Дрон АД');
  orgB = await makeOrg(stranger, 'Друга ООД');
  partner = await makeOrg(staff, 'Тракийски университет');
  await t.database.db.insert(deMinimisDeclarations).values({
    organisationId: orgA,
    items: [],
    totalCents: 0,
    statement: 'test',
    locale: 'bg',
    signerName: 'Мария Членова',
  });
});
afterAll(async () => t.close());

describe('opening rules', () => {
  it('replaces the set and refuses an RRULE outside the subset with the rule and field named', async () => {
    const id = await makeResource();
    const bad = await t.request({
      method: 'PUT',
      url: `/api/v1/resources/${id}/rules`,
      as: staff,
      payload: [
        ...WEEKDAYS_9_17,
        { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', startTime: '09:00', endTime: '12:00', validFrom: '2026-01-01' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('1.rrule');
    expect(bad.json().error.message).toMatch(/not supported/);
    const reversed = await t.request({
      method: 'PUT',
      url: `/api/v1/resources/${id}/rules`,
      as: staff,
      payload: [{ rrule: WEEKDAYS, startTime: '12:00', endTime: '09:00', validFrom: '2026-01-01' }],
    });
    expect(reversed.statusCode).toBe(400);
    // The refused sets left the stored one alone; a new set replaces it entirely.
    expect((await t.request({ url: `/api/v1/resources/${id}` })).json().rules).toHaveLength(1);
    const tuesdays = [
      { rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '14:00', endTime: '18:00', validFrom: '2026-01-01' },
      { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '09:00', endTime: '13:00', validFrom: '2026-01-01', note: 'HPC' },
    ];
    const put = await t.request({ method: 'PUT', url: `/api/v1/resources/${id}/rules`, as: staff, payload: tuesdays });
    expect(put.statusCode, put.body).toBe(200);
    expect(
      put
        .json()
        .rules.map((r: { rrule: string }) => r.rrule)
        .sort(),
    ).toEqual(['FREQ=WEEKLY;BYDAY=TH', 'FREQ=WEEKLY;BYDAY=TU']);
  });
});

describe('availability', () => {
  let id: string;
  beforeAll(async () => {
    id = await makeResource();
  });

  it('keeps 09:00–17:00 Sofia time across the spring DST change', async () => {
    const res = await t.request({
      url: `/api/v1/resources/${id}/availability?from=2026-03-23T00:00:00%2B02:00&to=2026-04-04T00:00:00%2B03:00`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const starts = res.json().open.map((i: { startsAt: string }) => i.startsAt);
    expect(starts).toEqual([
      '2026-03-23T07:00:00.000Z',
      '2026-03-24T07:00:00.000Z',
      '2026-03-25T07:00:00.000Z',
      '2026-03-26T07:00:00.000Z',
      '2026-03-27T07:00:00.000Z',
      // From Sunday 29 March Sofia is on summer time (UTC+3).
      '2026-03-30T06:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
      '2026-04-01T06:00:00.000Z',
      '2026-04-02T06:00:00.000Z',
      '2026-04-03T06:00:00.000Z',
    ]);
    expect(res.json().capacity).toBe(1);
  });

  it('cuts closures out and adds extra openings; staff can remove them again', async () => {
    const closed = await t.request({
      method: 'POST',
      url: `/api/v1/resources/${id}/exceptions`,
      as: staff,
      payload: {
        kind: 'closed',
        startsAt: '2026-03-25T00:00:00+02:00',
        endsAt: '2026-03-26T00:00:00+02:00',
        reason: 'Профилактика',
      },
    });
    expect(closed.statusCode, closed.body).toBe(201);
    const opened = await t.request({
      method: 'POST',
      url: `/api/v1/resources/${id}/exceptions`,
      as: staff,
      payload: {
        kind: 'open',
        startsAt: '2026-03-28T10:00:00+02:00',
        endsAt: '2026-03-28T14:00:00+02:00',
        reason: 'Хакатон',
      },
    });
    expect(opened.json().exceptions).toHaveLength(2);
    const week = await t.request({
      url: `/api/v1/resources/${id}/availability?from=2026-03-23T00:00:00%2B02:00&to=2026-03-29T00:00:00%2B02:00`,
    });
    const open = week.json().open as { startsAt: string; endsAt: string }[];
    expect(open.map((i) => i.startsAt)).toEqual([
      '2026-03-23T07:00:00.000Z',
      '2026-03-24T07:00:00.000Z',
      '2026-03-26T07:00:00.000Z',
      '2026-03-27T07:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
    ]);
    const closedDay = await book(id, '2026-03-25T10:00:00+02:00', '2026-03-25T12:00:00+02:00');
    expect(closedDay.statusCode).toBe(400);
    expect(closedDay.json().error.code).toBe('outside_availability');
    expect((await book(id, '2026-03-28T10:00:00+02:00', '2026-03-28T12:00:00+02:00')).statusCode).toBe(201);

    const exceptionId = closed.json().exceptions.find((e: { kind: string }) => e.kind === 'closed').id as string;
    const removed = await t.request({
      method: 'DELETE',
      url: `/api/v1/resources/${id}/exceptions/${exceptionId}`,
      as: staff,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await book(id, '2026-03-25T10:00:00+02:00', '2026-03-25T12:00:00+02:00')).statusCode).toBe(201);
  });
});

describe('booking a single-seat resource', () => {
  let id: string;
  beforeAll(async () => {
    id = await makeResource();
  });

  it('books inside the opening hours and refuses outside them, too short and too long', async () => {
    const ok = await book(id, '2026-03-23T09:00:00+02:00', '2026-03-23T11:00:00+02:00');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      status: 'confirmed',
      seats: 1,
      organisationName: 'Дрон АД',
      userName: 'Мария Членова',
    });
    expect(ok.json().abilities).toEqual({ cancel: true, approve: false, record: false });
    const cases = [
      ['2026-03-23T16:30:00+02:00', '2026-03-23T17:30:00+02:00', 400, 'outside_availability'],
      ['2026-03-21T10:00:00+02:00', '2026-03-21T11:00:00+02:00', 400, 'outside_availability'],
      ['2026-03-23T12:00:00+02:00', '2026-03-23T12:30:00+02:00', 400, 'too_short'],
      ['2026-03-23T12:00:00+02:00', '2026-03-23T16:30:00+02:00', 400, 'too_long'],
      ['2026-03-19T10:00:00+02:00', '2026-03-19T11:00:00+02:00', 400, 'validation_failed'],
    ] as const;
    for (const [startsAt, endsAt, status, code] of cases) {
      const res = await book(id, startsAt, endsAt);
      expect(res.statusCode, `${startsAt}: ${res.body}`).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
  });

  it('refuses an overlapping booking with 409 and allows an adjacent one', async () => {
    const overlap = await book(id, '2026-03-23T10:00:00+02:00', '2026-03-23T12:00:00+02:00', {
      as: stranger,
      organisationId: orgB,
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('slot_taken');
    const adjacent = await book(id, '2026-03-23T11:00:00+02:00', '2026-03-23T13:00:00+02:00', {
      as: stranger,
      organisationId: orgB,
    });
    expect(adjacent.statusCode, adjacent.body).toBe(201);
  });

  it('frees the time when a booking is cancelled', async () => {
    const first = await book(id, '2026-03-24T09:00:00+02:00', '2026-03-24T10:00:00+02:00');
    const cancel = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${first.json().id}/cancel`,
      as: member,
      payload: {},
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().status).toBe('cancelled');
    expect(
      (await book(id, '2026-03-24T09:00:00+02:00', '2026-03-24T10:00:00+02:00', { as: stranger, organisationId: orgB }))
        .statusCode,
    ).toBe(201);
  });
});

describe('shared desks', () => {
  it('takes bookings up to the capacity at any moment', async () => {
    const id = await makeResource({ kind: 'shared_desk', capacity: 8, minBookingMinutes: 60, maxBookingMinutes: 720 }, [
      { rrule: WEEKDAYS, startTime: '08:00', endTime: '20:00', validFrom: '2026-01-01' },
    ]);
    expect((await book(id, '2026-03-23T08:00:00+02:00', '2026-03-23T12:00:00+02:00', { seats: 3 })).statusCode).toBe(
      201,
    );
    expect((await book(id, '2026-03-23T10:00:00+02:00', '2026-03-23T14:00:00+02:00', { seats: 3 })).statusCode).toBe(
      201,
    );
    // 3 + 3 already overlap at 10–12: three more seats would make 9.
    const over = await book(id, '2026-03-23T11:00:00+02:00', '2026-03-23T13:00:00+02:00', { seats: 3 });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'slot_taken', details: { capacity: 8, free: 2 } });
    expect((await book(id, '2026-03-23T11:00:00+02:00', '2026-03-23T13:00:00+02:00', { seats: 2 })).statusCode).toBe(
      201,
    );
    // After 12:00 the first party has left: 3 + 2 held, so three more fit.
    expect((await book(id, '2026-03-23T12:00:00+02:00', '2026-03-23T13:00:00+02:00', { seats: 3 })).statusCode).toBe(
      201,
    );
    const single = await makeResource();
    const twoSeats = await book(single, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00', { seats: 2 });
    expect(twoSeats.statusCode).toBe(400);
  });
});

describe('capacity changes', () => {
  it('counts desk bookings made at capacity 8 against a capacity lowered to 1 (no double booking)', async () => {
    const id = await makeResource({ kind: 'shared_desk', capacity: 8, minBookingMinutes: 60, maxBookingMinutes: 720 }, [
      { rrule: WEEKDAYS, startTime: '08:00', endTime: '20:00', validFrom: '2026-01-01' },
    ]);
    expect((await book(id, '2026-03-24T09:00:00+02:00', '2026-03-24T12:00:00+02:00')).statusCode).toBe(201);
    expect((await book(id, '2026-03-24T10:00:00+02:00', '2026-03-24T13:00:00+02:00', { seats: 2 })).statusCode).toBe(
      201,
    );
    const lowered = await t.request({
      method: 'PATCH',
      url: `/api/v1/resources/${id}`,
      as: staff,
      payload: { capacity: 1 },
    });
    expect(lowered.statusCode, lowered.body).toBe(200);
    // Three seats are already held at 10–12: the single seat left by the change is not free.
    const overlapping = await book(id, '2026-03-24T11:00:00+02:00', '2026-03-24T12:00:00+02:00');
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().error.code).toBe('slot_taken');
    const touchingOne = await book(id, '2026-03-24T12:30:00+02:00', '2026-03-24T14:00:00+02:00');
    expect(touchingOne.statusCode).toBe(409);
    // After the earlier bookings end, the single seat is free — once.
    expect((await book(id, '2026-03-24T13:00:00+02:00', '2026-03-24T15:00:00+02:00')).statusCode).toBe(201);
    expect((await book(id, '2026-03-24T14:00:00+02:00', '2026-03-24T16:00:00+02:00')).statusCode).toBe(409);
  });

  it('counts a single-seat booking against the seats after a raise to 2', async () => {
    const id = await makeResource({ kind: 'shared_desk', capacity: 1, minBookingMinutes: 60, maxBookingMinutes: 720 }, [
      { rrule: WEEKDAYS, startTime: '08:00', endTime: '20:00', validFrom: '2026-01-01' },
    ]);
    expect((await book(id, '2026-03-25T09:00:00+02:00', '2026-03-25T12:00:00+02:00')).statusCode).toBe(201);
    expect(
      (await t.request({ method: 'PATCH', url: `/api/v1/resources/${id}`, as: staff, payload: { capacity: 2 } }))
        .statusCode,
    ).toBe(200);
    expect((await book(id, '2026-03-25T10:00:00+02:00', '2026-03-25T11:00:00+02:00', { seats: 2 })).statusCode).toBe(
      409,
    );
    expect((await book(id, '2026-03-25T10:00:00+02:00', '2026-03-25T11:00:00+02:00')).statusCode).toBe(201);
    expect((await book(id, '2026-03-25T10:30:00+02:00', '2026-03-25T11:30:00+02:00')).statusCode).toBe(409);
  });
});

/** A published training with one session, written straight to the database (the prerequisite of a resource). */
async function insertTraining(
  slug: string,
  title: { bg: string; en: string },
  session: { startsAt: string; endsAt: string },
) {
  const db = t.database.db;
  const [event] = await db
    .insert(events)
    .values({
      slug,
      type: 'training',
      titleBg: title.bg,
      titleEn: title.en,
      descriptionBg: 'Курс',
      descriptionEn: 'Course',
      published: true,
    })
    .returning({ id: events.id });
  const [row] = await db
    .insert(eventSessions)
    .values({ eventId: event.id, startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) })
    .returning({ id: eventSessions.id });
  return { event, session: row };
}

/** Checks a registration in at a session, as the door would. */
async function insertCheckIn(
  registration: Record<string, unknown> & { eventId: string; contactEmail: string },
  sessionId: string,
) {
  const db = t.database.db;
  const [row] = await db
    .insert(eventRegistrations)
    .values({ contactName: 'Мария', status: 'confirmed', ...registration } as typeof eventRegistrations.$inferInsert)
    .returning({ id: eventRegistrations.id });
  await db.insert(eventCheckIns).values({ registrationId: row.id, sessionId });
}

describe('prerequisites and NDAs', () => {
  it('refuses a person who did not attend the prerequisite training, then accepts after the check-in', async () => {
    const { event, session } = await insertTraining(
      'cyber-intro',
      { bg: 'Въведение', en: 'Introduction' },
      { startsAt: '2026-03-10T08:00:00Z', endsAt: '2026-03-10T12:00:00Z' },
    );
    const id = await makeResource({ prerequisiteEventId: event.id });
    const detail = await t.request({ url: `/api/v1/resources/${id}` });
    expect(detail.json().prerequisiteEvent).toMatchObject({ id: event.id, slug: 'cyber-intro' });
    const refused = await book(id, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('prerequisite_missing');
    expect(refused.json().error.message).toMatch(/training/);
    await insertCheckIn(
      {
        eventId: event.id,
        userId: member.id,
        organisationId: orgA,
        contactEmail: member.email,
        code: 'C-1',
        token: 'tok-1',
      },
      session.id,
    );
    expect((await book(id, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00')).statusCode).toBe(201);
  });

  it('counts a check-in on a registration staff made under the person’s e-mail (any case)', async () => {
    const { event, session } = await insertTraining(
      'cyber-intro-staff',
      { bg: 'Въведение 2', en: 'Introduction 2' },
      { startsAt: '2026-03-11T08:00:00Z', endsAt: '2026-03-11T12:00:00Z' },
    );
    const id = await makeResource({ prerequisiteEventId: event.id });
    await insertCheckIn(
      {
        eventId: event.id,
        userId: null,
        contactName: 'Друг',
        contactEmail: 'other@example.test',
        code: 'C-3',
        token: 'tok-3',
      },
      session.id,
    );
    expect((await book(id, '2026-03-27T09:00:00+02:00', '2026-03-27T10:00:00+02:00')).json().error.code).toBe(
      'prerequisite_missing',
    );
    await insertCheckIn(
      {
        eventId: event.id,
        userId: null,
        organisationId: orgA,
        contactEmail: member.email.toUpperCase(),
        code: 'C-2',
        token: 'tok-2',
      },
      session.id,
    );
    const ok = await book(id, '2026-03-27T09:00:00+02:00', '2026-03-27T10:00:00+02:00');
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses an NDA requirement without an owner, naming the field', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/resources',
      as: staff,
      payload: {
        slug: 'nda-no-owner',
        kind: 'lab_equipment',
        titleBg: 'Лаборатория',
        titleEn: 'Laboratory',
        ndaRequired: true,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ field: 'ndaRequired', code: 'owner_required' });
    const id = await makeResource({ kind: 'lab_equipment' });
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/resources/${id}`,
      as: staff,
      payload: { ndaRequired: true },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.details.fields[0].field).toBe('ndaRequired');
    const withOwner = await t.request({
      method: 'PATCH',
      url: `/api/v1/resources/${id}`,
      as: staff,
      payload: { ndaRequired: true, ownerId: partner },
    });
    expect(withOwner.statusCode, withOwner.body).toBe(200);
    // Removing the owner of a resource that needs an NDA is refused the same way.
    const noOwner = await t.request({
      method: 'PATCH',
      url: `/api/v1/resources/${id}`,
      as: staff,
      payload: { ownerId: null },
    });
    expect(noOwner.json().error.details.fields[0].field).toBe('ndaRequired');
  });

  it('refuses an organisation without an NDA with the owner, naming the owner; staff record the NDA', async () => {
    const id = await makeResource({ kind: 'lab_equipment', ownerId: partner, ndaRequired: true });
    const refused = await book(id, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('nda_missing');
    expect(refused.json().error.message).toContain('Тракийски университет');
    const byMember = await t.request({
      method: 'POST',
      url: `/api/v1/organisations/${orgA}/ndas`,
      as: member,
      payload: { ownerId: partner, signedOn: '2026-03-01' },
    });
    expect(byMember.statusCode).toBe(403);
    const nda = await t.request({
      method: 'POST',
      url: `/api/v1/organisations/${orgA}/ndas`,
      as: staff,
      payload: { ownerId: partner, signedOn: '2026-03-01' },
    });
    expect(nda.statusCode, nda.body).toBe(201);
    const list = await t.request({ url: `/api/v1/organisations/${orgA}/ndas`, as: member });
    expect(list.json().items).toEqual([
      expect.objectContaining({ owner: { id: partner, name: 'Тракийски университет' }, signedOn: '2026-03-01' }),
    ]);
    expect((await t.request({ url: `/api/v1/organisations/${orgA}/ndas`, as: stranger })).statusCode).toBe(403);
    expect((await book(id, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00')).statusCode).toBe(201);
  });
});

describe('approval, cancellation and e-mail', () => {
  it('holds a booking as pending until staff approve it; rejection frees the time', async () => {
    const id = await makeResource({ approvalRequired: true });
    const pending = await book(id, '2026-03-27T09:00:00+02:00', '2026-03-27T10:00:00+02:00');
    expect(pending.json().status).toBe('pending');
    // A pending booking already holds the slot.
    expect(
      (await book(id, '2026-03-27T09:00:00+02:00', '2026-03-27T10:00:00+02:00', { as: stranger, organisationId: orgB }))
        .statusCode,
    ).toBe(409);
    const bookingId = pending.json().id as string;
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/bookings/${bookingId}/approve`, as: member, payload: {} }))
        .statusCode,
    ).toBe(403);
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${bookingId}/approve`,
      as: staff,
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('confirmed');
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/bookings/${bookingId}/approve`, as: staff, payload: {} }))
        .statusCode,
    ).toBe(409);

    const other = await book(id, '2026-03-27T11:00:00+02:00', '2026-03-27T12:00:00+02:00');
    const noReason = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${other.json().id}/reject`,
      as: staff,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const rejected = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${other.json().id}/reject`,
      as: staff,
      payload: { reason: 'Поддръжка на системата' },
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'Поддръжка на системата' });
    expect(
      (await book(id, '2026-03-27T11:00:00+02:00', '2026-03-27T12:00:00+02:00', { as: stranger, organisationId: orgB }))
        .statusCode,
    ).toBe(201);
  });

  it('lets the booker cancel until the deadline, staff at any time', async () => {
    const id = await makeResource();
    const early = await book(id, '2026-03-30T09:00:00+03:00', '2026-03-30T10:00:00+03:00');
    const late = await book(id, '2026-03-30T11:00:00+03:00', '2026-03-30T12:00:00+03:00');
    const saved = now;
    now = new Date('2026-03-29T10:00:00Z'); // 23 hours before the second booking: past its 24-hour deadline
    try {
      expect(late.json().abilities.cancel).toBe(true);
      const refused = await t.request({
        method: 'POST',
        url: `/api/v1/bookings/${late.json().id}/cancel`,
        as: member,
        payload: {},
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/24 hours/);
      expect((await t.request({ url: `/api/v1/bookings/${late.json().id}`, as: member })).json().abilities.cancel).toBe(
        false,
      );
      const byStranger = await t.request({
        method: 'POST',
        url: `/api/v1/bookings/${early.json().id}/cancel`,
        as: stranger,
        payload: {},
      });
      expect(byStranger.statusCode).toBe(403);
      const byStaff = await t.request({
        method: 'POST',
        url: `/api/v1/bookings/${late.json().id}/cancel`,
        as: staff,
        payload: { reason: 'Авария' },
      });
      expect(byStaff.statusCode, byStaff.body).toBe(200);
      expect(byStaff.json()).toMatchObject({ status: 'cancelled', reason: 'Авария' });
    } finally {
      now = saved;
    }
  });

  it('mails the booker with the booking attached as an .ics that parses back to the same times', async () => {
    const id = await makeResource();
    const res = await book(id, '2026-03-31T09:00:00+03:00', '2026-03-31T11:30:00+03:00');
    const bookingId = res.json().id as string;
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, member.email));
    type TAttachment = { filename: string; contentType: string; contentBase64: string };
    const icsOf = (m: (typeof mails)[number]) =>
      Buffer.from(((m.attachments as TAttachment[] | null) ?? [])[0]?.contentBase64 ?? '', 'base64').toString('utf8');
    const mail = mails.find((m) => m.kind === 'booking_confirmed' && icsOf(m).includes(bookingId));
    expect(mail, 'a booking_confirmed message').toBeDefined();
    expect(mail!.subject).toContain('Потвърдена резервация');
    expect(mail!.text).toContain('31 март 2026 г., 09:00 – 11:30');
    expect((mail!.attachments as TAttachment[])[0].filename).toBe('booking.ics');
    const text = icsOf(mail!);
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`booking-${bookingId}@edihub`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-31T06:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-31T08:30:00.000Z');

    const download = await t.request({ url: `/api/v1/bookings/${bookingId}/booking.ics?lang=en`, as: member });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('text/calendar');
    expect(download.body).toContain('SUMMARY:Cyber range');
    expect((await t.request({ url: `/api/v1/bookings/${bookingId}/booking.ics`, as: stranger })).statusCode).toBe(403);
  });
});

describe('calendar, usage and delivery', () => {
  let id: string;
  let bookingId: string;
  beforeAll(async () => {
    id = await makeResource({
      titleBg: 'HPC дял',
      titleEn: 'HPC partition',
      kind: 'hpc',
      valuePerHourCents: 6_000,
      pricePerHourCents: 1_000,
    });
    const res = await book(id, '2026-04-01T09:00:00+03:00', '2026-04-01T12:00:00+03:00');
    bookingId = res.json().id as string;
    await book(id, '2026-04-02T09:00:00+03:00', '2026-04-02T10:30:00+03:00', { as: stranger, organisationId: orgB });
    await t.request({
      method: 'POST',
      url: `/api/v1/resources/${id}/exceptions`,
      as: staff,
      payload: {
        kind: 'closed',
        startsAt: '2026-04-03T00:00:00+03:00',
        endsAt: '2026-04-04T00:00:00+03:00',
        reason: 'Ремонт',
      },
    });
    const db = t.database.db;
    const [event] = await db
      .insert(events)
      .values({
        slug: 'ai-forum',
        type: 'conference',
        titleBg: 'Форум за ИИ',
        titleEn: 'AI forum',
        descriptionBg: 'Форум',
        descriptionEn: 'Forum',
        published: true,
      })
      .returning({ id: events.id });
    await db.insert(eventSessions).values({
      eventId: event.id,
      startsAt: new Date('2026-04-02T07:00:00Z'),
      endsAt: new Date('2026-04-02T10:00:00Z'),
    });
  });

  it('combines bookings (others without names), public event sessions and closures', async () => {
    const url = '/api/v1/calendar?from=2026-04-01T00:00:00%2B03:00&to=2026-04-04T00:00:00%2B03:00';
    const mine = (await t.request({ url, as: member })).json().items as {
      kind: string;
      title: { bg: string };
      status?: string;
      eventSlug?: string;
      resourceId?: string;
    }[];
    const ours = mine.filter((i) => i.kind === 'booking' && i.resourceId === id);
    expect(ours.map((i) => [i.title.bg, i.status])).toEqual([
      ['HPC дял — Дрон АД', 'confirmed'],
      ['HPC дял', 'busy'],
    ]);
    expect(mine.some((i) => i.kind === 'event' && i.eventSlug === 'ai-forum')).toBe(true);
    expect(mine.some((i) => i.kind === 'closure' && i.resourceId === id)).toBe(true);
    const anonymous = (await t.request({ url })).json().items as {
      kind: string;
      title: { bg: string };
      resourceId?: string;
    }[];
    expect(
      anonymous.filter((i) => i.kind === 'booking' && i.resourceId === id).every((i) => i.title.bg === 'HPC дял'),
    ).toBe(true);
    const staffView = (await t.request({ url: `${url}&resourceId=${id}`, as: staff })).json().items as {
      kind: string;
      title: { bg: string };
    }[];
    expect(staffView.filter((i) => i.kind === 'booking').map((i) => i.title.bg)).toEqual([
      'HPC дял — Дрон АД',
      'HPC дял — Друга ООД',
    ]);
    expect(staffView.some((i) => i.kind === 'event')).toBe(false);
  });

  it('sums confirmed hours per organisation and resource for staff only', async () => {
    const url = '/api/v1/usage?from=2026-04-01T00:00:00%2B03:00&to=2026-04-03T00:00:00%2B03:00';
    expect((await t.request({ url, as: member })).statusCode).toBe(403);
    const usage = (await t.request({ url, as: staff })).json();
    expect(usage.byResource.find((r: { resourceId: string }) => r.resourceId === id)).toMatchObject({
      hours: 4.5,
      bookings: 2,
    });
    expect(usage.byOrganisation.find((o: { organisationId: string }) => o.organisationId === orgB)).toMatchObject({
      hours: 1.5,
    });
    // A whole year is one report; the calendars stay within a quarter.
    const year = '/api/v1/usage?from=2026-01-01T00:00:00%2B02:00&to=2027-01-01T00:00:00%2B02:00';
    const yearly = await t.request({ url: year, as: staff });
    expect(yearly.statusCode, yearly.body).toBe(200);
    expect(yearly.json().byResource.find((r: { resourceId: string }) => r.resourceId === id)).toMatchObject({
      hours: 4.5,
      bookings: 2,
    });
    const tooLong = await t.request({
      url: '/api/v1/usage?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z',
      as: staff,
    });
    expect(tooLong.statusCode).toBe(400);
    const calendarYear = await t.request({ url: year.replace('/usage', '/calendar'), as: staff });
    expect(calendarYear.statusCode).toBe(400);
  });

  it('records an ended booking as a test-before-invest delivery with its de minimis aid, once', async () => {
    const early = await t.request({ method: 'POST', url: `/api/v1/bookings/${bookingId}/record-delivery`, as: staff });
    expect(early.statusCode).toBe(409);
    const saved = now;
    now = new Date('2026-04-01T12:00:00Z');
    try {
      expect(
        (await t.request({ method: 'POST', url: `/api/v1/bookings/${bookingId}/record-delivery`, as: member }))
          .statusCode,
      ).toBe(403);
      const listed = await t.request({ url: `/api/v1/bookings?resourceId=${id}`, as: staff });
      expect(listed.json().items[0].abilities.record).toBe(true);
      const recorded = await t.request({
        method: 'POST',
        url: `/api/v1/bookings/${bookingId}/record-delivery`,
        as: staff,
      });
      expect(recorded.statusCode, recorded.body).toBe(200);
      expect(recorded.json().deliveryId).toEqual(expect.any(String));
      expect(recorded.json().abilities.record).toBe(false);
      const [delivery] = await t.database.db
        .select()
        .from(serviceDeliveries)
        .where(eq(serviceDeliveries.id, recorded.json().deliveryId));
      expect(delivery).toMatchObject({
        organisationId: orgA,
        requestId: null,
        category: 'test_before_invest',
        technology: 'High-performance computing',
        startDate: '2026-04-01',
        endDate: '2026-04-01',
        attendees: 1,
        valueCents: 18_000,
        pricePaidCents: 3_000,
        aidCents: 15_000,
        aidBasis: 'de_minimis',
      });
      const grants = await t.database.db.select().from(aidGrants).where(eq(aidGrants.organisationId, orgA));
      expect(grants).toEqual([
        expect.objectContaining({ amountCents: 15_000, grantDate: '2026-04-01', basis: 'de_minimis' }),
      ]);
      expect(
        (await t.request({ method: 'POST', url: `/api/v1/bookings/${bookingId}/record-delivery`, as: staff }))
          .statusCode,
      ).toBe(409);

      // A booking recorded as a delivery is not cancelled: its delivery (and aid) must be corrected first.
      expect((await t.request({ url: `/api/v1/bookings/${bookingId}`, as: staff })).json().abilities.cancel).toBe(
        false,
      );
      const cancel = await t.request({
        method: 'POST',
        url: `/api/v1/bookings/${bookingId}/cancel`,
        as: staff,
        payload: { reason: 'Грешка' },
      });
      expect(cancel.statusCode).toBe(409);
      expect(cancel.json().error).toMatchObject({
        code: 'delivery_recorded',
        details: { deliveryId: recorded.json().deliveryId },
      });
      expect(cancel.json().error.message).toMatch(/delivery/);
      expect((await t.request({ url: `/api/v1/bookings/${bookingId}`, as: staff })).json().status).toBe('confirmed');
    } finally {
      now = saved;
    }
  });
});

describe('authorization', () => {
  it('keeps resources to staff and bookings to their organisation', async () => {
    const id = await makeResource();
    const payload = { slug: 'nope', kind: 'meeting_room', titleBg: 'Зала', titleEn: 'Room' };
    expect((await t.request({ method: 'POST', url: '/api/v1/resources', as: member, payload })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/v1/resources', payload })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'PATCH', url: `/api/v1/resources/${id}`, as: member, payload: { capacity: 1 } }))
        .statusCode,
    ).toBe(403);
    // Another organisation's member may not book for it, nor see or cancel its bookings.
    const forOther = await book(id, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00', {
      as: stranger,
      organisationId: orgA,
    });
    expect(forOther.statusCode).toBe(403);
    const mine = await book(id, '2026-03-26T09:00:00+02:00', '2026-03-26T10:00:00+02:00');
    const bookingId = mine.json().id as string;
    expect((await t.request({ url: `/api/v1/bookings/${bookingId}`, as: stranger })).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/bookings/${bookingId}/cancel`, as: stranger, payload: {} }))
        .statusCode,
    ).toBe(403);
    const strangers = (await t.request({ url: '/api/v1/bookings', as: stranger })).json().items as {
      organisationId: string;
    }[];
    expect(strangers.every((b) => b.organisationId === orgB)).toBe(true);
    const staffs = (await t.request({ url: `/api/v1/bookings?resourceId=${id}`, as: staff })).json().items as {
      id: string;
    }[];
    expect(staffs.map((b) => b.id)).toEqual([bookingId]);
    expect((await t.request({ url: '/api/v1/bookings' })).statusCode).toBe(401);
    // Availability shows that the time is busy, and whether the booking is the caller's, never whose it is.
    const availability = await t.request({
      url: `/api/v1/resources/${id}/availability?from=2026-03-26T00:00:00Z&to=2026-03-27T00:00:00Z`,
      as: stranger,
    });
    expect(availability.json().busy).toEqual([
      { startsAt: '2026-03-26T07:00:00.000Z', endsAt: '2026-03-26T08:00:00.000Z', seats: 1, mine: false },
    ]);
  });

  it('hides unpublished resources from everyone but staff', async () => {
    const id = await makeResource({ published: false });
    expect((await t.request({ url: `/api/v1/resources/${id}` })).statusCode).toBe(404);
    expect((await t.request({ url: `/api/v1/resources/${id}`, as: staff })).statusCode).toBe(200);
    const list = (await t.request({ url: '/api/v1/resources' })).json().items as { id: string }[];
    expect(list.some((r) => r.id === id)).toBe(false);
    expect((await book(id, '2026-03-26T11:00:00+02:00', '2026-03-26T12:00:00+02:00')).statusCode).toBe(404);
  });
});
