import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEik } from '../../../src/platform/db/seed/demo-eik';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../../support/test-app';

let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let stranger: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  admin = await t.createUser('admin');
  member = await t.createUser('member');
  stranger = await t.createUser('member');
});
afterAll(async () => t.close());

const bg = (over: Record<string, unknown> = {}) => ({
  legalNameBg: 'Агро Тест ООД',
  type: 'sme',
  eik: '201355508',
  oblast: 'BG344',
  ...over,
});
const register = (as: TestUser, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/v1/organisations', as, payload });

describe('registering an organisation', () => {
  it('refuses an EIK that fails its checksum, naming the field', async () => {
    const res = await register(member, bg({ eik: '175074751' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ field: 'eik', code: 'checksum' });
  });

  it('refuses an unknown oblast', async () => {
    const res = await register(member, bg({ oblast: 'BG999' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('oblast');
  });

  it('stores the normalised EIK with NUTS2 derived from the oblast, and makes the registrant owner', async () => {
    const res = await register(member, bg({ eik: 'BG 201 355 508' }));
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ eik: '201355508', oblast: 'BG344', nuts2: 'BG34', nutsVersion: '2024' });
    expect(org.members).toEqual([expect.objectContaining({ userId: member.id, role: 'owner' })]);
    expect(org.abilities).toMatchObject({ update: true, setPartner: false });
  });

  it('answers 409 duplicate_eik for an EIK already registered', async () => {
    const res = await register(stranger, bg({ legalNameBg: 'Друга' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('duplicate_eik');
  });

  it('writes the registration to the audit log and the confirmation e-mail to the outbox, in one transaction', async () => {
    const audit = await t.request({ method: 'GET', url: '/api/v1/admin/audit?entityType=organisation', as: admin });
    expect(audit.json().items.some((i: { action: string }) => i.action === 'organisation.register')).toBe(true);
    const outbox = await t.request({
      method: 'GET',
      url: `/api/v1/admin/outbox?q=${encodeURIComponent(member.email)}`,
      as: admin,
    });
    const kinds = outbox.json().items.map((i: { kind: string }) => i.kind);
    expect(kinds).toContain('organisation_registered');
    expect(kinds).toContain('verify_email');
  });
});

describe('changing an organisation', () => {
  it('a partial change keeps the fields it does not name (a foreign organisation stays foreign)', async () => {
    const created = await register(staff, {
      legalNameBg: 'Wiener GmbH',
      type: 'sme',
      country: 'AT',
      foreignRegistrationNo: 'FN 1234',
    });
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${created.json().id}`,
      as: staff,
      payload: { city: 'Wien' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ country: 'AT', city: 'Wien', foreignRegistrationNo: 'FN 1234' });
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/admin/audit?entityId=${created.json().id}`,
      as: admin,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'organisation.update',
      before: { city: null },
      after: { city: 'Wien' },
    });
  });
});

describe('who sees what', () => {
  it("another organisation's member must not see it", async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/organisations', as: member });
    const id = list.json().items[0].id;
    const res = await t.request({ method: 'GET', url: `/api/v1/organisations/${id}`, as: stranger });
    expect(res.statusCode).toBe(403);
    const strangerList = await t.request({ method: 'GET', url: '/api/v1/organisations', as: stranger });
    expect(strangerList.json().total).toBe(0);
  });

  it('staff search the whole registry, typo-tolerant, with filters and pagination', async () => {
    for (let i = 0; i < 3; i++) {
      await register(staff, {
        legalNameBg: `Киберзащита ${i}`,
        type: 'sme',
        country: 'DE',
        foreignRegistrationNo: `HRB ${i}`,
      });
    }
    const typo = await t.request({
      method: 'GET',
      url: `/api/v1/organisations?q=${encodeURIComponent('Кибрзащита')}`,
      as: staff,
    });
    expect(typo.json().total).toBe(3);
    const page = await t.request({
      method: 'GET',
      url: '/api/v1/organisations?pageSize=2&page=2&sort=name',
      as: staff,
    });
    expect(page.json()).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.json().items).toHaveLength(2);
    const byRegion = await t.request({ method: 'GET', url: '/api/v1/organisations?nuts2=BG34', as: staff });
    expect(byRegion.json().total).toBe(1);
    const byEik = await t.request({ method: 'GET', url: '/api/v1/organisations?q=2013', as: staff });
    expect(byEik.json().total).toBe(1);
  });
});

describe('ownership, SME category and single undertaking', () => {
  const link = (as: TestUser, id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/v1/organisations/${id}/ownership`, as, payload });

  it('aggregates a linked enterprise and refuses shares above 100 % and control cycles', async () => {
    const parent = (
      await register(staff, { legalNameBg: 'Майка АД', type: 'sme', eik: '020469788', oblast: 'BG411' })
    ).json().id;
    const child = (
      await register(staff, { legalNameBg: 'Дъщеря ЕООД', type: 'sme', eik: '201968703', oblast: 'BG411' })
    ).json().id;
    await t.request({
      method: 'PUT',
      url: `/api/v1/organisations/${child}/figures/2025`,
      as: staff,
      payload: { staff: 8, turnover: 1e6, balanceSheet: 1e6 },
    });
    await t.request({
      method: 'PUT',
      url: `/api/v1/organisations/${parent}/figures/2025`,
      as: staff,
      payload: { staff: 30, turnover: 5e6, balanceSheet: 5e6 },
    });
    const linked = await link(staff, child, { ownerId: parent, ownedId: child, capitalShare: 80, votingShare: 80 });
    expect(linked.statusCode, linked.body).toBe(200);
    const detail = linked.json();
    expect(detail.sme.status).toBe('linked');
    expect(detail.sme.aggregated.find((f: { year: number }) => f.year === 2025)).toMatchObject({ staff: 38 });
    expect(detail.sme.category).toBe('small');
    expect(detail.singleUndertaking.map((o: { id: string }) => o.id).sort()).toEqual([parent, child].sort());

    const over = await link(staff, child, {
      ownerId: (
        await register(staff, { legalNameBg: 'Трета', type: 'sme', country: 'FR', foreignRegistrationNo: 'X1' })
      ).json().id,
      ownedId: child,
      capitalShare: 30,
      votingShare: 10,
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.details.fields[0].code).toBe('shares_exceed_100');

    const cycle = await link(staff, child, { ownerId: child, ownedId: parent, capitalShare: 60, votingShare: 60 });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.details.fields[0].code).toBe('control_cycle');

    const bad = await link(staff, child, { ownerId: parent, ownedId: child, capitalShare: 120, votingShare: 10 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('capitalShare');
  });

  it('the public self-check computes category and status without storing anything', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/reference/sme-category',
      payload: {
        figures: [{ year: 2025, staff: 40, turnover: 8e6, balanceSheet: 5e6 }],
        links: [{ relation: 'owned_by', capitalShare: 30, votingShare: 30, isPublicBody: true, figures: [] }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ isSme: false, publicBodyExcluded: true });
    const eik = await t.request({ method: 'GET', url: '/api/v1/reference/eik/BG175074752' });
    expect(eik.json()).toEqual({ valid: true, normalised: '175074752', inPublicRegister: false });
    const badEik = await t.request({ method: 'GET', url: '/api/v1/reference/eik/123456789' });
    expect(badEik.json()).toEqual({ valid: false, normalised: null, inPublicRegister: false });
  });
});

describe('roles and accounts', () => {
  it('an admin changes a role (audited) but cannot demote themselves', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${stranger.id}`,
      as: admin,
      payload: { role: 'expert' },
    });
    expect(res.json().role).toBe('expert');
    const self = await t.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${admin.id}`,
      as: admin,
      payload: { role: 'staff' },
    });
    expect(self.statusCode).toBe(409);
  });

  it('sign-in is rate-limited per address', async () => {
    const ip = '10.99.0.1';
    const codes: number[] = [];
    // A different address each time, so the per-account back-off (5 failures) does not answer first.
    for (let i = 0; i < 12; i++)
      codes.push((await t.signIn(`nobody-${i}@example.test`, 'wrong-password-x', ip)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect((await t.signIn(member.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('session cookies are HttpOnly and SameSite', async () => {
    const res = await t.signIn(member.email, TEST_PASSWORD);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('bad JSON gets a 400 envelope, unknown routes a 404 envelope', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: member,
      payload: '{bad',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBeTruthy();
    const missing = await t.request({ method: 'GET', url: '/api/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});

describe('looking up organisations', () => {
  it('matches names for a query without digits, and EIK prefixes from three digits up', async () => {
    const a = await register(staff, bg({ legalNameBg: 'Ламбда Лукъп ООД', eik: demoEik(77001234) }));
    expect(a.statusCode, a.body).toBe(201);
    const b = await register(staff, bg({ legalNameBg: 'Омега Лукъп ЕООД', eik: demoEik(88001234) }));
    expect(b.statusCode, b.body).toBe(201);
    const names = async (q: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/organisations/lookup?q=${encodeURIComponent(q)}`, as: staff }))
        .json()
        .map((o: { legalNameBg: string }) => o.legalNameBg)
        .sort();
    expect(await names('Ламбда')).toEqual(['Ламбда Лукъп ООД']);
    expect(await names('лукъп')).toEqual(['Ламбда Лукъп ООД', 'Омега Лукъп ЕООД']);
    expect(await names('7700')).toEqual(['Ламбда Лукъп ООД']);
    expect(await names('xyz')).toEqual([]);
  });
});

