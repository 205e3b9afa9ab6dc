import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf } from '../../../src/platform/db/sql-helpers';
import { organisationFigures, organisationSme } from '../../../src/platform/db/schema';
import { SME_RULES_VERSION } from '../../../src/domain/sme';
import { computeGroupSme, refreshStoredSme } from '../../../src/modules/organisations/commands/refresh-sme';
import {
  loadComponentOrganisations,
  loadOwnershipLinks,
} from '../../../src/modules/organisations/queries/load-ownership-component';
import { groupIds, lockGroupOf } from '../../../src/modules/organisations/repo';
import { backfillStoredSme } from '../../../src/modules/organisations/jobs/backfill-sme';
import { insertOrganisation } from '../../support/factories';
import { countQueries } from '../../support/query-counter';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';

// Issue 12: the SME category and single undertaking are stored by the commands that change their inputs (figures,
// active links, type), for every organisation of the groups concerned, and the organisation page only reads them.
const NOW = new Date('2026-03-10T10:00:00Z');

let t: TestApp;
let staff: TestUser;
let admin: TestUser;

const db = () => t.database.db;
const org = (name: string, member?: TestUser) => insertOrganisation(t, name, { member, declared: false });
const as = (user: TestUser) => ({
  get: (url: string) => t.request({ method: 'GET', url, as: user }),
  post: (url: string, payload: object = {}) => t.request({ method: 'POST', url, as: user, payload }),
  put: (url: string, payload: object) => t.request({ method: 'PUT', url, as: user, payload }),
  patch: (url: string, payload: object) => t.request({ method: 'PATCH', url, as: user, payload }),
  del: (url: string) => t.request({ method: 'DELETE', url, as: user }),
});
const M = 1_000_000;

