import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { services } from '../../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';
import { pgErrorOf } from '../../../src/platform/db/pg-error';
import { markPartners } from '../../support/factories';

let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let expert: TestUser;
let partnerA: string;
let partnerB: string;
let customerOrg: string;

const registerForeign = async (name: string, n: number) => {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as: staff,
    payload: { legalNameBg: name, type: 'research_education', country: 'AT', foreignRegistrationNo: `FN ${n}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  admin = await t.createUser('admin');
  member = await t.createUser('member');
  expert = await t.createUser('expert');
  partnerA = await registerForeign('Тракийски университет', 1);
  partnerB = await registerForeign('Институт за космически изследвания', 2);
  customerOrg = await registerForeign('Клиент ООД', 3);
  await markPartners(t, admin, [partnerA, partnerB]);
});
afterAll(async () => t.close());

const service = (over: Record<string, unknown> = {}) => ({
  family: 'skills_training',
  titleBg: 'Обучение по киберсигурност',
  titleEn: 'Cybersecurity training',
  descriptionBg: 'Двудневен курс по киберхигиена и защита на данните за служители на малки и средни предприятия.',
  descriptionEn:
    'A two-day course in cyber hygiene and data protection for staff of small and medium-sized enterprises.',
  technologies: ['cybersecurity'],
  customerTypes: ['sme', 'pso'],
  sectors: [],
  partnerIds: [partnerA],
  marketValueCents: 45_000,
  valueUnit: 'per_day',
  priceCents: 0,
  aidBasis: 'de_minimis',
  published: true,
  ...over,
});
const create = (payload: Record<string, unknown>, as: TestUser | null = staff) =>
  t.request({ method: 'POST', url: '/api/v1/services', as, payload });
const list = (query: string, as: TestUser | null = null) =>
  t.request({ method: 'GET', url: `/api/v1/services${query}`, as });
const slugsOf = (res: { json(): { items: { slug: string }[] } }) =>
  res
    .json()
    .items.map((i) => i.slug)
    .sort();
const fieldsOf = (res: { json(): { error: { details: { fields: { field: string }[] } } } }) =>
  res.json().error.details.fields.map((f) => f.field);

describe('creating a service', () => {
  it('stores it with a slug from the English title, its partners, and an audit row', async () => {
    const res = await create(service());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      slug: 'cybersecurity-training',
      family: 'skills_training',
      technologies: ['cybersecurity'],
      customerTypes: ['sme', 'pso'],
      marketValueCents: 45_000,
      valueUnit: 'per_day',
      priceCents: 0,
      aidBasis: 'de_minimis',
      gberArticle: null,
      noAidReason: null,
      published: true,
      abilities: { update: true, publish: true, delete: false },
    });
    expect(body.partners).toEqual([expect.objectContaining({ id: partnerA, legalNameBg: 'Тракийски университет' })]);
    const audit = await t.request({ method: 'GET', url: `/api/v1/admin/audit?entityId=${body.id}`, as: admin });
    expect(audit.json().items[0]).toMatchObject({
      action: 'service.create',
      after: { slug: 'cybersecurity-training' },
    });
  });

  it('refuses a bad enum, a negative value and a GBER basis without its article, naming each field', async () => {
    const badFamily = await create(service({ family: 'consulting', titleEn: 'Bad family' }));
    expect(badFamily.statusCode).toBe(400);
    expect(fieldsOf(badFamily)).toContain('family');

    const badTechnology = await create(service({ technologies: ['quantum'], titleEn: 'Bad technology' }));
    expect(badTechnology.statusCode).toBe(400);
    expect(fieldsOf(badTechnology)[0]).toMatch(/^technologies/);

    const negative = await create(service({ marketValueCents: -100, titleEn: 'Negative value' }));
    expect(negative.statusCode).toBe(400);
    expect(fieldsOf(negative)).toContain('marketValueCents');

    const gber = await create(service({ aidBasis: 'gber', titleEn: 'GBER without article' }));
    expect(gber.statusCode).toBe(400);
    expect(gber.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'gberArticle', code: 'required' }),
    ]);

    const none = await create(service({ aidBasis: 'none', titleEn: 'No aid without reason' }));
    expect(none.statusCode).toBe(400);
    expect(fieldsOf(none)).toEqual(['noAidReason']);
  });

  it('refuses a price above the market value and a partner that is not a consortium partner', async () => {
    const price = await create(service({ priceCents: 50_000, titleEn: 'Too dear' }));
    expect(price.statusCode).toBe(400);
    expect(fieldsOf(price)).toEqual(['priceCents']);
    const notPartner = await create(service({ partnerIds: [customerOrg], titleEn: 'Wrong partner' }));
    expect(notPartner.statusCode).toBe(400);
    expect(notPartner.json().error.details.fields[0]).toMatchObject({ field: 'partnerIds', code: 'not_partner' });
  });

  it('keeps only the text that belongs to the chosen aid basis', async () => {
    const res = await create(
      service({
        titleEn: 'Innovation advisory',
        aidBasis: 'gber',
        gberArticle: ' Art. 28 ',
        noAidReason: 'stale text',
        published: false,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ slug: 'innovation-advisory', gberArticle: 'Art. 28', noAidReason: null });
  });
});

describe('slugs', () => {
  it('answers 409 naming the slug when a given slug is taken, and numbers a generated one', async () => {
    const taken = await create(service({ slug: 'cybersecurity-training', titleEn: 'Another course' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: 'conflict',
      details: { fields: [{ field: 'slug', code: 'duplicate' }] },
    });

    const generated = await create(service({ published: false }));
    expect(generated.statusCode, generated.body).toBe(201);
    expect(generated.json().slug).toBe('cybersecurity-training-2');
  });

  it('lets staff change a slug (409 when taken) and keeps it when the title changes', async () => {
    const created = (await create(service({ titleEn: 'Slug to change', published: false }))).json();
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${created.id}`,
      as: staff,
      payload: { titleEn: 'A new title', slug: 'changed-slug' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ slug: 'changed-slug', titleEn: 'A new title' });
    const clash = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${created.id}`,
      as: staff,
      payload: { slug: 'cybersecurity-training' },
    });
    expect(clash.statusCode).toBe(409);
    expect(fieldsOf(clash)).toEqual(['slug']);
    const bad = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${created.id}`,
      as: staff,
      payload: { slug: 'Not A Slug' },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['slug']);
  });
});

