import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  aidGrants,
  auditLog,
  deMinimisDeclarations,
  organisationFigures,
  organisationMembers,
  organisations,
  ownershipLinks,
  serviceDeliveries,
  serviceRequests,
  services,
} from '../../src/platform/db/schema';
import { AppError } from '../../src/platform/errors';
import { adjustGrantAmount, grantAidOnAcceptance } from '../../src/modules/aid/commands/grant-aid';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

// The hub's clock: 10 March 2026, noon in Sofia. The de minimis window of that day starts on 10 March 2023.
const NOW = new Date('2026-03-10T10:00:00Z');
const TODAY = '2026-03-10';
// Each reading of the clock is a second later, so records signed one after another are ordered.
let ticks = 0;
const clock = () => new Date(NOW.getTime() + ticks++ * 1000);

let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let otherMember: TestUser;
let expert: TestUser;
// parent controls sub (60 % of votes); partner holds 30 % of sub (a partner, not in the single undertaking).
let parent: string;
let sub: string;
let partner: string;
let other: string;
let serviceId: string;

const db = () => t.database.db;
const insertOrg = async (values: Partial<typeof organisations.$inferInsert> & { legalNameBg: string }) => {
  const [row] = await db()
    .insert(organisations)
    .values({ type: 'sme', ...values })
    .returning({ id: organisations.id });
  return row.id;
};
const grant = (
  organisationId: string,
  amountCents: number,
  grantDate: string,
  basis = 'de_minimis',
  extra: Record<string, unknown> = {},
) =>
  db()
    .insert(aidGrants)
    .values({ organisationId, amountCents, grantDate, basis, description: `Grant ${grantDate}`, ...extra })
    .returning({ id: aidGrants.id })
    .then((r) => r[0].id);
const get = (url: string, as: TestUser | null) => t.request({ method: 'GET', url, as });
const fieldsOf = (res: { json(): { error: { details: { fields: { field: string }[] } } } }) =>
  res.json().error.details.fields.map((f) => f.field);

beforeAll(async () => {
  t = await createTestApp({ clock });
  [staff, admin, member, otherMember, expert] = await Promise.all([
    t.createUser('staff'),
    t.createUser('admin'),
    t.createUser('member'),
    t.createUser('member'),
    t.createUser('expert'),
  ]);
  parent = await insertOrg({ legalNameBg: 'Холдинг АД', eik: '201355508' });
  sub = await insertOrg({
    legalNameBg: 'Дъщерна ЕООД',
    eik: '175074752',
    city: 'Казанлък',
    oblast: 'BG344',
    nuts2: 'BG34',
  });
  partner = await insertOrg({ legalNameBg: 'Партньор ООД', eik: '201968703' });
  other = await insertOrg({
    legalNameBg: 'Община Примерна',
    type: 'pso',
    eik: '020469788',
    city: 'Стара Загора',
    oblast: 'BG344',
    nuts2: 'BG34',
  });
  await db()
    .insert(ownershipLinks)
    .values([
      { ownerId: parent, ownedId: sub, capitalShare: 60, votingShare: 60 },
      { ownerId: partner, ownedId: sub, capitalShare: 30, votingShare: 30 },
    ]);
  await db()
    .insert(organisationMembers)
    .values([
      { organisationId: sub, userId: member.id, role: 'owner' },
      { organisationId: other, userId: otherMember.id, role: 'owner' },
    ]);
  await db()
    .insert(organisationFigures)
    .values([
      { organisationId: sub, year: 2023, staff: 60, turnover: 1, balanceSheet: 1 },
      { organisationId: sub, year: 2025, staff: 12.5, turnover: 1, balanceSheet: 1 },
    ]);
  const [service] = await db()
    .insert(services)
    .values({
      slug: 'cyber-training',
      family: 'skills_training',
      titleBg: 'Обучение по киберсигурност',
      titleEn: 'Cybersecurity training',
      descriptionBg: 'Курс',
      descriptionEn: 'Course',
      marketValueCents: 60_000,
      valueUnit: 'per_day',
      aidBasis: 'de_minimis',
      published: true,
    })
    .returning({ id: services.id });
  serviceId = service.id;
});
afterAll(async () => t.close());

