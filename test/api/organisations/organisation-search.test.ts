/**
 * The registry search at volume: one trigram condition over both names (migration 0015), a count that stops at
 * LIMITS.totalCap, and pages that stop there too — while a typo in a Bulgarian or an English name still finds it.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/contract/common';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';

let t: TestApp;
let staff: TestUser;
const MANY = LIMITS.totalCap + 150;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  // More organisations whose name contains "Агротехника" than the count goes to, half in BG34.
  await t.database.db.execute(sql`
    insert into organisations (legal_name_bg, legal_name_en, type, country, eik, oblast, nuts2, nuts_version)
    select 'Агротехника ' || lpad(g::text, 4, '0') || ' ООД', 'Agrotechnika ' || g || ' Ltd', 'sme', 'BG',
      '9' || lpad(g::text, 8, '0'), case when g % 2 = 0 then 'BG344' else 'BG411' end,
      case when g % 2 = 0 then 'BG34' else 'BG41' end, '2024'
    from generate_series(1, ${MANY}) g`);
  await t.database.db.execute(sql`
    insert into organisations (legal_name_bg, legal_name_en, type, country, foreign_registration_no) values
      ('Киберщит Солюшънс ЕООД', 'Cybershield Solutions Ltd', 'sme', 'DE', 'HRB 9001'),
      ('Дунавска логистика АД', null, 'sme', 'DE', 'HRB 9002')`);
});
afterAll(async () => t.close());

const search = (query: string) => t.request({ method: 'GET', url: `/api/v1/organisations?${query}`, as: staff });

describe('organisation search at volume', () => {
  it('caps the count of a common word and says so', async () => {
    const res = await search(`q=${encodeURIComponent('агротехника')}&pageSize=20`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: LIMITS.totalCap, totalCapped: true, page: 1, pageSize: 20 });
    const names = res.json().items.map((o: { legalNameBg: string }) => o.legalNameBg);
    // In name order over every match, not over the first thousand found.
    expect(names[0]).toBe('Агротехника 0001 ООД');
    expect(names).toEqual([...names].sort());
  });

  it('counts exactly below the cap, with a filter, and without a search text', async () => {
    const inBg34 = await search(`q=${encodeURIComponent('Агротехника')}&nuts2=BG34`);
    expect(inBg34.json()).toMatchObject({ total: MANY / 2, totalCapped: false });
    const all = await search('pageSize=5');
    expect(all.json()).toMatchObject({ total: LIMITS.totalCap, totalCapped: true });
    const few = await search('nuts2=BG42');
    expect(few.json()).toMatchObject({ total: 0, totalCapped: false, items: [] });
  });

  it('pages up to the cap and refuses a page beyond it', async () => {
    const last = await search(`q=${encodeURIComponent('агротехника')}&page=${LIMITS.totalCap / 20}&pageSize=20`);
    expect(last.statusCode).toBe(200);
    expect(last.json().items).toHaveLength(20);
    expect(last.json().items[19].legalNameBg).toBe(`Агротехника ${String(LIMITS.totalCap).padStart(4, '0')} ООД`);
    const beyond = await search(`q=${encodeURIComponent('агротехника')}&page=${LIMITS.totalCap / 20 + 1}&pageSize=20`);
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.details.fields[0]).toMatchObject({ field: 'page', code: 'beyond_cap' });
    const unfiltered = await search(`page=${LIMITS.totalCap / 100 + 1}&pageSize=100`);
    expect(unfiltered.statusCode).toBe(400);
  });

  it('finds a Bulgarian name with a wrong or missing letter, among many near misses', async () => {
    const res = await search(`q=${encodeURIComponent('Кибрщит')}`);
    expect(res.json().items.map((o: { legalNameBg: string }) => o.legalNameBg)).toEqual(['Киберщит Солюшънс ЕООД']);
    const logistics = await search(`q=${encodeURIComponent('Дунавска логистка')}`);
    expect(logistics.json().items.map((o: { legalNameBg: string }) => o.legalNameBg)).toEqual([
      'Дунавска логистика АД',
    ]);
  });

  it('finds an English name, exactly or misspelt, in any letter case', async () => {
    const exact = await search(`q=${encodeURIComponent('CYBERSHIELD')}`);
    expect(exact.json()).toMatchObject({ total: 1, totalCapped: false });
    const typo = await search(`q=${encodeURIComponent('Cybershild')}`);
    expect(typo.json().items.map((o: { legalNameEn: string }) => o.legalNameEn)).toEqual(['Cybershield Solutions Ltd']);
  });

  it('matches inside a word, and an EIK prefix', async () => {
    const inside = await search(`q=${encodeURIComponent('щит')}`);
    expect(inside.json().items.map((o: { legalNameBg: string }) => o.legalNameBg)).toEqual(['Киберщит Солюшънс ЕООД']);
    const eik = await search('q=900000012');
    expect(eik.json().items.map((o: { eik: string }) => o.eik)).toEqual(['900000012']);
  });

  it('ranks by likeness when asked', async () => {
    const res = await search(`q=${encodeURIComponent('Cybershield Solutions Ltd')}&sort=relevance`);
    expect(res.json().items[0].legalNameEn).toBe('Cybershield Solutions Ltd');
  });
});