describe('changing a service', () => {
  it('re-checks the whole record and audits only what changed', async () => {
    const created = (await create(service({ titleEn: 'Data course', published: false }))).json();
    const toGber = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${created.id}`,
      as: staff,
      payload: { aidBasis: 'gber' },
    });
    expect(toGber.statusCode).toBe(400);
    expect(fieldsOf(toGber)).toEqual(['gberArticle']);

    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${created.id}`,
      as: staff,
      payload: { aidBasis: 'gber', gberArticle: 'Art. 31', priceCents: 5_000, partnerIds: [partnerB, partnerA] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      aidBasis: 'gber',
      gberArticle: 'Art. 31',
      priceCents: 5_000,
      slug: 'data-course',
    });
    expect(
      res
        .json()
        .partners.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([partnerA, partnerB].sort());
    const audit = await t.request({ method: 'GET', url: `/api/v1/admin/audit?entityId=${created.id}`, as: admin });
    const update = audit.json().items.find((i: { action: string }) => i.action === 'service.update');
    expect(Object.keys(update.after).sort()).toEqual(['aidBasis', 'gberArticle', 'partnerIds', 'priceCents']);
    expect(update.before).toMatchObject({ aidBasis: 'de_minimis', gberArticle: null, priceCents: 0 });
  });

  it('answers 404 for an unknown id', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/v1/services/00000000-0000-4000-8000-000000000000',
      as: staff,
      payload: { titleEn: 'Nothing' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('searching and filtering the catalogue', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const fixtures: Record<string, Record<string, unknown>> = {
      pentest: {
        family: 'test_before_invest',
        titleBg: 'Тестове за проникване',
        titleEn: 'Penetration testing',
        descriptionBg: 'Контролирана атака срещу мрежата и уеб приложенията ви с доклад за уязвимостите.',
        descriptionEn: 'A controlled attack on your network and web applications with a report on the vulnerabilities.',
        technologies: ['cybersecurity'],
        customerTypes: ['sme'],
        sectors: ['ict', 'metals_machinery'],
        marketValueCents: 600_000,
        valueUnit: 'fixed',
      },
      hpc: {
        family: 'test_before_invest',
        titleBg: 'Достъп до високопроизводителни изчисления',
        titleEn: 'High-performance computing access',
        descriptionBg: 'Изчислително време на суперкомпютър за симулации, моделиране и обучение на модели.',
        descriptionEn: 'Supercomputer time for simulations, modelling and training of machine-learning models.',
        technologies: ['hpc', 'ai'],
        customerTypes: [],
        sectors: [],
        marketValueCents: 6_000,
        valueUnit: 'per_hour',
        partnerIds: [partnerB],
      },
      finance: {
        family: 'investment_support',
        titleBg: 'Консултации за достъп до финансиране',
        titleEn: 'Access-to-finance consulting',
        descriptionBg: 'Подбор на програми и покани, подготовка на проектни предложения и среща с инвеститори.',
        descriptionEn: 'Choosing programmes and calls, preparing project proposals and meeting investors.',
        technologies: ['other'],
        customerTypes: ['pso'],
        sectors: ['cofog_01'],
        marketValueCents: 64_000,
        valueUnit: 'per_day',
      },
      forum: {
        family: 'ecosystem_networking',
        titleBg: 'Форум за срещи и партньорства',
        titleEn: 'Matchmaking forum',
        descriptionBg: 'Еднодневен форум с панели и срещи между доставчици на технологии и предприятия.',
        descriptionEn: 'A one-day forum with panels and meetings between technology providers and enterprises.',
        technologies: [],
        customerTypes: [],
        sectors: [],
        marketValueCents: 0,
        valueUnit: 'fixed',
        aidBasis: 'none',
        noAidReason: 'Open event with no selective advantage',
      },
      draft: {
        family: 'test_before_invest',
        titleBg: 'Тестове на дронове (чернова)',
        titleEn: 'Drone testing draft',
        descriptionBg: 'Полетни тестове на безпилотни летателни апарати на полигона.',
        descriptionEn: 'Flight tests of unmanned aerial vehicles on the test range.',
        technologies: ['robotics'],
        published: false,
      },
    };
    for (const [key, over] of Object.entries(fixtures)) {
      const res = await create(service(over));
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = res.json().slug;
    }
  });

  it('finds a service by a misspelt Bulgarian word, in a title or a description', async () => {
    expect(slugsOf(await list(`?q=${encodeURIComponent('проникванне')}`))).toEqual([ids.pentest]);
    expect(slugsOf(await list(`?q=${encodeURIComponent('суперкомпютр')}`))).toEqual([ids.hpc]);
    const cyber = await list(`?q=${encodeURIComponent('киберсигурнст')}`);
    expect(slugsOf(cyber)).toEqual(['cybersecurity-training']);
  });

  it('finds a service by a misspelt English word, best title match first', async () => {
    const res = await list('?q=penetraton');
    expect(slugsOf(res)).toEqual([ids.pentest]);
    expect(slugsOf(await list('?q=finanse'))).toEqual([ids.finance]);
    expect(slugsOf(await list('?q=xyzzyqq'))).toEqual([]);
    // "training" is in one title and in another service's description: the title match ranks first.
    const ranked = (await list('?q=trainng')).json().items.map((i: { slug: string }) => i.slug);
    expect(ranked).toEqual(['cybersecurity-training', ids.hpc]);
  });

  it('ranks a word as typed by where it stands: a title before a description', async () => {
    const ranked = (await list('?q=training')).json();
    expect(ranked.items.map((i: { slug: string }) => i.slug)).toEqual(['cybersecurity-training', ids.hpc]);
    expect(ranked.total).toBe(2);
    // Inside a word too, in either language and any letter case.
    expect(slugsOf(await list(`?q=${encodeURIComponent('КОМПЮТ')}`))).toEqual([ids.hpc]);
  });

  it('filters by family, technology, sector and customer type (no targets = open to all)', async () => {
    expect(slugsOf(await list('?family=investment_support'))).toEqual([ids.finance]);
    expect(slugsOf(await list('?technology=hpc'))).toEqual([ids.hpc]);
    expect(slugsOf(await list('?technology=cybersecurity'))).toEqual(['cybersecurity-training', ids.pentest].sort());
    expect(slugsOf(await list('?sector=ict'))).toEqual(
      ['cybersecurity-training', ids.forum, ids.hpc, ids.pentest].sort(),
    );
    expect(slugsOf(await list('?customerType=pso'))).toEqual(
      ['cybersecurity-training', ids.finance, ids.forum, ids.hpc].sort(),
    );
    expect(slugsOf(await list('?family=test_before_invest&technology=ai&customerType=sme'))).toEqual([ids.hpc]);
    const bad = await list('?family=nope');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toContain('family');
  });

  it('pages through the published services in family order', async () => {
    const first = await list('?pageSize=2');
    expect(first.json()).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    const all = [first, await list('?pageSize=2&page=2'), await list('?pageSize=2&page=3')].flatMap(
      (r) => r.json().items,
    );
    expect(all.map((s: { family: string }) => s.family)).toEqual([
      'test_before_invest',
      'test_before_invest',
      'skills_training',
      'investment_support',
      'ecosystem_networking',
    ]);
    expect(new Set(all.map((s: { slug: string }) => s.slug)).size).toBe(5);
  });

  it('hides drafts from the public and members, and shows them to staff who ask', async () => {
    for (const as of [null, member, expert]) {
      const res = await list('', as);
      expect(res.json().abilities).toEqual({ create: false, viewUnpublished: false });
      expect(slugsOf(res)).not.toContain(ids.draft);
      const page = await t.request({ method: 'GET', url: `/api/v1/services/${ids.draft}`, as });
      expect(page.statusCode).toBe(404);
    }
    expect((await list('?includeUnpublished=true', member)).statusCode).toBe(403);
    expect((await list('?includeUnpublished=true', null)).statusCode).toBe(401);

    const staffList = await list('?includeUnpublished=true&q=drone', staff);
    expect(staffList.json().abilities).toEqual({ create: true, viewUnpublished: true });
    expect(staffList.json().items).toEqual([expect.objectContaining({ slug: ids.draft, published: false })]);
    expect(slugsOf(await list('?q=drone', staff))).toEqual([]);
    const page = await t.request({ method: 'GET', url: `/api/v1/services/${ids.draft}`, as: staff });
    expect(page.statusCode).toBe(200);
  });

  it('serves a published service to anyone by its slug, with the aid basis texts', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/services/${ids.forum}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      aidBasis: 'none',
      noAidReason: 'Open event with no selective advantage',
      abilities: { update: false, publish: false, delete: false },
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/services/no-such-service' })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/v1/services/Bad%20Slug' })).statusCode).toBe(400);
  });
});