describe('GET /organisations/:id/aid', () => {
  let counted: string[];
  let notCounted: string[];
  beforeAll(async () => {
    counted = [
      await grant(sub, 1_000_00, '2023-03-10'), // the window's first day
      await grant(parent, 2_500_50, '2025-06-01'), // another member of the single undertaking
      await grant(sub, 700_00, '2024-01-15', 'de_minimis_1407'), // old regulation, counted at its value
      await grant(sub, 300_00, TODAY), // the window's last day
    ];
    notCounted = [
      await grant(sub, 9_000_00, '2023-03-09'), // one day before the window
      await grant(sub, 8_000_00, '2026-03-11'), // after the day of the statement
      await grant(sub, 5_000_00, '2025-02-01', 'gber', { gberArticle: 'Art. 28' }),
      await grant(parent, 0, '2025-02-01', 'none', { noAidReason: 'Non-economic activity' }),
    ];
    await grant(partner, 50_000_00, '2025-01-01'); // a partner enterprise: not in the group, not listed
    // sub's older declaration is superseded by its newer one; the parent's declaration counts per item date.
    await db()
      .insert(deMinimisDeclarations)
      .values([
        {
          organisationId: sub,
          items: [{ grantor: 'Стара', amountCents: 77_777_00, grantDate: '2025-01-01', regulation: '2023/2831' }],
          totalCents: 77_777_00,
          statement: 'old',
          locale: 'bg',
          signerName: 'А',
          signedAt: new Date('2025-01-02T10:00:00Z'),
        },
        {
          organisationId: sub,
          items: [],
          totalCents: 0,
          statement: 'new',
          locale: 'bg',
          signerName: 'А',
          signedAt: new Date('2026-01-02T10:00:00Z'),
        },
        {
          organisationId: parent,
          items: [
            {
              grantor: 'Община Стара Загора',
              amountCents: 12_000_00,
              grantDate: '2025-05-01',
              regulation: '2023/2831',
            },
            { grantor: 'Министерство', amountCents: 4_000_00, grantDate: '2022-12-31', regulation: '1407/2013' },
          ],
          totalCents: 16_000_00,
          statement: 'parent',
          locale: 'bg',
          signerName: 'Б',
          signedAt: new Date('2025-06-02T10:00:00Z'),
        },
      ]);
  });

  it('answers exactly the contract, summing the group window with declarations and leaving GBER/no aid out', async () => {
    const res = await get(`/api/v1/organisations/${sub}/aid`, member);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'ceiling',
        'declarationOnFile',
        'declarations',
        'grants',
        'remaining',
        'singleUndertaking',
        'used',
        'windowEnd',
        'windowStart',
      ].sort(),
    );
    const used = 1_000 + 2_500.5 + 700 + 300 + 12_000;
    expect(body).toMatchObject({
      ceiling: 300_000,
      used,
      remaining: 300_000 - used,
      windowStart: '2023-03-10',
      windowEnd: TODAY,
    });
    expect(body.singleUndertaking).toEqual([parent, sub].sort());
    expect(body.declarationOnFile).toBe(true);
    expect(body.declarations).toEqual([
      {
        organisationId: parent,
        grantor: 'Община Стара Загора',
        amount: 12_000,
        grantDate: '2025-05-01',
        regulation: '2023/2831',
      },
    ]);
    const byId = new Map(body.grants.map((g: { id: string; counted: boolean }) => [g.id, g]));
    expect(body.grants).toHaveLength(counted.length + notCounted.length);
    for (const id of counted) expect(byId.get(id), id).toMatchObject({ counted: true });
    for (const id of notCounted) expect(byId.get(id), id).toMatchObject({ counted: false });
    const dates = body.grants.map((g: { grantDate: string }) => g.grantDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(Object.keys(body.grants[0]).sort()).toEqual(
      [
        'amount',
        'basis',
        'counted',
        'description',
        'gberArticle',
        'grantDate',
        'id',
        'noAidReason',
        'organisationId',
        'organisationName',
        'requestId',
        'revokeReason',
        'revokedAt',
        'serviceId',
      ].sort(),
    );
    expect(byId.get(notCounted[2])).toMatchObject({ basis: 'gber', gberArticle: 'Art. 28', amount: 5_000 });
  });

  it('moves the window with ?date= (the 2023-03-10 grant drops out the next year, the 2026-03-11 one comes in)', async () => {
    const body = (await get(`/api/v1/organisations/${parent}/aid?date=2026-03-11`, staff)).json();
    expect(body.windowStart).toBe('2023-03-11');
    expect(body.used).toBe(2_500.5 + 700 + 300 + 12_000 + 8_000);
    // The parent itself has declared; the statement is of the same group.
    expect(body.declarationOnFile).toBe(true);
    const partnerBody = (await get(`/api/v1/organisations/${partner}/aid`, staff)).json();
    expect(partnerBody).toMatchObject({ singleUndertaking: [partner], used: 50_000, declarationOnFile: false });
  });

  it('refuses a bad date, other organisations, anonymous callers and unknown organisations', async () => {
    expect((await get(`/api/v1/organisations/${sub}/aid?date=2026-02-30`, member)).statusCode).toBe(400);
    expect((await get(`/api/v1/organisations/${sub}/aid`, otherMember)).statusCode).toBe(403);
    expect((await get(`/api/v1/organisations/${sub}/aid`, expert)).statusCode).toBe(403);
    expect((await get(`/api/v1/organisations/${sub}/aid`, null)).statusCode).toBe(401);
    expect((await get('/api/v1/organisations/00000000-0000-4000-8000-000000000000/aid', staff)).statusCode).toBe(404);
  });
});

