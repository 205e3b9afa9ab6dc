import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { eventRegistrations } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { pgErrorOf } from '../../src/platform/db/pg-error';

/**
 * Capacity under concurrency (issue 5): 200 registrations fired at once for 50 seats give exactly 50 confirmed
 * and 150 on the waiting list, in distinct ranks. Run it on PostgreSQL too (TEST_DATABASE_URL), where the
 * transactions really run in parallel on separate connections and only the event-row lock keeps the count.
 */
const ATTEMPTS = 200;
const CAPACITY = 50;

let t: TestApp;
let staff: TestUser[];
let eventId: string;

beforeAll(async () => {
  t = await createTestApp();
  staff = [await t.createUser('staff'), await t.createUser('staff'), await t.createUser('admin')];
  const start = new Date(Date.now() + 30 * 86_400_000);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/events',
    as: staff[0],
    payload: {
      type: 'workshop',
      titleBg: 'Работилница по изкуствен интелект',
      titleEn: 'AI workshop',
      capacity: CAPACITY,
      published: true,
      sessions: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString() }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  eventId = res.json().id;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('200 simultaneous registrations for 50 seats', () => {
  it('confirm exactly 50 and put 150 on the waiting list', async () => {
    const responses = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        t.request({
          method: 'POST',
          url: `/api/v1/events/${eventId}/registrations`,
          as: staff[i % staff.length],
          payload: {
            seats: 1,
            answers: {},
            contactName: `Участник ${i}`,
            contactEmail: `participant-${i}@example.test`,
          },
        }),
      ),
    );
    const failures = responses.filter((r) => r.statusCode !== 201).map((r) => `${r.statusCode} ${r.body}`);
    expect(failures).toEqual([]);
    const statuses = responses.map((r) => r.json().status as string);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(CAPACITY);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(ATTEMPTS - CAPACITY);

    // The database agrees, and the waiting list is a strict order (no two people share a rank).
    const [counts] = await t.database.db
      .select({
        confirmed: sql<number>`(count(*) filter (where ${eventRegistrations.status} = 'confirmed'))::int`,
        waitlisted: sql<number>`(count(*) filter (where ${eventRegistrations.status} = 'waitlisted'))::int`,
        ranks: sql<number>`count(distinct ${eventRegistrations.waitlistRank})::int`,
      })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, eventId));
    expect(counts).toEqual({ confirmed: CAPACITY, waitlisted: ATTEMPTS - CAPACITY, ranks: ATTEMPTS - CAPACITY });
    const page = await t.request({ method: 'GET', url: `/api/v1/events/${eventId}` });
    expect(page.json()).toMatchObject({ seatsTaken: CAPACITY, seatsLeft: 0, waitlistCount: ATTEMPTS - CAPACITY });
  }, 120_000);

  it('cancellations racing new registrations pass every freed seat to the waiting list, never more', async () => {
    const confirmed = await t.request({
      method: 'GET',
      url: `/api/v1/events/${eventId}/registrations?status=confirmed`,
      as: staff[0],
    });
    const toCancel = (confirmed.json().items as { id: string }[]).slice(0, 25);
    const responses = await Promise.all([
      ...toCancel.map((r, i) =>
        t.request({
          method: 'POST',
          url: `/api/v1/registrations/${r.id}/cancel`,
          as: staff[i % staff.length],
          payload: {},
        }),
      ),
      ...Array.from({ length: 25 }, (_, i) =>
        t.request({
          method: 'POST',
          url: `/api/v1/events/${eventId}/registrations`,
          as: staff[i % staff.length],
          payload: { seats: 1, answers: {}, contactName: `Късен ${i}`, contactEmail: `late-${i}@example.test` },
        }),
      ),
    ]);
    expect(responses.filter((r) => r.statusCode >= 300).map((r) => r.body)).toEqual([]);
    // Everyone new waits (the list was long), and the 25 freed seats went to the first 25 in line.
    expect(responses.slice(25).map((r) => r.json().status)).toEqual(Array(25).fill('waitlisted'));
    const [counts] = await t.database.db
      .select({
        confirmed: sql<number>`(count(*) filter (where ${eventRegistrations.status} = 'confirmed'))::int`,
        offered: sql<number>`(count(*) filter (where ${eventRegistrations.status} = 'offered'))::int`,
        waitlisted: sql<number>`(count(*) filter (where ${eventRegistrations.status} = 'waitlisted'))::int`,
      })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, eventId));
    expect(counts).toEqual({
      confirmed: CAPACITY - 25,
      offered: 25,
      waitlisted: ATTEMPTS - CAPACITY /* 150 − 25 offered + 25 new */,
    });
  }, 120_000);

  it('are guarded by the database itself: a write past the commands cannot overbook', async () => {
    // 25 confirmed + 25 offered hold all 50 seats now.
    const [waiting] = await t.database.db
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(sql`${eventRegistrations.eventId} = ${eventId} and ${eventRegistrations.status} = 'waitlisted'`)
      .limit(1);
    const promoted = await t.database.db
      .update(eventRegistrations)
      .set({ status: 'confirmed', waitlistRank: null })
      .where(eq(eventRegistrations.id, waiting!.id))
      .then(() => null, pgErrorOf);
    expect(promoted).toEqual({ code: '23514', constraint: 'event_registrations_capacity' });
    const inserted = await t.database.db
      .insert(eventRegistrations)
      .values({
        eventId,
        contactName: 'Извън реда',
        contactEmail: 'sneak@example.test',
        seats: 1,
        status: 'confirmed',
        code: 'SNEAK1',
        token: 'sneak-token',
      })
      .then(() => null, pgErrorOf);
    expect(inserted).toEqual({ code: '23514', constraint: 'event_registrations_capacity' });
    // Releasing seats is never blocked, and a waitlisted row may still be written.
    const page = await t.request({ method: 'GET', url: `/api/v1/events/${eventId}` });
    expect(page.json()).toMatchObject({ seatsTaken: CAPACITY, seatsLeft: 0 });
  });
});