describe('abilities in /api/v1/me', () => {
  it('tell the web app what each role may do, from the same policies the routes use', async () => {
    const me = async (as: TestUser | null) =>
      (await t.request({ method: 'GET', url: '/api/v1/me', as })).json().abilities;
    expect(await me(null)).toMatchObject({
      services: { manage: false },
      requests: { list: false, listAll: false, board: false },
      aid: { ledger: false, settings: false },
      assessments: { listAll: false, exportFiles: false, importFiles: false },
    });
    expect(await me(member)).toMatchObject({
      services: { manage: false },
      requests: { list: true, listAll: false, board: false },
      aid: { ledger: false },
    });
    expect(await me(staff)).toMatchObject({
      services: { manage: true },
      requests: { listAll: true, board: true },
      aid: { ledger: true, settings: false },
      events: { manage: true },
      facilities: { manage: true },
      assessments: { listAll: true, exportFiles: true, importFiles: true },
    });
    expect((await me(admin)).aid).toEqual({ ledger: true, settings: true });
  });
});

describe('DMA Module 1 fields: secondary sector, kind of authority, PIC', () => {
  const patch = (as: TestUser, id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: `/api/v1/organisations/${id}`, as, payload });

  it('stores and presents a PSO level and a PIC (spaces removed) for a public body', async () => {
    const res = await register(
      staff,
      bg({
        legalNameBg: 'Община Модул',
        type: 'pso',
        eik: demoEik(52000001),
        sector: 'cofog_01',
        psoLevel: 'municipal',
        pic: '999 123 456',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ type: 'pso', psoLevel: 'municipal', pic: '999123456', secondarySector: null });
    const changed = await patch(staff, res.json().id, { psoLevel: 'regional', pic: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ psoLevel: 'regional', pic: null });
    const read = await t.request({ method: 'GET', url: `/api/v1/organisations/${res.json().id}`, as: staff });
    expect(read.json()).toMatchObject({ psoLevel: 'regional', pic: null, sector: 'cofog_01' });
  });

  it('stores and presents a secondary sector for an enterprise, and changes it', async () => {
    const res = await register(
      staff,
      bg({ legalNameBg: 'Двусекторна ООД', eik: demoEik(52000002), sector: 'ict', secondarySector: 'construction' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ sector: 'ict', secondarySector: 'construction', psoLevel: null, pic: null });
    const changed = await patch(staff, res.json().id, { secondarySector: 'food_beverages' });
    expect(changed.json().secondarySector).toBe('food_beverages');
    // Becoming a public body while the enterprise-only field is still set: refused, naming the field.
    const toPso = await patch(staff, res.json().id, { type: 'pso', sector: 'cofog_04' });
    expect(toPso.statusCode).toBe(400);
    expect(toPso.json().error.details.fields[0]).toMatchObject({ field: 'secondarySector' });
    const cleared = await patch(staff, res.json().id, {
      type: 'pso',
      sector: 'cofog_04',
      secondarySector: null,
      psoLevel: 'national',
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ type: 'pso', secondarySector: null, psoLevel: 'national' });
  });

  it.each([
    ['a PIC of eight digits', { pic: '99912345' }, 'pic', 'format'],
    ['a PIC with letters', { pic: 'PIC123456' }, 'pic', 'format'],
    ['a kind of authority outside the list', { type: 'pso', sector: null, psoLevel: 'federal' }, 'psoLevel', undefined],
    ['a kind of authority for an enterprise', { psoLevel: 'national' }, 'psoLevel', 'unknown'],
    ['a secondary sector outside the DMA list', { secondarySector: 'cofog_01' }, 'secondarySector', 'unknown'],
    [
      'a secondary sector for a public body',
      { type: 'pso', sector: null, secondarySector: 'ict' },
      'secondarySector',
      'unknown',
    ],
    [
      'a secondary sector repeating the primary one',
      { sector: 'ict', secondarySector: 'ict' },
      'secondarySector',
      'invalid',
    ],
  ])('refuses %s with a 400 naming the field', async (_label, over, field, code) => {
    const res = await register(staff, bg({ legalNameBg: 'Грешна ООД', eik: demoEik(52000100), ...over }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.fields[0]).toMatchObject(code ? { field, code } : { field });
  });
});