describe('de minimis declarations', () => {
  const declare = (payload: Record<string, unknown>, as: TestUser = otherMember, orgId = other) =>
    t.request({ method: 'POST', url: `/api/v1/organisations/${orgId}/de-minimis-declarations`, as, payload });
  const item = (over: Record<string, unknown> = {}) => ({
    grantor: 'Община Стара Загора',
    amountCents: 12_000_00,
    grantDate: '2025-04-01',
    regulation: '2023/2831',
    ...over,
  });

  it('refuses a future date, a date older than three years, a negative amount, an unknown regulation and a missing confirmation', async () => {
    const res = await declare({
      items: [
        item({ grantDate: '2026-03-11' }),
        item({ grantDate: '2023-03-09' }),
        item({ amountCents: -1 }),
        item({ regulation: '2020/1' }),
        item({ grantDate: '2023-03-10' }),
      ],
      signerName: 'Мария Петрова',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(fieldsOf(res).sort()).toEqual(
      ['confirm', 'items.0.grantDate', 'items.1.grantDate', 'items.2.amountCents', 'items.3.regulation'].sort(),
    );
    const unconfirmed = await declare({ items: [], signerName: 'Мария Петрова', confirm: false });
    expect(fieldsOf(unconfirmed)).toEqual(['confirm']);
    expect((await declare({ items: [], signerName: 'М', confirm: true })).statusCode).toBe(400);
    expect(
      (await db().select().from(deMinimisDeclarations).where(eq(deMinimisDeclarations.organisationId, other))).length,
    ).toBe(0);
  });

  it('stores the statement the signer agreed to, in their language, with the items; the newest is in force', async () => {
    const first = await declare({ items: [], signerName: 'Мария Петрова', confirm: true });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().statement).toContain('Не сме получавали минимална помощ');
    const res = await declare({
      items: [item(), item({ grantor: 'Фонд', amountCents: 500_50, grantDate: '2023-03-10', regulation: '1407/2013' })],
      signerName: '  Мария Петрова ',
      confirm: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ totalCents: 12_500_50, locale: 'bg', signerName: 'Мария Петрова' });
    expect(body.signedAt.startsWith('2026-03-10T')).toBe(true);
    expect(body.items).toEqual([
      item(),
      item({ grantor: 'Фонд', amountCents: 500_50, grantDate: '2023-03-10', regulation: '1407/2013' }),
    ]);
    const text = (await get('/api/v1/aid/declaration-text?locale=bg', null)).json().statement as string;
    expect(body.statement.startsWith(text)).toBe(true);
    for (const part of [
      'Община Примерна',
      '020469788',
      'Община Стара Загора',
      '2025-04-01',
      'Фонд',
      'Регламент (ЕС) № 1407/2013',
      'Мария Петрова',
    ]) {
      expect(body.statement).toContain(part);
    }
    expect(body.statement).toMatch(/12\s000,00\s€/);

    const list = await get(`/api/v1/organisations/${other}/de-minimis-declarations`, staff);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((d: { id: string }) => d.id)).toEqual([body.id, first.json().id]);
    const aid = (await get(`/api/v1/organisations/${other}/aid`, otherMember)).json();
    expect(aid).toMatchObject({ used: 12_500.5, declarationOnFile: true });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'aid.declare'), eq(auditLog.entityId, body.id)));
    expect(audit.actorId).toBe(otherMember.id);
  });

  it('refuses an item above EUR 100 000 000 and more than 50 items (400 naming the field), so sums stay exact', async () => {
    const huge = await declare({
      items: [item({ amountCents: Number.MAX_SAFE_INTEGER })],
      signerName: 'Мария Петрова',
      confirm: true,
    });
    expect(huge.statusCode, huge.body).toBe(400);
    expect(fieldsOf(huge)).toEqual(['items.0.amountCents']);
    const justAbove = await declare({
      items: [item({ amountCents: 100_000_000_01 })],
      signerName: 'Мария Петрова',
      confirm: true,
    });
    expect(fieldsOf(justAbove)).toEqual(['items.0.amountCents']);
    const many = await declare({
      items: Array.from({ length: 51 }, () => item()),
      signerName: 'Мария Петрова',
      confirm: true,
    });
    expect(many.statusCode).toBe(400);
    expect(fieldsOf(many)).toEqual(['items']);
    // The largest declaration still totals and reads back (no RangeError, no 500).
    const largest = await declare(
      {
        items: Array.from({ length: 50 }, () => item({ amountCents: 100_000_000_00 })),
        signerName: 'Мария Петрова',
        confirm: true,
      },
      staff,
      partner,
    );
    expect(largest.statusCode, largest.body).toBe(201);
    expect(largest.json().totalCents).toBe(50 * 100_000_000_00);
    const statement = await get(`/api/v1/organisations/${partner}/aid`, staff);
    expect(statement.statusCode, statement.body).toBe(200);
    expect(statement.json()).toMatchObject({ used: 50 * 100_000_000 + 50_000, remaining: 0 });
    await db().delete(deMinimisDeclarations).where(eq(deMinimisDeclarations.organisationId, partner));
  });

  it('serves the statement text publicly in both languages', async () => {
    const en = await get('/api/v1/aid/declaration-text?locale=en', null);
    expect(en.statusCode).toBe(200);
    expect(en.json().statement).toContain('Regulation (EU) 2023/2831');
    expect(en.json().statement).toContain('€300,000.00');
  });

  it('lets only the organisation people declare and read declarations', async () => {
    expect((await declare({ items: [], signerName: 'Иван Иванов', confirm: true }, member)).statusCode).toBe(403);
    expect((await get(`/api/v1/organisations/${other}/de-minimis-declarations`, member)).statusCode).toBe(403);
    expect((await get(`/api/v1/organisations/${other}/de-minimis-declarations`, null)).statusCode).toBe(401);
    expect((await declare({ items: [], signerName: 'Служител', confirm: true }, staff)).statusCode).toBe(201);
  });
});

