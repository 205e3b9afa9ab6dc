import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray, sql } from 'drizzle-orm';
import { aidGrants, deMinimisDeclarations, hubSettings, serviceRequests } from '../../../src/platform/db/schema';
import { loadSingleUndertaking } from '../../../src/modules/aid/queries/single-undertaking';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';

/**
 * The de minimis ceiling under concurrency (issue 4): 50 acceptances for one single undertaking fired at once,
 * where the ceiling leaves room for exactly 10. Run it on PostgreSQL too (TEST_DATABASE_URL), where the
 * transactions really run in parallel on separate connections.
 */
const REQUESTS = 50;
const AID_PER_REQUEST = 10_000_00; // EUR 10 000
const CEILING = 100_000_00; // EUR 100 000 → room for exactly 10
const EXPECTED_GRANTED = CEILING / AID_PER_REQUEST;

let t: TestApp;
let staff: TestUser[];
let admin: TestUser;
let group: string[];
let serviceId: string;
const requestIds: string[] = [];

let n = 0;
async function registerOrg(name: string, as: TestUser): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as,
    payload: { legalNameBg: name, type: 'sme', country: 'AT', foreignRegistrationNo: `FN C${++n}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  staff = [await t.createUser('staff'), await t.createUser('staff')];
  admin = await t.createUser('admin');
  const partner = await registerOrg('Партньор АД', staff[0]);
  await t.request({
    method: 'PUT',
    url: `/api/v1/organisations/${partner}/partner`,
    as: admin,
    payload: { isPartner: true },
  });
  // Acceptance needs an expert of the delivering partner who could be assigned.
  const expert = await t.createUser('expert');
  const joined = await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${partner}/members`,
    as: staff[0],
    payload: { email: expert.email },
  });
  expect(joined.statusCode, joined.body).toBe(200);

  // A parent holding 60 % of the votes of four subsidiaries: one single undertaking of five organisations.
  const parent = await registerOrg('Холдинг АД', staff[0]);
  const subsidiaries: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const sub = await registerOrg(`Дъщерна ${i} ЕООД`, staff[0]);
    const link = await t.request({
      method: 'POST',
      url: `/api/v1/organisations/${sub}/ownership`,
      as: staff[0],
      payload: { ownerId: parent, ownedId: sub, capitalShare: 60, votingShare: 60 },
    });
    expect(link.statusCode, link.body).toBe(200);
    subsidiaries.push(sub);
  }
  group = [parent, ...subsidiaries];
  expect(await loadSingleUndertaking(t.database.db, subsidiaries[2])).toEqual([...group].sort());

  const service = await t.request({
    method: 'POST',
    url: '/api/v1/services',
    as: staff[0],
    payload: {
      family: 'test_before_invest',
      titleBg: 'Тестване на иновативен продукт',
      titleEn: 'Testing of a product innovation',
      descriptionBg: 'Изпитване на прототип в лабораторията на партньора.',
      descriptionEn: "Testing a prototype in the partner's laboratory.",
      technologies: ['robotics'],
      partnerIds: [partner],
      marketValueCents: AID_PER_REQUEST,
      valueUnit: 'fixed',
      priceCents: 0,
      aidBasis: 'de_minimis',
      published: true,
    },
  });
  expect(service.statusCode, service.body).toBe(201);
  serviceId = service.json().id;

  const db = t.database.db;
  await db
    .insert(hubSettings)
    .values({ id: 1, nameBg: 'EDIH Загоре', nameEn: 'EDIH Zagore', deMinimisCeilingCents: CEILING })
    .onConflictDoUpdate({ target: hubSettings.id, set: { deMinimisCeilingCents: CEILING } });
  await db.insert(deMinimisDeclarations).values(
    group.map((organisationId) => ({
      organisationId,
      items: [],
      totalCents: 0,
      statement: 'Декларирам, че не съм получавал друга минимална помощ.',
      locale: 'bg',
      signerName: 'Управител',
    })),
  );
  for (let i = 0; i < REQUESTS; i++) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/requests',
      as: staff[i % 2],
      payload: { organisationId: group[i % group.length], serviceId, need: `Изпитване на прототип номер ${i + 1}.` },
    });
    expect(res.statusCode, res.body).toBe(201);
    requestIds.push(res.json().id);
  }
}, 120_000);
afterAll(async () => t.close());

describe('50 concurrent acceptances for one single undertaking', () => {
  it(`grant exactly ${EXPECTED_GRANTED} and refuse the rest with the headroom; the ceiling holds`, async () => {
    const responses = await Promise.all(
      requestIds.map((id, i) =>
        t.request({
          method: 'POST',
          url: `/api/v1/requests/${id}/transitions`,
          as: staff[i % 2],
          payload: { action: 'accept' },
        }),
      ),
    );
    const ok = responses.filter((r) => r.statusCode === 200);
    const refused = responses.filter((r) => r.statusCode === 409);
    const unexpected = responses.filter((r) => r.statusCode !== 200 && r.statusCode !== 409);
    expect(unexpected.map((r) => r.body)).toEqual([]);
    expect(ok).toHaveLength(EXPECTED_GRANTED);
    expect(refused).toHaveLength(REQUESTS - EXPECTED_GRANTED);
    for (const r of refused) {
      const error = r.json().error;
      expect(error.code).toBe('aid_ceiling_exceeded');
      expect(error.details).toMatchObject({
        ceilingCents: CEILING,
        usedCents: CEILING,
        remainingCents: 0,
        amountCents: AID_PER_REQUEST,
      });
    }

    const db = t.database.db;
    const [{ total, count }] = await db
      .select({ total: sql<string>`coalesce(sum(${aidGrants.amountCents}), 0)`, count: sql<number>`count(*)::int` })
      .from(aidGrants)
      .where(inArray(aidGrants.organisationId, group));
    expect(count).toBe(EXPECTED_GRANTED);
    expect(Number(total)).toBeLessThanOrEqual(CEILING);
    const statuses = await db
      .select({ status: serviceRequests.status })
      .from(serviceRequests)
      .where(inArray(serviceRequests.id, requestIds));
    expect(statuses.filter((s) => s.status === 'accepted')).toHaveLength(EXPECTED_GRANTED);
    expect(statuses.filter((s) => s.status === 'submitted')).toHaveLength(REQUESTS - EXPECTED_GRANTED);
  }, 120_000);
});