async function putFigures(id: string, year: number, staffCount: number, turnoverM = 1, balanceM = 1) {
  const res = await as(staff).put(`/api/v1/organisations/${id}/figures/${year}`, {
    staff: staffCount,
    turnover: turnoverM * M,
    balanceSheet: balanceM * M,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function link(ownerId: string, ownedId: string, share: number, extra: object = {}) {
  const res = await as(staff).post(`/api/v1/organisations/${ownerId}/ownership`, {
    ownerId,
    ownedId,
    capitalShare: share,
    votingShare: share,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function stored(id: string) {
  const [row] = await db().select().from(organisationSme).where(eq(organisationSme.organisationId, id));
  return row;
}

/**
 * Checks that what is stored for each organisation is what the rules give now, computed afresh from the database, and
 * that the page serves exactly that.
 */
async function expectStoredCurrent(ids: string[]) {
  const links = await loadOwnershipLinks(db(), ids);
  const fresh = computeGroupSme(await loadComponentOrganisations(db(), groupIds(ids, links)), links);
  const rows = await db().select().from(organisationSme).where(inArray(organisationSme.organisationId, ids));
  const byId = new Map(rows.map((r) => [r.organisationId, r]));
  for (const id of ids) {
    const expected = fresh.find((f) => f.organisationId === id)!;
    const row = byId.get(id);
    expect(row, `stored SME of ${id}`).toBeDefined();
    expect(row!.rulesVersion).toBe(SME_RULES_VERSION);
    expect(row!.assessment, `stored SME of ${id}`).toEqual(expected.assessment);
    expect(row!.singleUndertaking, `stored single undertaking of ${id}`).toEqual(expected.singleUndertaking);
  }
  for (const id of ids) {
    const page = (await as(staff).get(`/api/v1/organisations/${id}`)).json();
    expect(page.sme).toEqual(byId.get(id)!.assessment);
    expect(page.singleUndertaking.map((u: { id: string }) => u.id)).toEqual(byId.get(id)!.singleUndertaking);
  }
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  [staff, admin] = await Promise.all([t.createUser('staff'), t.createUser('admin')]);
});
afterAll(async () => t.close());

describe('the stored SME category', () => {
  it('is written with a new registration', async () => {
    const res = await as(staff).post('/api/v1/organisations', {
      legalNameBg: 'Нова Регистрация ООД',
      type: 'sme',
      country: 'AT',
      foreignRegistrationNo: 'FN 9001',
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await stored(res.json().id);
    expect(row).toMatchObject({ rulesVersion: SME_RULES_VERSION, singleUndertaking: [res.json().id] });
    expect(row.assessment).toMatchObject({ category: null, status: 'autonomous' });
    expect(row.assessment.reasons.map((r) => r.code)).toEqual(['no_figures']);
  });

  // P controls S; Q holds 30 % of P (a partner of P's group).
  let p: string;
  let s: string;
  let q: string;
  it("follows one organisation's figures in every organisation of its group", async () => {
    [p, s, q] = await Promise.all([org('Майка АД'), org('Дъщерна ЕООД'), org('Съдружник ООД')]);
    await putFigures(p, 2024, 5);
    await putFigures(q, 2024, 8);
    await link(p, s, 100);
    await link(q, p, 30);
    await expectStoredCurrent([p, s, q]);
    expect((await stored(p)).assessment).toMatchObject({ status: 'linked', linked: [s], category: 'micro' });

    // S alone brings the group over the medium staff ceiling: P, S and Q (30 % of P's group) all move.
    const page = await putFigures(s, 2024, 300);
    expect(page.sme).toMatchObject({ category: 'small_mid_cap', isSme: false });
    expect((await stored(p)).assessment).toMatchObject({ category: 'small_mid_cap' });
    expect((await stored(q)).assessment.aggregated).toEqual([
      { year: 2024, staff: 99.5, turnover: 1_600_000, balanceSheet: 1_600_000 },
    ]);
    await expectStoredCurrent([p, s, q]);

    // Removing a year recomputes the group too: S's 2023 stands in for 2024, Q adds 30 % of its own.
    await putFigures(s, 2023, 1);
    const removed = await as(staff).del(`/api/v1/organisations/${s}/figures/2024`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await stored(p)).assessment.aggregated).toEqual([
      { year: 2024, staff: 8.4, turnover: 2_300_000, balanceSheet: 2_300_000 },
    ]);
    await expectStoredCurrent([p, s, q]);
  });

  it('recomputes both groups a new link joins', async () => {
    const [x, y] = await Promise.all([org('Икс ЕООД'), org('Игрек ЕООД')]);
    await putFigures(x, 2024, 40);
    await link(x, y, 10); // not a partner yet: two groups in all but name
    await expectStoredCurrent([x, y]);
    // Y now takes a controlling stake in S: Y's group (X, Y) joins P's (P, S, Q).
    await link(y, s, 0, { dominantInfluence: true });
    expect((await stored(y)).singleUndertaking).toEqual([p, s, y].sort());
    expect((await stored(q)).assessment.partners).toEqual([{ id: p, share: 30 }]);
    await expectStoredCurrent([p, s, q, x, y]);
    const dropped = await as(staff).get(`/api/v1/organisations/${y}`);
    const yLink = dropped.json().ownership.holdings.find((l: { ownedId: string }) => l.ownedId === s);
    const res = await as(staff).del(`/api/v1/organisations/${y}/ownership/${yLink.id}`);
    expect(res.statusCode, res.body).toBe(200);
    await expectStoredCurrent([p, s, q, x, y]);
    expect((await stored(s)).singleUndertaking).toEqual([p, s].sort());
  });

  it('recomputes both pieces when a removed link splits the group', async () => {
    const holding = (await as(staff).get(`/api/v1/organisations/${p}`)).json().ownership.holdings[0];
    expect(holding).toMatchObject({ ownedId: s, relation: 'linked' });
    const res = await as(staff).del(`/api/v1/organisations/${p}/ownership/${holding.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sme).toMatchObject({ status: 'partner', linked: [] });
    expect((await stored(s)).assessment).toMatchObject({ status: 'autonomous', linked: [] });
    expect((await stored(s)).singleUndertaking).toEqual([s]);
    await expectStoredCurrent([p, s, q]);
  });

  it('leaves the stored category alone for a pending link, and recomputes both sides on confirmation', async () => {
    const [ownerA, ownerB] = await Promise.all([t.createUser('member'), t.createUser('member')]);
    const [a, b] = await Promise.all([org('Потвърждаваща АД', ownerA), org('Питаща ООД', ownerB)]);
    await putFigures(a, 2024, 20);
    await putFigures(b, 2024, 3);
    const before = await stored(a);
    const asked = await as(ownerB).post(`/api/v1/organisations/${b}/ownership`, {
      ownerId: b,
      ownedId: a,
      capitalShare: 60,
      votingShare: 60,
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const pendingId = asked.json().ownership.pending[0].id;
    expect((await stored(a)).assessment).toEqual(before.assessment);
    expect((await stored(b)).assessment.status).toBe('autonomous');

    const confirmed = await as(ownerA).post(`/api/v1/organisations/${a}/ownership/${pendingId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await stored(a)).assessment).toMatchObject({ status: 'linked', linked: [b] });
    expect((await stored(b)).assessment).toMatchObject({ status: 'linked', linked: [a] });
    expect((await stored(b)).assessment.aggregated[0].staff).toBe(23);
    await expectStoredCurrent([a, b]);
  });

  it('recomputes the organisations a public body holds when an organisation becomes one', async () => {
    expect((await stored(p)).assessment.publicBodyExcluded).toBe(false);
    const res = await as(staff).patch(`/api/v1/organisations/${q}`, { type: 'pso' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await stored(p)).assessment).toMatchObject({ publicBodyExcluded: true, publicBodyShare: 30, isSme: false });
    await expectStoredCurrent([p, q]);
  });

  it('recomputes the rest of the group when an organisation is deleted', async () => {
    const [h, d] = await Promise.all([org('Холдинг АД'), org('Изтривана ЕООД')]);
    await putFigures(h, 2024, 5);
    await putFigures(d, 2024, 100);
    await link(h, d, 80);
    expect((await stored(h)).assessment.category).toBe('medium');
    const res = await as(admin).del(`/api/v1/organisations/${d}`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await stored(h)).assessment).toMatchObject({ category: 'micro', status: 'autonomous', linked: [] });
    expect((await stored(h)).singleUndertaking).toEqual([h]);
    expect(await stored(d)).toBeUndefined();
  });
});

describe('organisations without a current stored category', () => {
  it('get it computed and stored on first read, and again after a change of rules', async () => {
    const e = await org('Стара Фирма ООД');
    await db()
      .insert(organisationFigures)
      .values({ organisationId: e, year: 2024, staff: 60, turnover: 1, balanceSheet: 1 });
    expect(await stored(e)).toBeUndefined();
    const first = await as(staff).get(`/api/v1/organisations/${e}`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().sme.category).toBe('medium');
    expect((await stored(e)).assessment.category).toBe('medium');

    // Stored under older rules (and figures changed behind the commands' back): the next read recomputes.
    await db().update(organisationSme).set({ rulesVersion: 0 }).where(eq(organisationSme.organisationId, e));
    await db().update(organisationFigures).set({ staff: 5 }).where(eq(organisationFigures.organisationId, e));
    const again = await as(staff).get(`/api/v1/organisations/${e}`);
    expect(again.json().sme.category).toBe('micro');
    expect(await stored(e)).toMatchObject({ rulesVersion: SME_RULES_VERSION });
  });

  it('are filled in by the backfill, batch by batch, whole groups at a time', async () => {
    const [u, v, w] = await Promise.all([org('Пълнена 1 ООД'), org('Пълнена 2 ООД'), org('Пълнена 3 ООД')]);
    await putFigures(u, 2024, 4);
    await putFigures(v, 2024, 9);
    await link(u, v, 40);
    await db()
      .insert(organisationFigures)
      .values({ organisationId: w, year: 2024, staff: 30, turnover: 1, balanceSheet: 1 });
    await db()
      .delete(organisationSme)
      .where(inArray(organisationSme.organisationId, [u, v]));
    await db().update(organisationSme).set({ rulesVersion: 0 }).where(eq(organisationSme.organisationId, w));

    expect(await backfillStoredSme(db(), { batch: 2 })).toBeGreaterThanOrEqual(3);
    // Every organisation has a current row now.
    const stale = rowsOf<{ n: number }>(
      await db().execute(sql`
        select count(*)::int as n from organisations o left join organisation_sme s on s.organisation_id = o.id
        where s.organisation_id is null or s.rules_version <> ${SME_RULES_VERSION}`),
    );
    expect(stale[0].n).toBe(0);
    await expectStoredCurrent([u, v, w]);
    expect(await backfillStoredSme(db())).toBe(0);
  });
});

describe('the organisation page', () => {
  it('reads in one query after the session lookup (it ran seven before the category was stored)', async () => {
    const member = await t.createUser('member');
    const [a, b, c] = await Promise.all([org('Четена АД', member), org('Притежавана ООД'), org('Притежател ООД')]);
    for (const id of [a, b, c]) await putFigures(id, 2024, 5);
    await link(a, b, 60);
    await link(c, a, 30);
    await as(staff).post(`/api/v1/organisations/${a}/contacts`, { name: 'Лице За Контакт' });
    await as(member).get(`/api/v1/organisations/${a}`); // warm: the session and the stored category exist

    const counter = countQueries(t.database);
    try {
      const res = await as(member).get(`/api/v1/organisations/${a}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        figures: [{ year: 2024, staff: 5 }],
        contacts: [{ name: 'Лице За Контакт' }],
        members: [{ userId: member.id, role: 'owner' }],
        ownership: { owners: [{ ownerId: c, relation: 'partner' }], holdings: [{ ownedId: b, relation: 'linked' }] },
        sme: { status: 'linked', linked: [b], partners: [{ id: c, share: 30 }] },
        singleUndertaking: [a, b].sort().map((id) => ({ id, name: expect.any(String) })),
      });
      const page = counter.statements.filter((s) => /organisations/.test(s));
      expect(page, counter.statements.join('\n')).toHaveLength(1);
      // The rest is the actor: session, account, memberships.
      expect(counter.statements.length, counter.statements.join('\n')).toBeLessThanOrEqual(4);
    } finally {
      counter.stop();
    }
  });
});

describe('simultaneous writes in one group', () => {
  it('leave every stored category current', async () => {
    // A parent controlling three subsidiaries, a partner of the parent, and an outsider that links in and out.
    const [parent, s1, s2, s3, partner, outsider] = await Promise.all(
      ['Група', 'Първа', 'Втора', 'Трета', 'Партньор', 'Външна'].map((n) => org(`${n} ООД`)),
    );
    const group = [parent, s1, s2, s3, partner, outsider];
    await link(parent, s1, 60);
    await link(parent, s2, 60);
    await link(parent, s3, 0, { boardControl: true });
    await link(partner, parent, 30);

    for (let round = 0; round < 5; round++) {
      const writes = [
        ...group.flatMap((id, i) =>
          [2023, 2024, 2025].map((year) => () => putFigures(id, year, 1 + ((i * 37 + year * 11 + round * 53) % 280))),
        ),
        () => link(outsider, round % 2 ? s2 : s1, 30 + (round % 5)),
        () => link(s3, outsider, round % 2 ? 10 : 45),
      ];
      const results = await Promise.allSettled(writes.map((w) => w()));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      await expectStoredCurrent(group);
    }
  });
});

// PGlite runs one transaction at a time, so only PostgreSQL can hold one write open while another arrives.
describe.runIf(inject('dbKind') === 'postgres')('a write to a group another write holds', () => {
  it('waits for it and computes from its figures', async () => {
    const [a, b] = await Promise.all([org('Чакаща АД'), org('Държаща ЕООД')]);
    await putFigures(a, 2024, 5);
    await putFigures(b, 2024, 5);
    await link(a, b, 100);
    // B's writer: its figures changed and its group computed, not committed yet.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let computed!: () => void;
    const ready = new Promise<void>((resolve) => (computed = resolve));
    const writerB = db().transaction(async (tx) => {
      const lock = await lockGroupOf(tx, b);
      await tx
        .update(organisationFigures)
        .set({ staff: 200 })
        .where(and(eq(organisationFigures.organisationId, b), eq(organisationFigures.year, 2024)));
      await refreshStoredSme(tx, [b], lock);
      computed();
      await held;
    });
    await ready;
    let answered = false;
    const writeA = putFigures(a, 2024, 100).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered, 'the write to A went ahead while B was held').toBe(false);
    release();
    await writerB;
    await writeA;
    expect((await stored(a)).assessment.aggregated[0].staff).toBe(300);
    expect((await stored(b)).assessment.aggregated[0].staff).toBe(300);
    await expectStoredCurrent([a, b]);
  });
});