describe('granting aid on acceptance', () => {
  let lone: string;
  const acceptFor = (organisationId: string, amountCents: number, over: Record<string, unknown> = {}) =>
    db().transaction((tx) =>
      grantAidOnAcceptance(tx, {
        organisationId,
        requestId: null,
        serviceId,
        description: 'Обучение',
        amountCents,
        grantDate: TODAY,
        basis: 'de_minimis',
        gberArticle: null,
        noAidReason: null,
        actor: null,
        ...over,
      }),
    );
  const refusal = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  };
  beforeAll(async () => {
    lone = await insertOrg({ legalNameBg: 'Самостоятелна ЕООД' });
  });

  it('requires the beneficiary declaration for de minimis aid, not for GBER', async () => {
    const err = await refusal(acceptFor(lone, 100_00));
    expect(err.code).toBe('declaration_required');
    await expect(acceptFor(lone, 100_00, { basis: 'gber', gberArticle: 'Art. 28' })).resolves.toHaveProperty('grantId');
  });

  it('allows reaching the ceiling exactly and refuses a cent more, stating the headroom', async () => {
    await db()
      .insert(deMinimisDeclarations)
      .values({ organisationId: lone, items: [], totalCents: 0, statement: 's', locale: 'en', signerName: 'X' });
    await acceptFor(lone, 299_000_00);
    const err = await refusal(acceptFor(lone, 1_000_01));
    expect(err.code).toBe('aid_ceiling_exceeded');
    expect(err.details).toEqual({
      ceilingCents: 300_000_00,
      usedCents: 299_000_00,
      remainingCents: 1_000_00,
      amountCents: 1_000_01,
    });
    expect(err.message).toContain('headroom EUR 1000.00');
    const { grantId } = await acceptFor(lone, 1_000_00);
    const [row] = await db().select().from(aidGrants).where(eq(aidGrants.id, grantId));
    expect(row).toMatchObject({ grantDate: TODAY, basis: 'de_minimis', amountCents: 1_000_00 });
    // Full: GBER is still recorded, never counted.
    await expect(acceptFor(lone, 50_000_00, { basis: 'gber', gberArticle: 'Art. 25' })).resolves.toHaveProperty(
      'grantId',
    );
  });

  it('adjusts a grant within the ceiling and refuses a raise over it', async () => {
    const [req] = await db()
      .insert(serviceRequests)
      .values({ organisationId: sub, serviceId, need: 'Курс за служители', status: 'accepted', grantDate: TODAY })
      .returning({ id: serviceRequests.id });
    await acceptFor(sub, 1_000_00, { requestId: req.id });
    const adjust = (amountCents: number) =>
      db().transaction((tx) =>
        adjustGrantAmount(tx, {
          requestId: req.id,
          amountCents,
          basis: 'de_minimis',
          gberArticle: null,
          noAidReason: null,
          actor: null,
        }),
      );
    await adjust(1_500_00);
    const err = await refusal(adjust(400_000_00));
    expect(err.code).toBe('aid_ceiling_exceeded');
    const [row] = await db().select().from(aidGrants).where(eq(aidGrants.requestId, req.id));
    expect(Number(row.amountCents)).toBe(1_500_00);
  });
});

