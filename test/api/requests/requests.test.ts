import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import {
  aidGrants,
  auditLog,
  deMinimisDeclarations,
  mailOutbox,
  serviceRequests,
} from '../../../src/platform/db/schema';
import { SME_2023 } from '../../../src/domain/dma/questionnaires';
import { maximalAnswers } from '../../../src/domain/dma/samples';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';
import { markPartners } from '../../support/factories';

/** A clock the test moves: every reading advances a second, so timeline entries are strictly ordered. */
let now = new Date('2026-03-02T08:00:00Z');
const clock = () => {
  now = new Date(now.getTime() + 1000);
  return now;
};

let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let outsider: TestUser;
let expertA: TestUser;
let colleagueA: TestUser;
let expertB: TestUser;
let partnerA: string;
let partnerB: string;
let customer: string;
let otherCustomer: string;
let perDay: string;
let draftService: string;

let n = 0;
async function registerOrg(as: TestUser, name: string, type = 'sme'): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as,
    payload: { legalNameBg: name, type, country: 'AT', foreignRegistrationNo: `FN ${++n}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function addMember(orgId: string, user: TestUser) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/members`,
    as: staff,
    payload: { email: user.email },
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function createService(over: Record<string, unknown>): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/services',
    as: staff,
    payload: {
      family: 'skills_training',
      titleBg: `Обучение по киберсигурност ${++n}`,
      titleEn: `Cybersecurity training ${n}`,
      descriptionBg: 'Двудневен курс по киберхигиена за служители на малки предприятия.',
      descriptionEn: 'A two-day course in cyber hygiene for staff of small enterprises.',
      technologies: ['cybersecurity', 'ai'],
      partnerIds: [partnerA],
      marketValueCents: 45_000,
      valueUnit: 'per_day',
      priceCents: 5_000,
      aidBasis: 'de_minimis',
      published: true,
      ...over,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The customer's signed declaration of other de minimis aid (AID's table), so de minimis aid may be granted. */
async function declare(orgId: string) {
  await t.database.db.insert(deMinimisDeclarations).values({
    organisationId: orgId,
    items: [],
    totalCents: 0,
    statement: 'Декларирам, че не съм получавал друга минимална помощ.',
    locale: 'bg',
    signerName: 'Мария Петрова',
  });
}

const create = (as: TestUser | null, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/v1/requests', as, payload });
const get = (as: TestUser | null, id: string) => t.request({ method: 'GET', url: `/api/v1/requests/${id}`, as });
const act = (as: TestUser, id: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `/api/v1/requests/${id}/transitions`, as, payload });
const need = 'Нужно ни е обучение за 12 служители по защита от фишинг.';

async function newRequest(as: TestUser = member, over: Record<string, unknown> = {}): Promise<string> {
  const res = await create(as, { organisationId: customer, serviceId: perDay, need, quantity: 1, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The mails of a kind in the order they were written (PostgreSQL returns unordered rows in any order). */
async function outbox(kind: string) {
  return t.database.db.select().from(mailOutbox).where(eq(mailOutbox.kind, kind)).orderBy(asc(mailOutbox.createdAt));
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  [staff, admin, member, outsider, expertA, colleagueA, expertB] = await Promise.all([
    t.createUser('staff'),
    t.createUser('admin'),
    t.createUser('member', { name: 'Мария Петрова' }),
    t.createUser('member'),
    t.createUser('expert', { name: 'Expert Alpha' }),
    t.createUser('expert', { name: 'Colleague Alpha' }),
    t.createUser('expert', { name: 'Expert Beta' }),
  ]);
  partnerA = await registerOrg(staff, 'Тракийски университет', 'research_education');
  partnerB = await registerOrg(staff, 'Институт за космически изследвания', 'research_education');
  await markPartners(t, admin, [partnerA, partnerB]);
  await addMember(partnerA, expertA);
  await addMember(partnerA, colleagueA);
  await addMember(partnerB, expertB);
  customer = await registerOrg(member, 'Про Дрон Систем ООД');
  otherCustomer = await registerOrg(outsider, 'Друга фирма ЕООД');
  perDay = await createService({});
  draftService = await createService({ published: false });
});
afterAll(async () => t.close());

describe('the whole journey of a request', () => {
  let id: string;

  it('a member requests a service: submitted, with its first timeline entry, an audit row and a confirmation e-mail', async () => {
    const res = await create(member, { organisationId: customer, serviceId: perDay, need, quantity: 2 });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body).toMatchObject({
      status: 'submitted',
      organisation: { id: customer, name: 'Про Дрон Систем ООД' },
      service: { id: perDay, family: 'skills_training' },
      need,
      quantity: 2,
      onBehalf: false,
      expert: null,
      partner: null,
      grantDate: null,
      aid: null,
      delivery: null,
      feedback: null,
      allowedActions: ['cancel'],
      abilities: { comment: true, attach: true, recordDelivery: false, giveFeedback: false },
    });
    expect(body.ref).toBeGreaterThan(0);
    expect(body.timeline).toEqual([
      expect.objectContaining({ kind: 'created', toStatus: 'submitted', actorName: 'Мария Петрова' }),
    ]);
    const [mail] = await outbox('request_submitted');
    expect(mail.to).toBe(member.email);
    expect(mail.subject).toContain(`R-${body.ref}`);
    expect(mail.text).toContain(`http://edihub.test/requests/${id}`);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'request.create')));
    expect(audit).toHaveLength(1);
  });

  it('staff see every action they may take; the member may not accept', async () => {
    expect((await get(staff, id)).json().allowedActions).toEqual(['accept', 'reject', 'cancel']);
    const res = await act(member, id, { action: 'accept' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('acceptance needs the de minimis declaration on file, and leaves the request untouched when refused', async () => {
    const res = await act(staff, id, { action: 'accept' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('declaration_required');
    expect((await get(staff, id)).json().status).toBe('submitted');
  });

  it('staff accept: the aid grant (value × quantity − price × quantity) is recorded, dated on the Sofia day', async () => {
    await declare(customer);
    const res = await act(staff, id, { action: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.status).toBe('accepted');
    expect(body.grantDate).toBe('2026-03-02');
    expect(body.acceptedAt).not.toBeNull();
    // 2 days × (EUR 450 value − EUR 50 price) = EUR 800.
    expect(body.aid).toEqual({
      amountCents: 80_000,
      basis: 'de_minimis',
      grantDate: '2026-03-02',
      revokedAt: null,
      revokeReason: null,
    });
    const grants = await t.database.db.select().from(aidGrants).where(eq(aidGrants.requestId, id));
    expect(grants).toHaveLength(1);
    expect(body.timeline.at(-1)).toMatchObject({
      kind: 'transition',
      action: 'accept',
      fromStatus: 'submitted',
      toStatus: 'accepted',
    });
  });

  it('a second acceptance is an invalid transition (409)', async () => {
    const res = await act(staff, id, { action: 'accept' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_transition');
  });

  it('lists the experts of the delivering partner for assignment (staff only)', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/requests/${id}/experts`, as: staff });
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json().map((e: { id: string }) => e.id);
    expect(ids.sort()).toEqual([expertA.id, colleagueA.id].sort());
    expect(res.json()[0].partner).toEqual({ id: partnerA, name: 'Тракийски университет' });
    expect((await t.request({ method: 'GET', url: `/api/v1/requests/${id}/experts`, as: member })).statusCode).toBe(
      403,
    );
  });

  it('assignment needs an expert, of a delivering partner', async () => {
    const missing = await act(staff, id, { action: 'assign' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'expertId', code: 'required' }),
    ]);
    const wrong = await act(staff, id, { action: 'assign', expertId: expertB.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'expertId', code: 'expert_not_of_partner' }),
    ]);
    const res = await act(staff, id, { action: 'assign', expertId: expertA.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'assigned',
      expert: { id: expertA.id, name: 'Expert Alpha' },
      partner: { id: partnerA, name: 'Тракийски университет' },
    });
  });

  it('experts see what is theirs or their partner’s; only the assigned expert works on it', async () => {
    expect((await get(expertB, id)).statusCode).toBe(403);
    const colleague = await get(colleagueA, id);
    expect(colleague.statusCode).toBe(200);
    expect(colleague.json().allowedActions).toEqual([]);
    expect((await act(colleagueA, id, { action: 'start' })).statusCode).toBe(403);
    expect((await get(expertA, id)).json().allowedActions).toEqual(['start']);

    const mine = await t.request({ method: 'GET', url: '/api/v1/requests', as: expertA });
    expect(mine.json().items.map((r: { id: string }) => r.id)).toContain(id);
    const notMine = await t.request({ method: 'GET', url: '/api/v1/requests', as: expertB });
    expect(notMine.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('the member may no longer cancel once assigned (403); the assigned expert starts and delivers', async () => {
    expect((await act(member, id, { action: 'cancel', reason: 'No longer needed' })).statusCode).toBe(403);
    expect((await act(expertA, id, { action: 'start' })).json().status).toBe('in_progress');
    const delivered = await act(expertA, id, { action: 'deliver' });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().status).toBe('delivered');
    const feedbackMail = await outbox('request_feedback');
    expect(feedbackMail).toHaveLength(1);
    expect(feedbackMail[0].text).toContain(`http://edihub.test/requests/${id}#feedback`);
  });

  it('staff get delivery defaults from the catalogue, the request and the grant', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/requests/${id}/delivery-defaults`, as: staff });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      category: 'training_skills',
      technology: 'Киберсигурност, Изкуствен интелект',
      startDate: '2026-03-02',
      endDate: '2026-03-02',
      valueCents: 90_000,
      pricePaidCents: 10_000,
      aidBasis: 'de_minimis',
      aidCents: 80_000,
      // The hub's default national share is 50 %.
      nationalShareCents: 40_000,
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/requests/${id}/delivery-defaults`, as: member })).statusCode,
    ).toBe(403);
  });

  it('prefills the delivery description and technology in the language of the form', async () => {
    const bg = (
      await t.request({ method: 'GET', url: `/api/v1/requests/${id}/delivery-defaults?lang=bg`, as: staff })
    ).json();
    const en = (
      await t.request({ method: 'GET', url: `/api/v1/requests/${id}/delivery-defaults?lang=en`, as: staff })
    ).json();
    expect(en.technology).toBe('Cybersecurity, Artificial intelligence');
    expect(bg.technology).toBe('Киберсигурност, Изкуствен интелект');
    expect(bg.description).not.toBe(en.description);
    expect(bg.description).toMatch(/[а-яА-Я]/);
  });

  it('staff record the delivery; the aid is value − price, a changed price adjusts the grant; bad input is refused naming the field', async () => {
    const defaults = (
      await t.request({ method: 'GET', url: `/api/v1/requests/${id}/delivery-defaults`, as: staff })
    ).json();
    const { recordedAt: _ignored, ...fields } = defaults;
    const put = (payload: Record<string, unknown>, as: TestUser = staff) =>
      t.request({ method: 'PUT', url: `/api/v1/requests/${id}/delivery`, as, payload });
    const badDates = await put({ ...fields, startDate: '2026-03-05', endDate: '2026-03-04' });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().error.details.fields[0].field).toBe('endDate');
    expect((await put(fields, member)).statusCode).toBe(403);

    // The aid is not chosen: a client that sends another amount than value − price is told which field and why.
    const notDerived = await put({ ...fields, aidCents: 70_000, nationalShareCents: 35_000 });
    expect(notDerived.statusCode).toBe(400);
    expect(notDerived.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'aidCents', code: 'not_derived' }),
    ]);
    const badShare = await put({ ...fields, nationalShareCents: 1 });
    expect(badShare.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'nationalShareCents', code: 'not_derived' }),
    ]);
    // Old de minimis aid (Regulation 1407/2013) is never granted anew.
    const old = await put({ ...fields, aidBasis: 'de_minimis_1407' });
    expect(old.statusCode).toBe(400);
    expect(old.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['aidBasis']);
    const dear = await put({ ...fields, pricePaidCents: 90_001 });
    expect(dear.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'pricePaidCents', code: 'above_value' }),
    ]);

    // A higher price paid lowers the aid: EUR 900 − EUR 200 = EUR 700, half of it national; the grant follows.
    const { aidCents: _a, nationalShareCents: _n, ...withoutAid } = fields;
    const res = await put({ ...withoutAid, attendees: 12, pricePaidCents: 20_000, startDate: '2026-02-25' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().delivery).toMatchObject({
      attendees: 12,
      pricePaidCents: 20_000,
      aidCents: 70_000,
      nationalShareCents: 35_000,
      startDate: '2026-02-25',
      endDate: '2026-03-02',
    });
    expect(res.json().aid).toMatchObject({ amountCents: 70_000 });
    expect(res.json().timeline.at(-1).kind).toBe('delivery');
    // Sending the derived amounts is fine too.
    expect(
      (await put({ ...withoutAid, pricePaidCents: 20_000, aidCents: 70_000, nationalShareCents: 35_000 })).statusCode,
    ).toBe(200);
  });

  it('re-checks the ceiling, under the group lock, when a corrected value raises the aid', async () => {
    const defaults = (
      await t.request({ method: 'GET', url: `/api/v1/requests/${id}/delivery-defaults`, as: staff })
    ).json();
    const { recordedAt: _r, aidCents: _a, nationalShareCents: _n, ...fields } = defaults;
    const settings = (payload: Record<string, unknown>) =>
      t.request({ method: 'PATCH', url: '/api/v1/hub/aid-settings', as: admin, payload });
    // The customer's only de minimis aid is this grant (EUR 700): under a ceiling of EUR 750 it may grow to EUR 750.
    expect((await settings({ deMinimisCeilingCents: 75_000 })).statusCode).toBe(200);
    try {
      const put = (payload: Record<string, unknown>) =>
        t.request({ method: 'PUT', url: `/api/v1/requests/${id}/delivery`, as: staff, payload });
      const over = await put({ ...fields, valueCents: 100_000, pricePaidCents: 20_000 });
      expect(over.statusCode, over.body).toBe(409);
      expect(over.json().error).toMatchObject({
        code: 'aid_ceiling_exceeded',
        details: { ceilingCents: 75_000, usedCents: 0, remainingCents: 75_000, amountCents: 80_000 },
      });
      expect((await get(staff, id)).json().aid).toMatchObject({ amountCents: 70_000 });
      const within = await put({ ...fields, valueCents: 95_000, pricePaidCents: 20_000 });
      expect(within.statusCode, within.body).toBe(200);
      expect(within.json().aid).toMatchObject({ amountCents: 75_000 });
      // Back to the recorded delivery of the journey below.
      expect(
        (await put({ ...fields, attendees: 12, startDate: '2026-02-25', pricePaidCents: 20_000 })).statusCode,
      ).toBe(200);
    } finally {
      await settings({ deMinimisCeilingCents: 300_000_00 });
    }
  });

  it('the member rates the service once; nobody else may', async () => {
    const url = `/api/v1/requests/${id}/feedback`;
    expect((await get(member, id)).json().abilities.giveFeedback).toBe(true);
    expect((await t.request({ method: 'POST', url, as: staff, payload: { rating: 5 } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, as: outsider, payload: { rating: 5 } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, as: member, payload: { rating: 6 } })).statusCode).toBe(400);
    const res = await t.request({
      method: 'POST',
      url,
      as: member,
      payload: { rating: 4, comment: 'Полезно, но кратко.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().feedback).toMatchObject({ rating: 4, comment: 'Полезно, но кратко.' });
    expect(res.json().abilities.giveFeedback).toBe(false);
    const again = await t.request({ method: 'POST', url, as: member, payload: { rating: 5 } });
    expect(again.statusCode).toBe(409);
  });

  it('staff close it; a closed request refuses every action', async () => {
    const res = await act(staff, id, { action: 'close' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('closed');
    expect(res.json().allowedActions).toEqual([]);
    const again = await act(staff, id, { action: 'cancel', reason: 'too late' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('invalid_transition');
    const kinds = res.json().timeline.map((e: { kind: string; action: string | null }) => e.action ?? e.kind);
    // The delivery was recorded four times (corrected), each on the timeline; refused corrections left nothing.
    expect(kinds).toEqual([
      'created',
      'accept',
      'assign',
      'start',
      'deliver',
      'delivery',
      'delivery',
      'delivery',
      'delivery',
      'feedback',
      'close',
    ]);
    const sent = await t.database.db
      .select({ kind: mailOutbox.kind })
      .from(mailOutbox)
      .where(eq(mailOutbox.to, member.email));
    expect(sent.map((m) => m.kind)).toEqual(
      expect.arrayContaining([
        'request_submitted',
        'request_accepted',
        'request_assigned',
        'request_started',
        'request_delivered',
        'request_feedback',
        'request_closed',
      ]),
    );
  });
});

describe('a finished request is read-only', () => {
  it('refuses comments and files on a closed, rejected or cancelled request (409) and offers neither', async () => {
    const rejected = await newRequest();
    expect((await act(staff, rejected, { action: 'reject', reason: 'Не е по профила на хъба.' })).statusCode).toBe(200);
    const cancelled = await newRequest();
    expect((await act(member, cancelled, { action: 'cancel', reason: 'Отказахме се.' })).statusCode).toBe(200);
    const [closed] = await t.database.db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.status, 'closed'));
    expect(closed, 'the journey above closed a request').toBeDefined();
    for (const id of [closed.id, rejected, cancelled]) {
      const view = await get(member, id);
      expect(view.json().abilities).toMatchObject({ comment: false, attach: false });
      for (const as of [member, staff]) {
        const comment = await t.request({
          method: 'POST',
          url: `/api/v1/requests/${id}/comments`,
          as,
          payload: { body: 'Още един въпрос.' },
        });
        expect(comment.statusCode, comment.body).toBe(409);
        expect(comment.json().error.code).toBe('request_closed');
        const file = await t.request({
          method: 'POST',
          url: `/api/v1/requests/${id}/attachments?filename=late.txt`,
          as,
          payload: Buffer.from('late\n'),
          headers: { 'content-type': 'text/plain' },
        });
        expect(file.statusCode, file.body).toBe(409);
        expect(file.json().error.code).toBe('request_closed');
      }
    }
    // An open request still takes both.
    const open = await newRequest();
    expect((await get(member, open)).json().abilities).toMatchObject({ comment: true, attach: true });
  });
});

describe('refusals and reasons', () => {
  it('refuses an unpublished or unknown service, a missing or needless quantity, and a foreign organisation', async () => {
    const noQuantity = await create(member, { organisationId: customer, serviceId: perDay, need });
    expect(noQuantity.statusCode).toBe(400);
    expect(noQuantity.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'quantity', code: 'required' }),
    ]);
    const perHour = await createService({ valueUnit: 'per_hour', marketValueCents: 6_000, priceCents: 1_000 });
    const hours = await create(member, { organisationId: customer, serviceId: perHour, need });
    expect(hours.json().error.details.fields[0]).toMatchObject({ field: 'quantity', code: 'required' });
    const fourHours = await create(member, { organisationId: customer, serviceId: perHour, need, quantity: 4 });
    expect(fourHours.statusCode, fourHours.body).toBe(201);
    expect(fourHours.json().quantity).toBe(4);
    const draft = await create(member, { organisationId: customer, serviceId: draftService, need, quantity: 1 });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.details.fields[0]).toMatchObject({ field: 'serviceId', code: 'not_published' });
    const fixed = await createService({ valueUnit: 'fixed', marketValueCents: 200_000, priceCents: 0 });
    const qty = await create(member, { organisationId: customer, serviceId: fixed, need, quantity: 3 });
    expect(qty.statusCode).toBe(400);
    expect(qty.json().error.details.fields[0].field).toBe('quantity');
    const short = await create(member, { organisationId: customer, serviceId: perDay, need: 'кратко', quantity: 1 });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].field).toBe('need');
    expect(
      (await create(outsider, { organisationId: customer, serviceId: perDay, need, quantity: 1 })).statusCode,
    ).toBe(403);
    expect((await create(null, { organisationId: customer, serviceId: perDay, need, quantity: 1 })).statusCode).toBe(
      401,
    );
  });

  it('staff file a request on the customer’s behalf; the customer’s owner gets the e-mail', async () => {
    const res = await create(staff, { organisationId: customer, serviceId: perDay, need, quantity: 1 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().onBehalf).toBe(true);
    const mails = await outbox('request_submitted');
    expect(mails.at(-1)!.to).toBe(member.email);
  });

  it('reject and cancel need a reason (400 naming it), then keep it', async () => {
    const a = await newRequest();
    const noReason = await act(staff, a, { action: 'reject', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'reason', code: 'required' }),
    ]);
    const rejected = await act(staff, a, { action: 'reject', reason: 'Услугата не е подходяща за публичен орган.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'Услугата не е подходяща за публичен орган.' });
    expect((await act(staff, a, { action: 'accept' })).json().error.code).toBe('invalid_transition');

    const b = await newRequest();
    expect((await act(member, b, { action: 'cancel' })).statusCode).toBe(400);
    const cancelled = await act(member, b, { action: 'cancel', reason: 'Намерихме друг доставчик.' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', reason: 'Намерихме друг доставчик.' });
    const mail = (await outbox('request_cancelled')).at(-1)!;
    expect(mail.text).toContain('Намерихме друг доставчик.');
  });

  it('refuses acceptance (409) while no expert of a delivering partner could be assigned, and grants no aid', async () => {
    const lonely = await registerOrg(staff, 'Партньор без експерти АД', 'research_education');
    const flag = await t.request({
      method: 'PUT',
      url: `/api/v1/organisations/${lonely}/partner`,
      as: admin,
      payload: { isPartner: true },
    });
    expect(flag.statusCode, flag.body).toBe(200);
    const service = await createService({ partnerIds: [lonely] });
    const r = await newRequest(member, { serviceId: service });
    const refused = await act(staff, r, { action: 'accept' });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('no_expert_available');
    expect((await get(staff, r)).json().status).toBe('submitted');
    expect(await t.database.db.select().from(aidGrants).where(eq(aidGrants.requestId, r))).toEqual([]);
    // Once the partner has an expert the same request is accepted.
    const newcomer = await t.createUser('expert', { name: 'Newcomer Expert' });
    await addMember(lonely, newcomer);
    const accepted = await act(staff, r, { action: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
  });

  it('starting before assignment and delivering before starting are invalid transitions', async () => {
    const c = await newRequest();
    expect((await act(staff, c, { action: 'start' })).json().error.code).toBe('invalid_transition');
    expect((await act(staff, c, { action: 'deliver' })).json().error.code).toBe('invalid_transition');
    expect((await act(staff, c, { action: 'close' })).statusCode).toBe(409);
  });

  it('a delivery cannot be recorded and feedback cannot be given before delivery', async () => {
    const d = await newRequest();
    const defaults = await t.request({ method: 'GET', url: `/api/v1/requests/${d}/delivery-defaults`, as: staff });
    const { recordedAt: _r, ...fields } = defaults.json();
    expect(
      (await t.request({ method: 'PUT', url: `/api/v1/requests/${d}/delivery`, as: staff, payload: fields }))
        .statusCode,
    ).toBe(409);
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/requests/${d}/feedback`, as: member, payload: { rating: 3 } }))
        .statusCode,
    ).toBe(409);
  });
});

describe('who sees a request', () => {
  let id: string;
  beforeAll(async () => {
    id = await newRequest();
  });

  it('another organisation’s member must not see it, nor find it in the list', async () => {
    expect((await get(outsider, id)).statusCode).toBe(403);
    expect((await get(null, id)).statusCode).toBe(401);
    const list = await t.request({ method: 'GET', url: '/api/v1/requests', as: outsider });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(0);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/requests/${id}/comments`,
          as: outsider,
          payload: { body: 'hi' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('members list their organisations’ requests; staff list all, filter and search by reference', async () => {
    const mine = await t.request({ method: 'GET', url: '/api/v1/requests?pageSize=100', as: member });
    expect(mine.json().items.every((r: { organisation: { id: string } }) => r.organisation.id === customer)).toBe(true);
    const ref = (await get(staff, id)).json().ref;
    const byRef = await t.request({ method: 'GET', url: `/api/v1/requests?q=R-${ref}`, as: staff });
    expect(byRef.json().items.map((r: { id: string }) => r.id)).toEqual([id]);
    const closed = await t.request({ method: 'GET', url: '/api/v1/requests?status=closed', as: staff });
    expect(closed.json().items.every((r: { status: string }) => r.status === 'closed')).toBe(true);
    expect(closed.json().total).toBeGreaterThanOrEqual(1);
  });

  it('the board is for staff: open states and delivered, oldest first, filterable by family and partner', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/requests/board', as: member })).statusCode).toBe(403);
    const res = await t.request({ method: 'GET', url: '/api/v1/requests/board?family=skills_training', as: staff });
    expect(res.statusCode, res.body).toBe(200);
    const columns = res.json().columns as { status: string; total: number; items: { createdAt: string }[] }[];
    expect(columns.map((c) => c.status)).toEqual(['submitted', 'accepted', 'assigned', 'in_progress', 'delivered']);
    const submitted = columns[0];
    expect(submitted.total).toBeGreaterThanOrEqual(1);
    const times = submitted.items.map((i) => i.createdAt);
    expect([...times].sort()).toEqual(times);
    const other = await t.request({
      method: 'GET',
      url: '/api/v1/requests/board?family=test_before_invest',
      as: staff,
    });
    expect(other.json().columns.every((c: { total: number }) => c.total === 0)).toBe(true);
    const byPartner = await t.request({
      method: 'GET',
      url: `/api/v1/requests/board?partnerId=${partnerB}`,
      as: staff,
    });
    expect(byPartner.json().columns.every((c: { total: number }) => c.total === 0)).toBe(true);
  });

  it('comments appear on the timeline with their author', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/requests/${id}/comments`,
      as: member,
      payload: { body: 'Удобно ли е в сряда?' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().timeline.at(-1)).toMatchObject({
      kind: 'comment',
      body: 'Удобно ли е в сряда?',
      actorName: 'Мария Петрова',
    });
  });
});

describe('attachments', () => {
  let id: string;
  let fileId: string;
  const upload = (as: TestUser | null, payload: Buffer, type: string, filename = 'бележки.txt') =>
    t.request({
      method: 'POST',
      url: `/api/v1/requests/${id}/attachments?filename=${encodeURIComponent(filename)}`,
      as,
      payload,
      headers: { 'content-type': type },
    });

  beforeAll(async () => {
    id = await newRequest();
  });

  it('stores an allowed file and shows it on the timeline', async () => {
    const res = await upload(member, Buffer.from('Списък с участници\n'), 'text/plain; charset=utf-8');
    expect(res.statusCode, res.body).toBe(201);
    fileId = res.json().id;
    expect(res.json()).toEqual({
      id: fileId,
      filename: 'бележки.txt',
      contentType: 'text/plain',
      sizeBytes: Buffer.byteLength('Списък с участници\n'),
    });
    const request = (await get(member, id)).json();
    expect(request.attachments).toEqual([expect.objectContaining({ id: fileId, uploadedByName: 'Мария Петрова' })]);
    expect(request.timeline.at(-1)).toMatchObject({
      kind: 'attachment',
      attachment: { id: fileId, filename: 'бележки.txt' },
    });
  });

  it('serves it as a download, not sniffed, to those who may see the request only', async () => {
    const url = `/api/v1/requests/${id}/attachments/${fileId}`;
    const res = await t.request({ method: 'GET', url, as: member });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('Списък с участници\n');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="_______.txt"; filename*=UTF-8''${encodeURIComponent('бележки.txt')}`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await t.request({ method: 'GET', url, as: staff })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: outsider })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, as: expertB })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, as: null })).statusCode).toBe(401);
  });

  it('refuses an unsupported type or content that is not its type (400), a file over 10 MB (413), and an outsider’s upload (403)', async () => {
    const gif = await upload(member, Buffer.from('GIF89a'), 'image/gif', 'a.gif');
    expect(gif.statusCode).toBe(400);
    expect(gif.json().error.code).toBe('unsupported_file_type');
    const html = await upload(member, Buffer.from('<script>alert(1)</script>'), 'text/html', 'x.html');
    expect(html.json().error.code).toBe('unsupported_file_type');
    const big = await upload(member, Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'application/pdf', 'big.pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const exactPdf = Buffer.alloc(10 * 1024 * 1024, 0x20);
    exactPdf.write('%PDF-1.7\n');
    const exact = await upload(member, exactPdf, 'application/pdf', 'exact.pdf');
    expect(exact.statusCode, exact.body).toBe(201);
    // The declared type must match the bytes: a page posing as a picture, or a binary posing as text, is refused.
    const posing = await upload(member, Buffer.from('<html><script>alert(1)</script>'), 'image/png', 'photo.png');
    expect(posing.statusCode).toBe(400);
    expect(posing.json().error.code).toBe('unsupported_file_type');
    const binary = await upload(member, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'text/plain', 'readme.txt');
    expect(binary.json().error.code).toBe('unsupported_file_type');
    expect((await upload(outsider, Buffer.from('x'), 'text/plain')).statusCode).toBe(403);
  });
});