describe('publishing and deleting', () => {
  it('publishes and unpublishes (staff), audited once per change', async () => {
    const created = (await create(service({ titleEn: 'Shared workspace', published: false }))).json();
    const put = (published: boolean, as: TestUser) =>
      t.request({ method: 'PUT', url: `/api/v1/services/${created.id}/published`, as, payload: { published } });
    expect((await put(true, member)).statusCode).toBe(403);
    expect((await put(true, staff)).json().published).toBe(true);
    expect((await put(true, staff)).json().published).toBe(true);
    expect((await t.request({ method: 'GET', url: '/api/v1/services/shared-workspace' })).statusCode).toBe(200);
    expect((await put(false, staff)).json().published).toBe(false);
    const audit = await t.request({ method: 'GET', url: `/api/v1/admin/audit?entityId=${created.id}`, as: admin });
    const actions = audit.json().items.map((i: { action: string }) => i.action);
    expect(actions.filter((a: string) => a === 'service.publish')).toHaveLength(1);
    expect(actions).toContain('service.unpublish');
  });

  it('lets only admins delete, with an audit row keeping the record', async () => {
    const created = (await create(service({ titleEn: 'To be deleted', published: false }))).json();
    const del = (as: TestUser) => t.request({ method: 'DELETE', url: `/api/v1/services/${created.id}`, as });
    expect((await del(staff)).statusCode).toBe(403);
    expect((await del(admin)).statusCode).toBe(204);
    expect((await del(admin)).statusCode).toBe(404);
    const audit = await t.request({ method: 'GET', url: `/api/v1/admin/audit?entityId=${created.id}`, as: admin });
    expect(audit.json().items[0]).toMatchObject({ action: 'service.delete', before: { slug: 'to-be-deleted' } });
  });

  it('refuses (409) to delete a service that a request refers to, and keeps it', async () => {
    const created = (await create(service({ titleEn: 'In demand' }))).json();
    const req = await t.request({
      method: 'POST',
      url: '/api/v1/requests',
      as: staff,
      payload: {
        organisationId: customerOrg,
        serviceId: created.id,
        need: 'We need this course for six people.',
        quantity: 2,
      },
    });
    expect(req.statusCode, req.body).toBe(201);
    const del = await t.request({ method: 'DELETE', url: `/api/v1/services/${created.id}`, as: admin });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('conflict');
    expect((await t.request({ method: 'GET', url: `/api/v1/services/${created.slug}` })).statusCode).toBe(200);
  });
});