describe('the ledger and its files', () => {
  let closedRequest: string;
  let revokedGrant: string;
  beforeAll(async () => {
    // A grant revoked when its request was cancelled before delivery: listed for the record, never counted or exported.
    revokedGrant = await grant(partner, 3_333_00, '2025-07-01', 'de_minimis', {
      description: 'Отменена услуга',
      revokedAt: new Date('2025-07-15T09:00:00Z'),
      revokedBy: staff.id,
      revokeReason: 'Клиентът се отказа',
    });
    const [req] = await db()
      .insert(serviceRequests)
      .values({
        organisationId: other,
        serviceId,
        need: 'Обучение на служители',
        status: 'closed',
        grantDate: '2026-02-01',
      })
      .returning({ id: serviceRequests.id });
    closedRequest = req.id;
    await db()
      .insert(serviceDeliveries)
      .values([
        {
          requestId: closedRequest,
          organisationId: other,
          serviceId,
          category: 'training_skills',
          description: 'Курс по киберхигиена, "два дни"',
          technology: 'Cybersecurity',
          startDate: '2026-02-10',
          endDate: '2026-02-11',
          attendees: 12,
          valueCents: 1_200_00,
          pricePaidCents: 0,
          aidBasis: 'none',
          noAidReason: 'Public body in its public capacity',
          aidCents: 0,
          nationalShareCents: 0,
        },
        {
          organisationId: sub,
          serviceId,
          category: 'test_before_invest',
          description: 'Тест на прототип',
          technology: 'AI',
          startDate: '2026-01-05',
          endDate: '2026-01-31',
          attendees: 3,
          valueCents: 2_000_00,
          pricePaidCents: 500_00,
          aidBasis: 'de_minimis',
          aidCents: 1_500_00,
          nationalShareCents: 750_00,
        },
        {
          organisationId: sub,
          category: 'ecosystem_networking',
          description: 'Извън периода',
          technology: 'Other',
          startDate: '2025-12-01',
          endDate: '2025-12-31',
          attendees: 1,
          valueCents: 100,
          pricePaidCents: 0,
          aidBasis: 'gber',
          gberArticle: 'Art. 28',
          aidCents: 100,
          nationalShareCents: 50,
        },
      ]);
  });

  it('lists grants newest first, filters by period, basis and search, and totals per basis', async () => {
    const res = await get('/api/v1/aid/ledger?from=2023-03-10&to=2026-03-10&pageSize=100', staff);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const dates = body.items.map((i: { grantDate: string }) => i.grantDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.every((d: string) => d >= '2023-03-10' && d <= TODAY)).toBe(true);
    expect(body.total).toBe(body.items.length);
    // Revoked grants are listed but left out of the totals.
    const sum = (basis: string) =>
      body.items
        .filter((i: { basis: string; revokedAt: string | null }) => i.basis === basis && !i.revokedAt)
        .reduce((s: number, i: { amountCents: number }) => s + i.amountCents, 0);
    expect(body.items.find((i: { id: string }) => i.id === revokedGrant)).toMatchObject({
      amountCents: 3_333_00,
      revokedAt: '2025-07-15T09:00:00.000Z',
      revokeReason: 'Клиентът се отказа',
    });
    expect(body.totalsCents).toEqual({
      de_minimis: sum('de_minimis'),
      de_minimis_1407: sum('de_minimis_1407'),
      gber: sum('gber'),
      none: sum('none'),
    });

    const gber = (await get('/api/v1/aid/ledger?basis=gber', staff)).json();
    expect(gber.items.length).toBeGreaterThan(0);
    expect(gber.items.every((i: { basis: string }) => i.basis === 'gber')).toBe(true);
    expect(gber.totalsCents.de_minimis).toBeGreaterThan(0);

    const byEik = (await get('/api/v1/aid/ledger?q=2013555', staff)).json();
    expect(byEik.items.map((i: { organisationName: string }) => i.organisationName)).toEqual([
      'Холдинг АД',
      'Холдинг АД',
    ]);
    expect(byEik.items[0]).toMatchObject({ eik: '201355508', ref: null });
    const paged = (await get('/api/v1/aid/ledger?pageSize=2&page=2', staff)).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    expect((await get('/api/v1/aid/ledger?from=2026-01-01&to=2025-01-01', staff)).statusCode).toBe(400);
    expect((await get('/api/v1/aid/ledger', member)).statusCode).toBe(403);
  });

  it('exports the de minimis register as CSV (BOM, CRLF) and XLSX, de minimis grants only', async () => {
    const res = await get('/api/v1/aid/register-export?from=2025-01-01&to=2025-12-31&format=csv', staff);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('Beneficiary,EIK,Amount (EUR),Grant date,Legal basis,Service');
    // Text fields are always quoted (formula injection), amounts bare.
    expect(lines).toContain(
      '"Холдинг АД","201355508",2500.50,"2025-06-01","Regulation (EU) 2023/2831","Grant 2025-06-01"',
    );
    expect(lines).toContain(
      '"Партньор ООД","201968703",50000.00,"2025-01-01","Regulation (EU) 2023/2831","Grant 2025-01-01"',
    );
    expect(res.body).not.toContain('Art. 28');
    expect(res.body).not.toContain('2026-');
    expect(res.body).not.toContain('Отменена услуга');
    expect(res.body).not.toContain('3333.00');

    const xlsx = await t.request({ method: 'GET', url: '/api/v1/aid/register-export?format=xlsx', as: staff });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Beneficiary',
      'EIK',
      'Amount (EUR)',
      'Grant date',
      'Legal basis',
      'Service',
    ]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.some((r) => r[1] === 'Дъщерна ЕООД' && r[3] === 700 && r[5] === 'Regulation (EU) No 1407/2013')).toBe(
      true,
    );
  });

  const HEADERS = [
    'Content ID',
    'Customer',
    'Customer type',
    'Customer  region',
    'Customer staff size',
    'Location',
    'Service category delivered',
    'Short description of the service',
    'Technology type used',
    'Service price, €',
    'Number of attendees',
    'Status',
    'Dates',
    'Specific information on State Aid',
    'Amount of the service price to be reported as Aid of national or regional public nature, €',
  ];

  it('writes the Commission services file with exactly its columns, one row per delivery ending in the period', async () => {
    const res = await get('/api/v1/exports/services?from=2026-01-01&to=2026-03-31&format=csv', staff);
    expect(res.statusCode, res.body).toBe(200);
    const lines = res.body.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(HEADERS.map((h) => (h.includes(',') ? `"${h}"` : h)).join(','));
    expect(lines).toHaveLength(3);
    const [deliverySub] = await db()
      .select({ id: serviceDeliveries.id })
      .from(serviceDeliveries)
      .where(eq(serviceDeliveries.endDate, '2026-01-31'));
    // Text fields are always quoted (formula injection); money and counts bare.
    const q = (text: string) => `"${text}"`;
    expect(lines[1]).toBe(
      [
        q(deliverySub.id),
        q('Дъщерна ЕООД'),
        q('SME'),
        q('BG34'),
        q('10-49'),
        q('Казанлък, Stara Zagora'),
        q('Test before invest'),
        q('Тест на прототип'),
        q('AI'),
        '2000.00',
        '3',
        q('Delivered'),
        q('2026-01-05 / 2026-01-31'),
        q('De minimis (Reg. 2023/2831): aid EUR 1500.00, price paid EUR 500.00'),
        '750.00',
      ].join(','),
    );
    expect(lines[2]).toContain(',"PSO","BG34",,');
    expect(lines[2]).toContain('"Курс по киберхигиена, ""два дни"""');
    expect(lines[2]).toContain(',"Closed","2026-02-10 / 2026-02-11","No aid: Public body in its public capacity",0.00');

    const xlsx = await t.request({
      method: 'GET',
      url: '/api/v1/exports/services?from=2025-12-01&to=2025-12-31&format=xlsx',
      as: staff,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('EDIH services')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.rowCount).toBe(2);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row.slice(6, 14)).toEqual([
      'Ecosystem building, scouting, brokerage and networking',
      'Извън периода',
      'Other',
      1,
      1,
      'Delivered',
      '2025-12-01 / 2025-12-31',
      'GBER Art. 28: aid EUR 1.00, price paid EUR 0.00',
    ]);
  });

  it('reports the customer type by the registry type, never passing a large enterprise or a research body off as an SME', async () => {
    const types = ['large_enterprise', 'research_education', 'ngo', 'start_up', 'small_mid_cap'] as const;
    for (const [i, type] of types.entries()) {
      const organisationId = await insertOrg({ legalNameBg: `Тип ${type}`, type });
      await db()
        .insert(serviceDeliveries)
        .values({
          organisationId,
          category: 'test_before_invest',
          description: `Услуга ${i}`,
          technology: 'AI',
          startDate: '2024-06-01',
          endDate: '2024-06-02',
          attendees: 1,
          valueCents: 100_00,
          pricePaidCents: 0,
          aidBasis: 'de_minimis',
          aidCents: 100_00,
          nationalShareCents: 50_00,
        });
    }
    const res = await get('/api/v1/exports/services?from=2024-06-01&to=2024-06-30&format=csv', staff);
    const rows = res.body
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .slice(1)
      .map((line: string) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
    expect(Object.fromEntries(rows.map((r: string[]) => [r[1], r[2]]))).toEqual({
      'Тип large_enterprise': 'Large enterprise',
      'Тип research_education': 'Other (research/education)',
      'Тип ngo': 'Other (NGO)',
      'Тип start_up': 'SME',
      'Тип small_mid_cap': 'Small mid-cap',
    });
  });

  it('needs a valid period and staff', async () => {
    expect((await get('/api/v1/exports/services?from=2026-01-01&format=csv', staff)).statusCode).toBe(400);
    expect((await get('/api/v1/exports/services?from=2026-02-01&to=2026-01-01', staff)).statusCode).toBe(400);
    expect((await get('/api/v1/exports/services?from=2026-01-01&to=2026-03-31', expert)).statusCode).toBe(403);
    expect((await get('/api/v1/aid/register-export', member)).statusCode).toBe(403);
  });
});