describe('the journey and the services between assessments', () => {
  let org: string;
  let requestId: string;
  const FULL_SME = maximalAnswers(SME_2023);

  async function submitAssessment() {
    const created = await t.request({
      method: 'POST',
      url: `/api/v1/organisations/${org}/assessments`,
      as: staff,
      payload: { answers: FULL_SME },
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${created.json().id}/submit`,
      as: staff,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  beforeAll(async () => {
    now = new Date('2026-04-01T08:00:00Z');
    org = await registerOrg(member, 'Път ООД');
    await declare(org);
    await submitAssessment();
    now = new Date('2026-04-03T08:00:00Z');
    const created = await create(member, { organisationId: org, serviceId: perDay, need, quantity: 1 });
    requestId = created.json().id;
    await act(staff, requestId, { action: 'accept' });
    await act(staff, requestId, { action: 'assign', expertId: expertA.id });
    await act(expertA, requestId, { action: 'start' });
    await act(expertA, requestId, { action: 'deliver' });
    const defaults = (
      await t.request({ method: 'GET', url: `/api/v1/requests/${requestId}/delivery-defaults`, as: staff })
    ).json();
    const { recordedAt: _r, ...fields } = defaults;
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/requests/${requestId}/delivery`,
      as: staff,
      payload: { ...fields, endDate: '2026-04-10' },
    });
    expect(put.statusCode, put.body).toBe(200);
    // The customer rates the service once it has ended.
    now = new Date('2026-04-11T08:00:00Z');
    await t.request({
      method: 'POST',
      url: `/api/v1/requests/${requestId}/feedback`,
      as: member,
      payload: { rating: 5 },
    });
    now = new Date('2026-06-01T08:00:00Z');
    await submitAssessment();
  });

  it('lists registration, assessments, the request, its delivery and feedback in time order, with the aid', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/journey`, as: member });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.organisation).toMatchObject({ id: org, name: 'Път ООД' });
    expect(body.items.map((i: { kind: string; stage?: string }) => i.stage ?? i.kind)).toEqual([
      'registered',
      'T0',
      'request',
      'delivery',
      'feedback',
      'T1',
    ]);
    const times = body.items.map((i: { at: string }) => i.at);
    expect([...times].sort()).toEqual(times);
    // Dated by the day the service ended (the start of 10 April in Sofia), not by when it was recorded (3 April).
    expect(body.items[3]).toMatchObject({
      requestId,
      at: '2026-04-09T21:00:00.000Z',
      startDate: '2026-04-03',
      endDate: '2026-04-10',
      valueCents: 45_000,
      aidCents: 40_000,
      aidBasis: 'de_minimis',
    });
    expect(body.items[1].overall).toMatchObject({ score: 100, band: 'advanced' });
    expect(body.aid).toMatchObject({
      ceiling: 300000,
      used: 400,
      remaining: 299600,
      singleUndertaking: [org],
      declarationOnFile: true,
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/journey`, as: staff })).statusCode,
    ).toBe(200);
  });

  it('keeps a delivery in its place when its record is corrected later', async () => {
    const journey = async () =>
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/journey`, as: staff })).json();
    const before = (await journey()).items.find((i: { kind: string }) => i.kind === 'delivery');
    now = new Date('2026-07-01T08:00:00Z');
    const current = (await get(staff, requestId)).json().delivery;
    const { recordedAt: _r, ...fields } = current;
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/requests/${requestId}/delivery`,
      as: staff,
      payload: { ...fields, attendees: 7 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().delivery.recordedAt.startsWith('2026-07-01')).toBe(true);
    const after = (await journey()).items.find((i: { kind: string }) => i.kind === 'delivery');
    expect(after.at).toBe(before.at);
  });

  it('another organisation’s member must not see the journey', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/journey`, as: outsider })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${otherCustomer}/journey`, as: member }))
        .statusCode,
    ).toBe(403);
  });

  it('the delivery between T0 and T1 appears in the DMA results as a service received between the stages', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/assessments/results`, as: member });
    expect(res.statusCode, res.body).toBe(200);
    const change = res.json().changes.find((c: { to: string }) => c.to === 'T1');
    expect(change.services).toEqual([
      expect.objectContaining({
        title: expect.stringContaining('Обучение по киберсигурност'),
        deliveredAt: '2026-04-10',
      }),
    ]);
  });
});

describe('cancelling after acceptance revokes the aid', () => {
  let org: string;
  const reason = 'Клиентът се отказа преди началото.';
  const aidOf = async () =>
    (await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/aid`, as: staff })).json();
  const grantOf = async (requestId: string) =>
    (await t.database.db.select().from(aidGrants).where(eq(aidGrants.requestId, requestId)))[0];
  let big: string;
  let next: string;

  beforeAll(async () => {
    org = await registerOrg(member, 'Отказ ООД');
    await declare(org);
  });

  it('frees the headroom: a request the ceiling refused fits once the large one is cancelled', async () => {
    // EUR 400 of aid a day (EUR 450 value − EUR 50 price): 700 days are EUR 280 000; 100 more would pass EUR 300 000.
    big = await newRequest(member, { organisationId: org, quantity: 700 });
    next = await newRequest(member, { organisationId: org, quantity: 100 });
    expect((await act(staff, big, { action: 'accept' })).statusCode).toBe(200);
    expect((await act(staff, big, { action: 'assign', expertId: expertA.id })).statusCode).toBe(200);
    expect(await aidOf()).toMatchObject({ used: 280_000, remaining: 20_000 });
    const refused = await act(staff, next, { action: 'accept' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'aid_ceiling_exceeded',
      details: { remainingCents: 20_000_00 },
    });

    const cancelled = await act(staff, big, { action: 'cancel', reason });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      aid: { amountCents: 280_000_00, revokeReason: reason },
    });
    expect(cancelled.json().aid.revokedAt).not.toBeNull();
    const statement = await aidOf();
    expect(statement).toMatchObject({ used: 0, remaining: 300_000 });
    expect(statement.grants).toEqual([
      expect.objectContaining({
        requestId: big,
        amount: 280_000,
        counted: false,
        revokeReason: reason,
        revokedAt: expect.any(String),
      }),
    ]);
    const grant = await grantOf(big);
    expect(grant).toMatchObject({ revokedBy: staff.id, revokeReason: reason });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'aid.revoke'), eq(auditLog.entityId, grant.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: staff.id,
      after: expect.objectContaining({ revokeReason: reason, requestId: big }),
    });

    const accepted = await act(staff, next, { action: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await aidOf()).toMatchObject({ used: 40_000, remaining: 260_000 });
  });

  it('keeps the revoked grant in the ledger with its reason, out of the totals and the register file', async () => {
    const ledger = await t.request({
      method: 'GET',
      url: `/api/v1/aid/ledger?q=${encodeURIComponent('Отказ ООД')}`,
      as: staff,
    });
    expect(ledger.statusCode, ledger.body).toBe(200);
    const items = ledger.json().items as {
      requestId: string;
      amountCents: number;
      revokedAt: string | null;
      revokeReason: string | null;
    }[];
    expect(items.find((i) => i.requestId === big)).toMatchObject({
      amountCents: 280_000_00,
      revokeReason: reason,
      revokedAt: expect.any(String),
    });
    expect(items.find((i) => i.requestId === next)).toMatchObject({
      amountCents: 40_000_00,
      revokedAt: null,
      revokeReason: null,
    });
    expect(ledger.json().totalsCents.de_minimis).toBe(40_000_00);

    const register = await t.request({ method: 'GET', url: '/api/v1/aid/register-export?format=csv', as: staff });
    expect(register.statusCode).toBe(200);
    const rows = register.body.split('\r\n').filter((line) => line.startsWith('"Отказ ООД"'));
    expect(rows).toEqual([expect.stringContaining(',40000.00,')]);
  });

  it('revokes the grant when the organisation cancels its accepted request too; a request without a grant has none to revoke', async () => {
    const small = await newRequest(member, { organisationId: org, quantity: 2 });
    expect((await act(staff, small, { action: 'accept' })).statusCode).toBe(200);
    expect(await aidOf()).toMatchObject({ used: 40_800 });
    const cancelled = await act(member, small, { action: 'cancel', reason: 'Вече не ни трябва.' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().aid).toMatchObject({ revokeReason: 'Вече не ни трябва.' });
    expect(await aidOf()).toMatchObject({ used: 40_000 });
    expect((await grantOf(small)).revokedBy).toBe(member.id);

    const unaccepted = await newRequest(member, { organisationId: org });
    const withdrawn = await act(member, unaccepted, { action: 'cancel', reason: 'Сгрешихме услугата.' });
    expect(withdrawn.json()).toMatchObject({ status: 'cancelled', aid: null });
  });
});