describe('authorization per role', () => {
  it('lets only staff and admins create or change services', async () => {
    for (const as of [member, expert]) {
      const res = await create(service({ titleEn: `Not allowed ${as.role}` }), as);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const anonymous = await create(service({ titleEn: 'Anonymous' }), null);
    expect(anonymous.statusCode).toBe(401);
    const byAdmin = await create(service({ titleEn: 'Created by an admin', published: false }), admin);
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json().abilities).toEqual({ update: true, publish: true, delete: true });
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${byAdmin.json().id}`,
      as: member,
      payload: { titleEn: 'Hijacked' },
    });
    expect(patch.statusCode).toBe(403);
  });
});

describe('stable URLs', () => {
  const patch = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: `/api/v1/services/${id}`, as: staff, payload });
  const open = (slug: string, as: TestUser | null = null) =>
    t.request({ method: 'GET', url: `/api/v1/services/${slug}`, as });

  it('keeps resolving a former slug to the service, telling the client where it lives now', async () => {
    const created = (await create(service({ titleEn: 'Pen test', slug: 'pen-test' }))).json();
    const renamed = await patch(created.id, { slug: 'penetration-test-service' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const old = await open('pen-test');
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json()).toMatchObject({
      id: created.id,
      slug: 'penetration-test-service',
      redirectTo: 'penetration-test-service',
    });
    expect((await open('penetration-test-service')).json()).toMatchObject({ id: created.id, redirectTo: null });

    // Renamed again: both former slugs lead to it; taking one back makes it current again.
    await patch(created.id, { slug: 'pentest-for-smes' });
    expect((await open('pen-test')).json().redirectTo).toBe('pentest-for-smes');
    expect((await open('penetration-test-service')).json().redirectTo).toBe('pentest-for-smes');
    const back = await patch(created.id, { slug: 'pen-test' });
    expect(back.statusCode, back.body).toBe(200);
    expect((await open('pen-test')).json()).toMatchObject({ slug: 'pen-test', redirectTo: null });
    expect((await open('pentest-for-smes')).json().redirectTo).toBe('pen-test');
    const audit = await t.request({ method: 'GET', url: `/api/v1/admin/audit?entityId=${created.id}`, as: admin });
    const slugChanges = audit
      .json()
      .items.filter(
        (i: { action: string; after: { slug?: string } }) => i.action === 'service.update' && i.after?.slug,
      );
    expect(slugChanges).toHaveLength(3);
  });

  it('never gives a former address to another service, nor makes a new slug from one', async () => {
    const taken = await create(service({ titleEn: 'Another pen test', slug: 'penetration-test-service' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details.fields).toEqual([expect.objectContaining({ field: 'slug', code: 'duplicate' })]);
    const other = (await create(service({ titleEn: 'Other course', published: false }))).json();
    const clash = await patch(other.id, { slug: 'pentest-for-smes' });
    expect(clash.statusCode).toBe(409);
    expect(fieldsOf(clash)).toEqual(['slug']);
    // The database holds the rule too, for a write that skips the command (or races it).
    const direct = await t.database.db
      .update(services)
      .set({ slug: 'pentest-for-smes' })
      .where(eq(services.id, other.id))
      .then(() => null, pgErrorOf);
    expect(direct).toEqual({ code: '23505', constraint: 'services_slug_history' });
    const givenAway = await t.database.db
      .update(services)
      .set({ previousSlugs: sql`array['pen-test']::text[]` })
      .where(eq(services.id, other.id))
      .then(() => null, pgErrorOf);
    expect(givenAway).toEqual({ code: '23505', constraint: 'services_slug_history' });
    // A title whose slug was someone's former address gets the next free one.
    const generated = await create(service({ titleEn: 'Penetration test service', published: false }));
    expect(generated.statusCode, generated.body).toBe(201);
    expect(generated.json().slug).toBe('penetration-test-service-2');
  });

  it('reserves the names of the catalogue pages (new, edit)', async () => {
    for (const slug of ['new', 'edit']) {
      const res = await create(service({ titleEn: `Reserved ${slug}`, slug }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toEqual([expect.objectContaining({ field: 'slug', code: 'reserved' })]);
    }
    const generated = await create(service({ titleEn: 'New', titleBg: 'Нова услуга', published: false }));
    expect(generated.statusCode, generated.body).toBe(201);
    expect(generated.json().slug).toBe('new-2');
    expect(fieldsOf(await patch(generated.json().id, { slug: 'edit' }))).toEqual(['slug']);
  });

  it('hides a draft behind its former address too', async () => {
    const draft = (await create(service({ titleEn: 'Hidden course', slug: 'hidden-course', published: false }))).json();
    await patch(draft.id, { slug: 'hidden-course-renamed' });
    expect((await open('hidden-course')).statusCode).toBe(404);
    expect((await open('hidden-course', staff)).json()).toMatchObject({ redirectTo: 'hidden-course-renamed' });
  });
});

describe('publishing needs a delivering partner', () => {
  it('refuses to create a published service without a partner, naming partnerIds; a draft may wait for one', async () => {
    const res = await create(service({ titleEn: 'Nobody delivers', partnerIds: [] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'partnerIds', code: 'required' }),
    ]);
    const draft = await create(service({ titleEn: 'Nobody delivers yet', partnerIds: [], published: false }));
    expect(draft.statusCode, draft.body).toBe(201);

    const id = draft.json().id;
    const publish = await t.request({
      method: 'PUT',
      url: `/api/v1/services/${id}/published`,
      as: staff,
      payload: { published: true },
    });
    expect(publish.statusCode).toBe(400);
    expect(fieldsOf(publish)).toEqual(['partnerIds']);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/services/${draft.json().slug}`, as: staff })).json().published,
    ).toBe(false);

    await t.request({ method: 'PATCH', url: `/api/v1/services/${id}`, as: staff, payload: { partnerIds: [partnerB] } });
    const published = await t.request({
      method: 'PUT',
      url: `/api/v1/services/${id}/published`,
      as: staff,
      payload: { published: true },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().published).toBe(true);

    // A published service cannot lose its last partner.
    const emptied = await t.request({
      method: 'PATCH',
      url: `/api/v1/services/${id}`,
      as: staff,
      payload: { partnerIds: [] },
    });
    expect(emptied.statusCode).toBe(400);
    expect(fieldsOf(emptied)).toEqual(['partnerIds']);
  });
});