describe('aid settings', () => {
  const patch = (payload: unknown, as: TestUser) =>
    t.request({ method: 'PATCH', url: '/api/v1/hub/aid-settings', as, payload: payload as object });

  it('shows the settings to staff and lets only admins change them, audited', async () => {
    const res = await get('/api/v1/hub/aid-settings', staff);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ deMinimisCeilingCents: 300_000_00, nationalSharePercent: 50 });
    expect((await patch({ nationalSharePercent: 40 }, staff)).statusCode).toBe(403);
    expect((await get('/api/v1/hub/aid-settings', member)).statusCode).toBe(403);
    const changed = await patch({ deMinimisCeilingCents: 200_000_00, nationalSharePercent: 37.5 }, admin);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ deMinimisCeilingCents: 200_000_00, nationalSharePercent: 37.5 });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'hub.aid_settings'));
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: { deMinimisCeilingCents: 300_000_00, nationalSharePercent: 50 },
      after: { deMinimisCeilingCents: 200_000_00, nationalSharePercent: 37.5 },
    });
    // The new ceiling drives the statement of every organisation.
    expect((await get(`/api/v1/organisations/${sub}/aid`, member)).json().ceiling).toBe(200_000);
    await patch({ deMinimisCeilingCents: 300_000_00 }, admin);
  });

  it('validates the values', async () => {
    expect(fieldsOf(await patch({ deMinimisCeilingCents: 0 }, admin))).toEqual(['deMinimisCeilingCents']);
    expect(fieldsOf(await patch({ nationalSharePercent: 101 }, admin))).toEqual(['nationalSharePercent']);
    expect((await patch({ deMinimisCeilingCents: 1.5 }, admin)).statusCode).toBe(400);
    expect((await patch({}, admin)).statusCode).toBe(400);
  });
});
