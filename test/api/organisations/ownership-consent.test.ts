import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { aidGrants, auditLog } from '../../../src/platform/db/schema';
import { insertOrganisation } from '../../support/factories';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';

// Issue 10 item 1: a link to an organisation the caller does not manage waits for that organisation's consent.
const NOW = new Date('2026-03-10T10:00:00Z');

let t: TestApp;
let ownerA: TestUser;
let ownerB: TestUser;
let outsider: TestUser;
let staff: TestUser;

const db = () => t.database.db;
/** An organisation (no de minimis declaration), owned by `owner` if given. */
const org = (name: string, owner: TestUser | null) =>
  insertOrganisation(t, name, { member: owner ?? undefined, declared: false });
const grant = (organisationId: string, amountCents: number) =>
  db()
    .insert(aidGrants)
    .values({ organisationId, amountCents, grantDate: '2025-06-01', basis: 'de_minimis', description: 'Grant' });
const post = (as: TestUser, url: string, payload: unknown = {}) =>
  t.request({ method: 'POST', url, as, payload: payload as object });
const get = (as: TestUser, url: string) => t.request({ method: 'GET', url, as });
const control = (ownerId: string, ownedId: string) => ({ ownerId, ownedId, capitalShare: 100, votingShare: 100 });
const ids = (list: { id: string }[]) => list.map((o) => o.id).sort();
async function auditActions(entityId: string): Promise<string[]> {
  const rows = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entityId));
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  [ownerA, ownerB, outsider, staff] = await Promise.all([
    t.createUser('member'),
    t.createUser('member'),
    t.createUser('member'),
    t.createUser('staff'),
  ]);
});
afterAll(async () => t.close());

describe('a link to somebody else’s organisation', () => {
  let a: string;
  let b: string;
  // Each case has its own pair of organisations; those that start from B's pending request make it first.
  beforeEach(async () => {
    a = await org('Чужда Фирма АД', ownerA);
    b = await org('Нападател ООД', ownerB);
    await grant(a, 250_000_00);
    await grant(b, 100_000_00);
  });
  const requestLink = async (): Promise<string> =>
    (await post(ownerB, `/api/v1/organisations/${b}/ownership`, control(b, a))).json().ownership.pending[0].id;

  it('B claiming to own A creates a pending link that exposes nothing of A and counts in no ceiling', async () => {
    const res = await post(ownerB, `/api/v1/organisations/${b}/ownership`, control(b, a));
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.ownership.holdings).toEqual([]);
    expect(ids(detail.singleUndertaking)).toEqual([b]);
    expect(JSON.stringify(detail)).not.toContain('Чужда Фирма');
    expect(detail.ownership.pending).toEqual([
      expect.objectContaining({
        ownerId: b,
        ownedId: a,
        direction: 'outgoing',
        status: 'pending',
        canConfirm: false,
        canWithdraw: true,
      }),
    ]);

    const aid = await get(ownerB, `/api/v1/organisations/${b}/aid?date=2026-03-10`);
    expect(aid.json().singleUndertaking).toEqual([b]);
    expect(aid.json().used).toBe(100_000);
    expect(JSON.stringify(aid.json())).not.toContain('Чужда Фирма');
    const journey = await get(ownerB, `/api/v1/organisations/${b}/journey`);
    expect(journey.statusCode, journey.body).toBe(200);
    expect(journey.json().aid.singleUndertaking).toEqual([b]);
    expect(JSON.stringify(journey.json())).not.toContain('Чужда Фирма');

    const aidOfA = await get(ownerA, `/api/v1/organisations/${a}/aid?date=2026-03-10`);
    expect(aidOfA.json().singleUndertaking).toEqual([a]);
    expect(aidOfA.json().used).toBe(250_000);
    expect(await auditActions(b)).toContain('ownership.request');
  });

  it('A sees the incoming request; B, an outsider and A itself cannot take the wrong step', async () => {
    const linkId = await requestLink();
    const page = (await get(ownerA, `/api/v1/organisations/${a}`)).json();
    expect(page.ownership.owners).toEqual([]);
    expect(page.ownership.pending).toEqual([
      expect.objectContaining({
        id: linkId,
        direction: 'incoming',
        ownerName: 'Нападател ООД',
        canConfirm: true,
        canWithdraw: false,
      }),
    ]);
    expect((await post(ownerB, `/api/v1/organisations/${b}/ownership/${linkId}/confirm`)).statusCode).toBe(403);
    expect((await post(ownerB, `/api/v1/organisations/${a}/ownership/${linkId}/confirm`)).statusCode).toBe(403);
    expect((await post(outsider, `/api/v1/organisations/${a}/ownership/${linkId}/confirm`)).statusCode).toBe(403);
    expect((await post(ownerA, `/api/v1/organisations/${a}/ownership/${linkId}/withdraw`)).statusCode).toBe(403);
    const wrongOrg = await post(
      ownerA,
      `/api/v1/organisations/${a}/ownership/00000000-0000-4000-8000-000000000000/confirm`,
    );
    expect(wrongOrg.statusCode).toBe(404);
    expect(wrongOrg.json().error.code).toBe('not_found');
  });

  it('once A’s owner confirms, the link takes effect on both sides and in the ceiling', async () => {
    const linkId = await requestLink();
    const res = await post(ownerA, `/api/v1/organisations/${a}/ownership/${linkId}/confirm`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ownership.pending).toEqual([]);
    expect(res.json().ownership.owners).toEqual([
      expect.objectContaining({ ownerId: b, ownedId: a, relation: 'linked' }),
    ]);
    expect(ids(res.json().singleUndertaking)).toEqual([a, b].sort());
    const aidOfA = await get(ownerA, `/api/v1/organisations/${a}/aid?date=2026-03-10`);
    expect(aidOfA.json().used).toBe(350_000);
    expect(await auditActions(a)).toContain('ownership.confirm');
    const again = await post(ownerA, `/api/v1/organisations/${a}/ownership/${linkId}/confirm`);
    expect(again.statusCode).toBe(404);
  });

  it('changing a confirmed link from one side alone is again only a proposal', async () => {
    await post(ownerA, `/api/v1/organisations/${a}/ownership/${await requestLink()}/confirm`);
    const res = await post(ownerB, `/api/v1/organisations/${b}/ownership`, {
      ...control(b, a),
      capitalShare: 40,
      votingShare: 40,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ownership.holdings).toEqual([expect.objectContaining({ capitalShare: 100 })]);
    expect(res.json().ownership.pending).toEqual([
      expect.objectContaining({ capitalShare: 40, direction: 'outgoing' }),
    ]);
  });
});

