/**
 * The events list filters and orders on the event's own span (first session's start, last session's end), which a
 * trigger on the sessions keeps for every write: creating, replacing and deleting sessions moves the event in the list.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/platform/db/sql-helpers';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { insertEvent } from '../support/factories';

const NOW = new Date('2026-06-01T09:00:00Z');
let t: TestApp;
let staff: TestUser;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  staff = await t.createUser('staff');
});
afterAll(async () => t.close());

const slugsOf = async (query = '') =>
  (await t.request({ method: 'GET', url: `/api/v1/events${query}` })).json().items.map((e: { slug: string }) => e.slug);
const session = (startsAt: string, hours = 8) => ({
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + hours * 3_600_000).toISOString(),
});

describe('the events list on the events’ own span', () => {
  it('keeps the span through session writes and lists what has not ended, by first start', async () => {
    const later = await insertEvent(t, {}, [session('2026-07-10T06:00:00Z')]);
    const sooner = await insertEvent(t, {}, [session('2026-06-20T06:00:00Z'), session('2026-08-01T06:00:00Z')]);
    // Started in May, ends in September: still running, so listed, and first (it started first).
    const running = await insertEvent(t, {}, [session('2026-05-01T06:00:00Z'), session('2026-09-01T06:00:00Z')]);
    const past = await insertEvent(t, {}, [session('2026-03-01T06:00:00Z')]);
    const [row] = rowsOf<{ first_starts_at: string | Date; last_ends_at: string | Date }>(
      await t.database.db.execute(sql`select first_starts_at, last_ends_at from events where id = ${sooner.id}`),
    );
    expect(new Date(row.first_starts_at).toISOString()).toBe('2026-06-20T06:00:00.000Z');
    expect(new Date(row.last_ends_at).toISOString()).toBe('2026-08-01T14:00:00.000Z');

    expect(await slugsOf()).toEqual([running.slug, sooner.slug, later.slug]);

    // Staff move the later event's only session into the past: it leaves the list of what is coming.
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${later.id}`,
      as: staff,
      payload: { sessions: [session('2026-04-01T06:00:00Z')] },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await slugsOf()).toEqual([running.slug, sooner.slug]);

    // A period finds events with a session inside it, also past ones; a gap between two sessions finds nothing.
    const april = '?from=2026-04-01T00:00:00Z&to=2026-04-30T00:00:00Z';
    expect(await slugsOf(april)).toEqual([later.slug]);
    const july = '?from=2026-07-01T00:00:00Z&to=2026-07-20T00:00:00Z';
    expect(await slugsOf(july)).toEqual([]);
    expect(await slugsOf('?to=2026-03-15T00:00:00Z')).toEqual([past.slug]);

    // Deleting the sessions that run on leaves the event ended.
    await t.database.db.execute(
      sql`delete from event_sessions where event_id = ${running.id} and starts_at > ${NOW.toISOString()}`,
    );
    expect(await slugsOf()).toEqual([sooner.slug]);
  });

  it('counts the list in the same pass, also for an empty page beyond the first', async () => {
    const page = (await t.request({ method: 'GET', url: '/api/v1/events?pageSize=1' })).json();
    expect(page).toMatchObject({ total: 1, page: 1 });
    const beyond = (await t.request({ method: 'GET', url: '/api/v1/events?pageSize=1&page=5' })).json();
    expect(beyond).toMatchObject({ total: 1, items: [] });
  });
});
