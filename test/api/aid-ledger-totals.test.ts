/**
 * The ledger's per-basis totals come from totals kept per grant day and basis by a trigger on the grants: whatever
 * writes a grant — a new one, a revocation, a corrected amount, basis or date, a removal — the totals follow, and they
 * always equal what the grants themselves add up to.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidGrants } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { insertOrganisation } from '../support/factories';

let t: TestApp;
let staff: TestUser;
let org: string;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  org = await insertOrganisation(t, 'Получател ООД');
});
afterAll(async () => t.close());

const grant = (amountCents: number, grantDate: string, basis = 'de_minimis') =>
  t.database.db
    .insert(aidGrants)
    .values({ organisationId: org, amountCents, grantDate, basis, description: `Grant ${grantDate}` })
    .returning({ id: aidGrants.id })
    .then((r) => r[0].id);
const ledger = async (query = '') =>
  (await t.request({ method: 'GET', url: `/api/v1/aid/ledger?pageSize=100${query}`, as: staff })).json();

/** The totals as the grants themselves add them up (revoked ones listed, not counted). */
function expected(items: { basis: string; amountCents: number; revokedAt: string | null }[]) {
  const sum = (basis: string) =>
    items.filter((i) => i.basis === basis && !i.revokedAt).reduce((s, i) => s + i.amountCents, 0);
  return {
    de_minimis: sum('de_minimis'),
    de_minimis_1407: sum('de_minimis_1407'),
    gber: sum('gber'),
    none: sum('none'),
  };
}

describe('the ledger totals', () => {
  it('follow every write of a grant', async () => {
    const a = await grant(1_000_00, '2025-03-01');
    const b = await grant(2_500_00, '2025-03-01');
    await grant(700_00, '2025-06-15', 'gber');
    let page = await ledger();
    expect(page.totalsCents).toEqual({ de_minimis: 3_500_00, de_minimis_1407: 0, gber: 700_00, none: 0 });
    expect(page.total).toBe(3);

    // Revoked: listed and counted in `total`, left out of the amounts.
    await t.database.db
      .update(aidGrants)
      .set({ revokedAt: new Date(), revokeReason: 'отказ' })
      .where(eq(aidGrants.id, a));
    // A corrected amount, basis and date.
    await t.database.db
      .update(aidGrants)
      .set({ amountCents: 2_000_00, basis: 'none', grantDate: '2025-07-01' })
      .where(eq(aidGrants.id, b));
    page = await ledger();
    expect(page.total).toBe(3);
    expect(page.totalsCents).toEqual({ de_minimis: 0, de_minimis_1407: 0, gber: 700_00, none: 2_000_00 });
    expect(page.totalsCents).toEqual(expected(page.items));

    // A period and a basis: the totals of the period (all bases), the count of the basis listed.
    const summer = await ledger('&from=2025-06-01&to=2025-06-30');
    expect(summer).toMatchObject({ total: 1, totalsCents: { gber: 700_00, none: 0 } });
    const none = await ledger('&basis=none');
    expect(none.total).toBe(1);
    expect(none.totalsCents).toEqual(page.totalsCents);

    // Removed: gone from both.
    await t.database.db.delete(aidGrants).where(eq(aidGrants.id, b));
    page = await ledger();
    expect(page.total).toBe(2);
    expect(page.totalsCents).toEqual(expected(page.items));
    // A search text sums the matching grants themselves, with the same answer.
    const searched = await ledger(`&q=${encodeURIComponent('Получател')}`);
    expect(searched.totalsCents).toEqual(page.totalsCents);
    expect(searched.total).toBe(2);
  });
});