describe('the board by delivering partner', () => {
  it('shows a partner the requests for its services before assignment, and only its own once assigned', async () => {
    const shared = await createService({ partnerIds: [partnerA, partnerB] });
    const onlyA = await newRequest();
    const acceptedA = await newRequest();
    expect((await act(staff, acceptedA, { action: 'accept' })).statusCode).toBe(200);
    const sharedSubmitted = await newRequest(member, { serviceId: shared });
    const sharedAssigned = await newRequest(member, { serviceId: shared });
    expect((await act(staff, sharedAssigned, { action: 'accept' })).statusCode).toBe(200);
    expect((await act(staff, sharedAssigned, { action: 'assign', expertId: expertA.id })).statusCode).toBe(200);

    const board = async (partnerId: string) => {
      const res = await t.request({ method: 'GET', url: `/api/v1/requests/board?partnerId=${partnerId}`, as: staff });
      expect(res.statusCode, res.body).toBe(200);
      const columns = res.json().columns as { status: string; items: { id: string }[] }[];
      return Object.fromEntries(columns.map((c) => [c.status, c.items.map((i) => i.id)]));
    };
    const a = await board(partnerA);
    expect(a.submitted).toEqual(expect.arrayContaining([onlyA, sharedSubmitted]));
    expect(a.accepted).toContain(acceptedA);
    expect(a.assigned).toContain(sharedAssigned);

    const b = await board(partnerB);
    expect(b.submitted).toContain(sharedSubmitted);
    expect(b.submitted).not.toContain(onlyA);
    expect(b.accepted).not.toContain(acceptedA);
    // Assigned to partner A's expert: no longer partner B's, though B delivers the service too.
    expect(b.assigned).not.toContain(sharedAssigned);

    const list = await t.request({
      method: 'GET',
      url: `/api/v1/requests?partnerId=${partnerB}&pageSize=100`,
      as: staff,
    });
    const ids = list.json().items.map((r: { id: string }) => r.id);
    expect(ids).toContain(sharedSubmitted);
    expect(ids).not.toContain(sharedAssigned);
    expect(ids).not.toContain(onlyA);
  });
});