describe('declining, withdrawing and direct links', () => {
  it('the other side declines; the requester withdraws; both are audited and leave nothing behind', async () => {
    const a = await org('Отказваща АД', ownerA);
    const b = await org('Молител ООД', ownerB);
    const first = (await post(ownerB, `/api/v1/organisations/${b}/ownership`, control(a, b))).json().ownership
      .pending[0];
    expect(first).toMatchObject({ direction: 'outgoing', ownerId: a, ownedId: b });
    const declined = await post(ownerA, `/api/v1/organisations/${a}/ownership/${first.id}/decline`);
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().ownership.pending).toEqual([]);
    expect(await auditActions(a)).toContain('ownership.decline');

    const second = (await post(ownerB, `/api/v1/organisations/${b}/ownership`, control(a, b))).json().ownership
      .pending[0];
    const withdrawn = await post(ownerB, `/api/v1/organisations/${b}/ownership/${second.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().ownership.pending).toEqual([]);
    expect(await auditActions(b)).toContain('ownership.withdraw');
    expect((await get(ownerA, `/api/v1/organisations/${a}`)).json().ownership.pending).toEqual([]);
  });

  it('takes effect at once when the caller manages both sides, or is staff', async () => {
    const a = await org('Майка Двойна АД', ownerB);
    const b = await org('Дъщеря Двойна ООД', ownerB);
    const own = await post(ownerB, `/api/v1/organisations/${b}/ownership`, control(a, b));
    expect(own.json().ownership.pending).toEqual([]);
    expect(ids(own.json().singleUndertaking)).toEqual([a, b].sort());

    const c = await org('Трета Страна АД', ownerA);
    const byStaff = await post(staff, `/api/v1/organisations/${b}/ownership`, {
      ...control(c, b),
      capitalShare: 0,
      votingShare: 0,
    });
    expect(byStaff.statusCode, byStaff.body).toBe(200);
    expect(byStaff.json().ownership.pending).toEqual([]);
    expect(
      byStaff
        .json()
        .ownership.owners.map((l: { ownerId: string }) => l.ownerId)
        .sort(),
    ).toEqual([a, c].sort());
  });

  it('staff confirm a pending link on the requester’s behalf; confirming re-checks the shares', async () => {
    const a = await org('Проверявана АД', ownerA);
    const b = await org('Проверяваща ООД', ownerB);
    const pending = (
      await post(ownerB, `/api/v1/organisations/${b}/ownership`, {
        ...control(a, b),
        capitalShare: 60,
        votingShare: 60,
      })
    ).json().ownership.pending[0];
    const staffView = (await get(staff, `/api/v1/organisations/${b}`)).json().ownership.pending[0];
    expect(staffView).toMatchObject({ canConfirm: true, canWithdraw: true, ownerName: 'Проверявана АД' });
    // Meanwhile staff record someone else holding 50 % of b: the proposal would now exceed 100 %.
    const c = await org('Друг Притежател АД', null);
    await post(staff, `/api/v1/organisations/${b}/ownership`, {
      ownerId: c,
      ownedId: b,
      capitalShare: 50,
      votingShare: 50,
    });
    const over = await post(staff, `/api/v1/organisations/${b}/ownership/${pending.id}/confirm`);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.details.fields[0].code).toBe('shares_exceed_100');
    const withdrawn = await post(staff, `/api/v1/organisations/${b}/ownership/${pending.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
  });
});
