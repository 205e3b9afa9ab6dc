/**
 * The board and the requests list at volume: each board column reads only the cards it shows and counts up to
 * LIMITS.totalCap; the list's count stops there too, and so do its pages.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/contract/common';
import { REQUEST_LIMITS } from '../../../src/contract/requests/enums';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';
import { buildService, insertOrganisation } from '../../support/factories';

let t: TestApp;
let staff: TestUser;
const MANY = LIMITS.totalCap + 40;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  const organisationId = await insertOrganisation(t, 'Заявител ООД');
  const { id: serviceId } = await buildService(t, staff, { family: 'skills_training', published: false });
  // More submitted requests than the count goes to, a day apart (oldest first: #1), and three accepted ones.
  await t.database.db.execute(sql`
    insert into service_requests (organisation_id, service_id, need, status, created_at, updated_at)
    select ${organisationId}::uuid, ${serviceId}::uuid, 'Заявка ' || g, case when g <= ${MANY} then 'submitted' else 'accepted' end,
      timestamptz '2024-01-01T08:00:00Z' + make_interval(days => g), now()
    from generate_series(1, ${MANY + 3}) g`);
});
afterAll(async () => t.close());

const get = (url: string) => t.request({ method: 'GET', url, as: staff });

describe('the request board at volume', () => {
  it('shows the oldest of each column with its count, capped', async () => {
    const res = await get('/api/v1/requests/board');
    expect(res.statusCode, res.body).toBe(200);
    const [submitted, accepted, ...rest] = res.json().columns;
    expect(submitted).toMatchObject({ status: 'submitted', total: LIMITS.totalCap, totalCapped: true });
    expect(submitted.items).toHaveLength(REQUEST_LIMITS.boardColumnMax);
    expect(submitted.items[0].need).toBe('Заявка 1');
    const times = submitted.items.map((i: { createdAt: string }) => i.createdAt);
    expect(times).toEqual([...times].sort());
    expect(accepted).toMatchObject({ status: 'accepted', total: 3, totalCapped: false });
    expect(accepted.items.map((i: { need: string }) => i.need)).toEqual([
      `Заявка ${MANY + 1}`,
      `Заявка ${MANY + 2}`,
      `Заявка ${MANY + 3}`,
    ]);
    expect(rest.every((c: { total: number; items: unknown[] }) => c.total === 0 && c.items.length === 0)).toBe(true);
  });

  it('filters every column by the service family', async () => {
    const other = await get('/api/v1/requests/board?family=test_before_invest');
    expect(other.json().columns.every((c: { total: number }) => c.total === 0)).toBe(true);
    const same = await get('/api/v1/requests/board?family=skills_training');
    expect(same.json().columns[0]).toMatchObject({ total: LIMITS.totalCap, totalCapped: true });
  });
});

describe('the requests list at volume', () => {
  it('caps the count, pages up to the cap and refuses a page beyond it', async () => {
    const first = await get('/api/v1/requests?status=submitted&pageSize=100');
    expect(first.json()).toMatchObject({ total: LIMITS.totalCap, totalCapped: true });
    expect(first.json().items[0].need).toBe(`Заявка ${MANY}`);
    const accepted = await get('/api/v1/requests?status=accepted');
    expect(accepted.json()).toMatchObject({ total: 3, totalCapped: false });
    const last = await get(`/api/v1/requests?status=submitted&pageSize=100&page=${LIMITS.totalCap / 100}`);
    expect(last.statusCode).toBe(200);
    expect(last.json().items).toHaveLength(100);
    const beyond = await get(`/api/v1/requests?status=submitted&pageSize=100&page=${LIMITS.totalCap / 100 + 1}`);
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.details.fields[0]).toMatchObject({ field: 'page', code: 'beyond_cap' });
    const empty = await get('/api/v1/requests?status=accepted&page=2');
    expect(empty.json()).toMatchObject({ total: 3, totalCapped: false, items: [] });
  });
});
