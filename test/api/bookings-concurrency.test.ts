import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { bookings } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { pgErrorOf } from '../../src/platform/db/pg-error';

// 100 people press "book" for the same slot at the same moment: the database decides, exactly as many win as fit.
const now = new Date('2026-03-20T08:00:00Z');
const CALLS = 100;
let t: TestApp;
let staff: TestUser;
let members: TestUser[];
let orgs: string[];

async function makeResource(slug: string, kind: string, capacity: number): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/resources',
    as: staff,
    payload: {
      slug,
      kind,
      capacity,
      titleBg: `Ресурс ${slug}`,
      titleEn: `Resource ${slug}`,
      valuePerHourCents: 8_000,
      maxBookingMinutes: 600,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  const rules = [
    { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startTime: '08:00', endTime: '20:00', validFrom: '2026-01-01' },
  ];
  expect(
    (await t.request({ method: 'PUT', url: `/api/v1/resources/${id}/rules`, as: staff, payload: rules })).statusCode,
  ).toBe(200);
  return id;
}

/** Fires CALLS booking attempts for one slot at once, spread over a few members and organisations. */
function stampede(resourceId: string) {
  return Promise.all(
    Array.from({ length: CALLS }, (_, n) =>
      t.request({
        method: 'POST',
        url: `/api/v1/resources/${resourceId}/bookings`,
        as: members[n % members.length],
        payload: {
          organisationId: orgs[n % orgs.length],
          startsAt: '2026-03-24T10:00:00+02:00',
          endsAt: '2026-03-24T12:00:00+02:00',
          seats: 1,
        },
      }),
    ),
  );
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  staff = await t.createUser('staff');
  members = [];
  orgs = [];
  for (let i = 0; i < 4; i++) {
    const member = await t.createUser('member');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: member,
      payload: { legalNameBg: `Фирма ${i}`, type: 'sme', country: 'AT', foreignRegistrationNo: `FN C${i}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    members.push(member);
    orgs.push(res.json().id as string);
  }
});
afterAll(async () => t.close());

const activeBookings = (resourceId: string) =>
  t.database.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.resourceId, resourceId), inArray(bookings.status, ['pending', 'confirmed'])));

describe('simultaneous bookings', () => {
  it(`lets exactly one of ${CALLS} attempts for the cyber range's slot through`, async () => {
    const id = await makeResource('range', 'cyber_range', 1);
    const results = await stampede(id);
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(CALLS - 1);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.code).toBe('slot_taken');
    expect(await activeBookings(id)).toHaveLength(1);
  }, 120_000);

  it('refuses an overlapping single-seat booking in the database itself, past every application check', async () => {
    const id = await makeResource('range-raw', 'cyber_range', 1);
    const row = (startsAt: string, endsAt: string) => ({
      resourceId: id,
      organisationId: orgs[0]!,
      period: `[${startsAt},${endsAt})`,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      exclusive: true,
      status: 'confirmed',
    });
    await t.database.db.insert(bookings).values(row('2026-03-25T08:00:00Z', '2026-03-25T10:00:00Z'));
    // Touching ends are not an overlap ('[)' ranges); one minute into the first booking is.
    await t.database.db.insert(bookings).values(row('2026-03-25T10:00:00Z', '2026-03-25T11:00:00Z'));
    const refused = await t.database.db
      .insert(bookings)
      .values(row('2026-03-25T09:59:00Z', '2026-03-25T12:00:00Z'))
      .then(() => null, pgErrorOf);
    expect(refused?.code).toBe('23P01');
    expect(await activeBookings(id)).toHaveLength(2);
  });

  it(`lets exactly 8 of ${CALLS} attempts for 8 shared desks through`, async () => {
    const id = await makeResource('desks', 'shared_desk', 8);
    const results = await stampede(id);
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(8);
    expect(codes.filter((c) => c === 409)).toHaveLength(CALLS - 8);
    const rows = await activeBookings(id);
    expect(rows.reduce((sum, b) => sum + b.seats, 0)).toBe(8);
  }, 120_000);
});
