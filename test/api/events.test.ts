import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditLog, eventRegistrations, mailOutbox, organisationMembers } from '../../src/platform/db/schema';
import nodemailer from 'nodemailer';
import { expireOffersAndPromote } from '../../src/modules/events/jobs/waitlist-offers';
import { dispatchMail } from '../../src/platform/mail/outbox';
import { createTestApp, TEST_PUBLIC_URL, type TestApp, type TestUser } from '../support/test-app';

/** The events API (issue 5, part A): events, registrations, the fair waiting list, offers, approval, cancellation. */
let now = new Date('2027-01-10T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let memberA: TestUser;
let memberB: TestUser;
let partnerPerson: TestUser;
let orgA: string;
let orgB: string;
let partner: string;

let orgCounter = 0;
async function registerOrg(as: TestUser, name: string): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as,
    payload: { legalNameBg: name, type: 'sme', country: 'AT', foreignRegistrationNo: `FN E${++orgCounter}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

interface TEventOverrides {
  [key: string]: unknown;
}

/** A published event (by staff), starting in 10 days unless overridden. */
async function createEvent(overrides: TEventOverrides = {}) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/events',
    as: staff,
    payload: {
      type: 'training',
      titleBg: 'Киберсигурност за МСП',
      titleEn: `Cybersecurity for SMEs ${Math.random().toString(36).slice(2, 7)}`,
      descriptionBg: 'Описание',
      descriptionEn: 'Description',
      capacity: 2,
      published: true,
      sessions: [{ startsAt: hours(240), endsAt: hours(244) }],
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; slug: string; [key: string]: unknown };
}

async function register(as: TestUser | null, eventId: string, payload: Record<string, unknown> = {}) {
  return t.request({
    method: 'POST',
    url: `/api/v1/events/${eventId}/registrations`,
    as,
    payload: { seats: 1, answers: {}, ...payload },
  });
}

async function registered(as: TestUser, eventId: string, payload: Record<string, unknown> = {}) {
  const res = await register(as, eventId, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; waitlistPosition: number | null; [key: string]: unknown };
}

async function lastMail(to: string, kind: string) {
  const [row] = await t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, to), eq(mailOutbox.kind, kind)))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
  return row;
}

/** The token of a one-click link in an e-mail. */
function linkToken(text: string, action: string): { url: string; id: string; token: string } {
  const match = new RegExp(`${TEST_PUBLIC_URL}/registrations/([0-9a-f-]{36})/${action}\\?token=([A-Za-z0-9_-]+)`).exec(
    text,
  );
  expect(match, `no ${action} link in: ${text}`).not.toBeNull();
  return { url: match![0], id: match![1], token: decodeURIComponent(match![2]) };
}

async function registrationStatus(as: TestUser, id: string) {
  const res = await t.request({ method: 'GET', url: `/api/v1/registrations/${id}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().status as string;
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  staff = await t.createUser('staff');
  admin = await t.createUser('admin');
  memberA = await t.createUser('member', { name: 'Анна Петрова' });
  memberB = await t.createUser('member');
  partnerPerson = await t.createUser('expert');
  orgA = await registerOrg(memberA, 'Алфа ЕООД');
  orgB = await registerOrg(memberB, 'Бета ООД');
  partner = await registerOrg(staff, 'Тракийски университет');
  expect(
    (
      await t.request({
        method: 'PUT',
        url: `/api/v1/organisations/${partner}/partner`,
        as: admin,
        payload: { isPartner: true },
      })
    ).statusCode,
  ).toBe(200);
  await t.database.db
    .insert(organisationMembers)
    .values({ organisationId: partner, userId: partnerPerson.id, role: 'member' });
});

afterAll(async () => {
  await t?.close();
});

describe('events: create, read, update, publish, delete', () => {
  it('staff create an event with sessions; the slug comes from the English title', async () => {
    const event = await createEvent({ titleEn: 'AI for Manufacturing', tags: ['ai'], valuePerParticipantCents: 15000 });
    expect(event.slug).toBe('ai-for-manufacturing');
    expect(event).toMatchObject({
      capacity: 2,
      seatsTaken: 0,
      seatsLeft: 2,
      waitlistCount: 0,
      registrationOpen: true,
      published: true,
    });
    const again = await createEvent({ titleEn: 'AI for Manufacturing' });
    expect(again.slug).toBe('ai-for-manufacturing-2');
    const page = await t.request({ method: 'GET', url: '/api/v1/events/ai-for-manufacturing' });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      titleBg: 'Киберсигурност за МСП',
      valuePerParticipantCents: 15000,
      sessions: [{ startsAt: hours(240) }],
    });
    expect(page.json().abilities).toEqual({ register: false, manage: false, checkIn: false });
  });

  it('refuses invalid input, naming the field', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      as: staff,
      payload: { type: 'training', titleBg: 'Х', titleEn: 'X', sessions: [{ startsAt: hours(5), endsAt: hours(4) }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toContain('sessions.0.endsAt');
    const noSessions = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      as: staff,
      payload: { type: 'training', titleBg: 'Х', titleEn: 'X', sessions: [] },
    });
    expect(noSessions.statusCode).toBe(400);
    const badType = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      as: staff,
      payload: { type: 'party', titleBg: 'Х', titleEn: 'X', sessions: [{ startsAt: hours(1), endsAt: hours(2) }] },
    });
    expect(badType.statusCode).toBe(400);
  });

  it('members and visitors cannot create, change or delete events', async () => {
    const event = await createEvent();
    const body = { type: 'training', titleBg: 'Х', titleEn: 'X', sessions: [{ startsAt: hours(1), endsAt: hours(2) }] };
    expect((await t.request({ method: 'POST', url: '/api/v1/events', as: memberA, payload: body })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'POST', url: '/api/v1/events', payload: body })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'PATCH', url: `/api/v1/events/${event.id}`, as: memberA, payload: { titleEn: 'Y' } }))
        .statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/events/${event.id}`, as: staff })).statusCode).toBe(403);
  });

  it('staff change the title and the sessions; raising the capacity offers the new seats to the waiting list', async () => {
    const event = await createEvent({ capacity: 1 });
    await registered(memberA, event.id);
    const waiting = await registered(memberB, event.id);
    expect(waiting.status).toBe('waitlisted');
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      as: staff,
      payload: {
        titleEn: 'Renamed',
        capacity: 2,
        sessions: [
          { startsAt: hours(300), endsAt: hours(302) },
          { startsAt: hours(324), endsAt: hours(326) },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      titleEn: 'Renamed',
      capacity: 2,
      firstStartsAt: hours(300),
      lastEndsAt: hours(326),
    });
    expect(res.json().sessions).toHaveLength(2);
    expect(await registrationStatus(memberB, waiting.id)).toBe('offered');
  });

  it('publishing hides a draft from the public; admins delete an event only without registrations', async () => {
    const event = await createEvent({ published: false });
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}` })).statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: '/api/v1/events' });
    expect(list.json().items.map((e: { id: string }) => e.id)).not.toContain(event.id);
    const published = await t.request({
      method: 'PUT',
      url: `/api/v1/events/${event.id}/published`,
      as: staff,
      payload: { published: true },
    });
    expect(published.json().published).toBe(true);
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}` })).statusCode).toBe(200);

    await registered(memberA, event.id);
    const refused = await t.request({ method: 'DELETE', url: `/api/v1/events/${event.id}`, as: admin });
    expect(refused.statusCode).toBe(409);
    const empty = await createEvent();
    expect((await t.request({ method: 'DELETE', url: `/api/v1/events/${empty.id}`, as: admin })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${empty.id}` })).statusCode).toBe(404);
  });
});

describe('visibility', () => {
  it('members-only events are for signed-in users; internal ones for partners and staff', async () => {
    const membersOnly = await createEvent({ visibility: 'members', titleEn: 'Members forum' });
    const internal = await createEvent({ visibility: 'internal', type: 'general_meeting', titleEn: 'General meeting' });
    const visibleTo = async (as: TestUser | null) => {
      const res = await t.request({ method: 'GET', url: '/api/v1/events?pageSize=100', as });
      return res.json().items.map((e: { id: string }) => e.id) as string[];
    };
    expect(await visibleTo(null)).not.toContain(membersOnly.id);
    expect(await visibleTo(memberA)).toContain(membersOnly.id);
    expect(await visibleTo(memberA)).not.toContain(internal.id);
    expect(await visibleTo(partnerPerson)).toContain(internal.id);
    expect(await visibleTo(staff)).toContain(internal.id);
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${membersOnly.slug}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/events/${internal.slug}`, as: memberA })).statusCode).toBe(
      404,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/events/${internal.slug}`, as: partnerPerson })).statusCode,
    ).toBe(200);
    expect((await register(memberA, internal.id)).statusCode).toBe(404);
    expect((await register(partnerPerson, internal.id)).statusCode).toBe(201);
  });

  it('filters by type, text and period', async () => {
    const hack = await createEvent({
      type: 'hackathon',
      titleEn: 'Space Hackathon',
      titleBg: 'Космически хакатон',
      sessions: [{ startsAt: hours(2000), endsAt: hours(2010) }],
    });
    const byType = await t.request({ method: 'GET', url: '/api/v1/events?type=hackathon' });
    expect(byType.json().items.map((e: { id: string }) => e.id)).toEqual([hack.id]);
    const byText = await t.request({ method: 'GET', url: `/api/v1/events?q=${encodeURIComponent('хакатон')}` });
    expect(byText.json().items.map((e: { id: string }) => e.id)).toEqual([hack.id]);
    const before = await t.request({
      method: 'GET',
      url: `/api/v1/events?type=hackathon&to=${encodeURIComponent(hours(1000))}`,
    });
    expect(before.json().total).toBe(0);
  });
});

describe('registration', () => {
  it('is refused outside the registration window', async () => {
    const notYet = await createEvent({ registrationOpensAt: hours(24) });
    const res = await register(memberA, notYet.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('registration_closed');
    const closed = await createEvent({ registrationOpensAt: hours(-48), registrationClosesAt: hours(-1) });
    expect((await register(memberA, closed.id)).json().error.code).toBe('registration_closed');
    const page = await t.request({ method: 'GET', url: `/api/v1/events/${closed.slug}`, as: memberA });
    expect(page.json().registrationOpen).toBe(false);
  });

  it('counts seats per party and is fair: once anyone waits, newcomers wait too', async () => {
    const event = await createEvent({ capacity: 5 });
    const a = await registered(memberA, event.id, {
      organisationId: orgA,
      seats: 3,
      attendeeNames: ['Анна', 'Борис', 'Вера'],
    });
    expect(a).toMatchObject({ status: 'confirmed', seats: 3, organisationName: 'Алфа ЕООД', waitlistPosition: null });
    expect(a.qrSvg).toContain('<svg');
    const b = await registered(memberB, event.id, { organisationId: orgB, seats: 3 });
    expect(b).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    // Two seats are free, but someone is waiting: a party of one does not jump the queue.
    const c = await registered(partnerPerson, event.id, { seats: 1 });
    expect(c).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    const page = await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}` });
    expect(page.json()).toMatchObject({ capacity: 5, seatsTaken: 3, seatsLeft: 2, waitlistCount: 2 });
    expect((await register(memberA, event.id, { seats: 6 })).statusCode).toBe(400);
    expect((await register(memberA, event.id, { seats: 1, attendeeNames: ['А', 'Б'] })).statusCode).toBe(400);
    const mail = await lastMail(memberA.email, 'registration_confirmed');
    expect(mail.subject).toContain('Киберсигурност');
    const files = (mail.attachments as { filename: string; contentType: string; contentBase64: string }[]).map(
      (f) => f.filename,
    );
    // The QR code inline (cid:, shown in the body) and as a file to keep, and the calendar file.
    expect(files).toEqual(['qr.png', expect.stringMatching(/^qr-.*\.png$/), 'registration.ics']);
    const ics = Buffer.from((mail.attachments as { contentBase64: string }[])[2].contentBase64, 'base64').toString(
      'utf8',
    );
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('TZID=Europe/Sofia');
  });

  it('checks the answers to the registration questions', async () => {
    const event = await createEvent({
      capacity: 10,
      questions: [
        {
          id: 'diet',
          labelBg: 'Хранене',
          labelEn: 'Diet',
          kind: 'choice',
          required: true,
          options: [
            { id: 'veg', labelBg: 'Вег.', labelEn: 'Veg.' },
            { id: 'any', labelBg: 'Всичко', labelEn: 'Any' },
          ],
        },
        { id: 'note', labelBg: 'Бележка', labelEn: 'Note', kind: 'text', required: false },
      ],
    });
    expect((await register(memberA, event.id)).json().error.details.fields[0]).toMatchObject({
      field: 'answers.diet',
      code: 'required',
    });
    expect((await register(memberA, event.id, { answers: { diet: 'meat' } })).json().error.details.fields[0].code).toBe(
      'invalid_option',
    );
    expect(
      (await register(memberA, event.id, { answers: { diet: 'veg', shoe: '42' } })).json().error.details.fields[0].code,
    ).toBe('unknown');
    expect((await registered(memberA, event.id, { answers: { diet: 'veg', note: 'късно' } })).answers).toEqual({
      diet: 'veg',
      note: 'късно',
    });
  });

  it('staff register a contact by name and e-mail; visitors must sign in; members only for their organisation', async () => {
    const event = await createEvent({ capacity: 10 });
    const res = await registered(staff, event.id, {
      organisationId: orgB,
      contactName: 'Гост Гостев',
      contactEmail: 'guest@example.test',
      seats: 2,
    });
    expect(res).toMatchObject({ contactName: 'Гост Гостев', contactEmail: 'guest@example.test', status: 'confirmed' });
    expect(await lastMail('guest@example.test', 'registration_confirmed')).toBeDefined();
    expect((await register(null, event.id)).statusCode).toBe(401);
    expect((await register(memberA, event.id, { organisationId: orgB })).statusCode).toBe(403);
  });
});

describe('the waiting list', () => {
  it('cancel → offer by e-mail → accept via the link; decline → next; expiry → next; leave', async () => {
    const event = await createEvent({ capacity: 2, offerHoldHours: 48 });
    const users = [
      memberA,
      memberB,
      partnerPerson,
      await t.createUser('member'),
      await t.createUser('member'),
      await t.createUser('member'),
      await t.createUser('member'),
    ];
    const regs = [];
    for (const u of users) regs.push(await registered(u, event.id));
    expect(regs.map((r) => r.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    expect(regs.slice(2).map((r) => r.waitlistPosition)).toEqual([1, 2, 3, 4, 5]);
    const waitMail = await lastMail(users[2].email, 'registration_waitlisted');
    expect(linkToken(waitMail.text, 'leave-waitlist').id).toBe(regs[2].id);

    // The first confirmed participant cancels: the first in line gets an offer with one-click links.
    const cancel = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${regs[0].id}/cancel`,
      as: memberA,
      payload: {},
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().status).toBe('cancelled');
    expect(await lastMail(memberA.email, 'registration_cancelled')).toBeDefined();
    const offer = await lastMail(users[2].email, 'registration_offered');
    const accept = linkToken(offer.text, 'accept-offer');
    expect(accept.id).toBe(regs[2].id);
    linkToken(offer.text, 'decline-offer');
    expect(offer.html).toContain('accept-offer?token=');

    // A wrong token is refused; the right one works without signing in.
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/registrations/${accept.id}/accept-offer?token=${'x'.repeat(43)}`,
        })
      ).statusCode,
    ).toBe(403);
    const viaLink = await t.request({ method: 'GET', url: `/api/v1/registrations/${accept.id}?token=${accept.token}` });
    expect(viaLink.json()).toMatchObject({
      status: 'offered',
      abilities: { acceptOffer: true, declineOffer: true, cancel: false },
    });
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${accept.id}/accept-offer?token=${accept.token}`,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'confirmed', offerExpiresAt: null });
    expect(await lastMail(users[2].email, 'registration_confirmed')).toBeDefined();

    // The second participant cancels: the next in line is offered, declines by the link, and the seat moves on.
    await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${regs[1].id}/cancel`,
      as: memberB,
      payload: { reason: 'болен' },
    });
    const decline = linkToken((await lastMail(users[3].email, 'registration_offered')).text, 'decline-offer');
    const declined = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${decline.id}/decline-offer?token=${decline.token}`,
    });
    expect(declined.json().status).toBe('declined');
    expect(await registrationStatus(users[4], regs[4].id)).toBe('offered');
    const held = await t.request({ method: 'GET', url: `/api/v1/registrations/${regs[4].id}`, as: users[4] });
    expect(held.json().offerExpiresAt).toBe(hours(48));

    // Nobody answers: after the hold time the job expires the offer and offers the seat to the next.
    expect(await expireOffersAndPromote(t.database.db, new Date(hours(47)), { publicUrl: TEST_PUBLIC_URL })).toEqual({
      expired: 0,
      offered: 0,
      failed: 0,
    });
    now = new Date(hours(49));
    // (Other tests' offers share the database, so the run may count theirs too.)
    const run = await expireOffersAndPromote(t.database.db, now, { publicUrl: TEST_PUBLIC_URL });
    expect(run.expired).toBeGreaterThanOrEqual(1);
    expect(run.offered).toBeGreaterThanOrEqual(1);
    expect(await registrationStatus(users[4], regs[4].id)).toBe('expired');
    expect(await lastMail(users[4].email, 'registration_offer_expired')).toBeDefined();
    expect(await registrationStatus(users[5], regs[5].id)).toBe('offered');
    // A lapsed offer cannot be accepted even before the job runs (49 h after this new offer).
    now = new Date(hours(49));
    const late = linkToken((await lastMail(users[5].email, 'registration_offered')).text, 'accept-offer');
    const lateAccept = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${late.id}/accept-offer?token=${late.token}`,
    });
    expect(lateAccept.statusCode).toBe(409);

    // The last one leaves the list (signed in).
    const left = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${regs[6].id}/leave-waitlist`,
      as: users[6],
    });
    expect(left.json().status).toBe('cancelled');
    const page = await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}` });
    expect(page.json()).toMatchObject({ seatsTaken: 2, waitlistCount: 0 });
    // Capacity was never exceeded along the way.
    const all = await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations`, as: staff });
    const holding = all
      .json()
      .items.filter((r: { status: string }) => ['confirmed', 'offered', 'pending'].includes(r.status));
    expect(holding).toHaveLength(2);
  });

  it('staff reorder the list with a reason, which is audited', async () => {
    const event = await createEvent({ capacity: 1 });
    await registered(memberA, event.id);
    const w = [
      await registered(memberB, event.id),
      await registered(partnerPerson, event.id),
      await registered(staff, event.id),
    ];
    const body = { registrationId: w[2].id, beforeRegistrationId: w[0].id, reason: 'Партньор по проекта' };
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/events/${event.id}/waitlist/reorder`,
          as: memberA,
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/events/${event.id}/waitlist/reorder`,
          as: staff,
          payload: { ...body, reason: '' },
        })
      ).statusCode,
    ).toBe(400);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/waitlist/reorder`,
      as: staff,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    const order = res
      .json()
      .items.filter((r: { status: string }) => r.status === 'waitlisted')
      .map((r: { id: string; waitlistPosition: number }) => [r.id, r.waitlistPosition]);
    expect(order).toEqual([
      [w[2].id, 1],
      [w[0].id, 2],
      [w[1].id, 3],
    ]);
    const toEnd = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/waitlist/reorder`,
      as: staff,
      payload: { registrationId: w[2].id, beforeRegistrationId: null, reason: 'Грешка' },
    });
    expect(toEnd.json().items.find((r: { id: string }) => r.id === w[2].id).waitlistPosition).toBe(3);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'registration.reorder'), eq(auditLog.entityId, w[2].id)))
      .orderBy(auditLog.id)
      .limit(1);
    expect(audit).toMatchObject({
      actorId: staff.id,
      before: { position: 3 },
      after: { position: 1, reason: 'Партньор по проекта' },
    });
  });
});

describe('cancellation and approval', () => {
  it('participants cancel until the deadline; staff any time', async () => {
    const soon = await createEvent({
      capacity: 5,
      cancellationDeadlineHours: 24,
      sessions: [{ startsAt: hours(10), endsAt: hours(12) }],
    });
    const reg = await registered(memberA, soon.id, { organisationId: orgA });
    expect(reg.abilities).toMatchObject({ cancel: false });
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${reg.id}/cancel`,
      as: memberA,
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('cancellation_deadline_passed');
    const byStaff = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${reg.id}/cancel`,
      as: staff,
      payload: { reason: 'По молба' },
    });
    expect(byStaff.json().status).toBe('cancelled');
    const twice = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${reg.id}/cancel`,
      as: staff,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
  });

  it('approval: pending holds the seat; staff approve or reject with a reason', async () => {
    const event = await createEvent({ capacity: 1, approvalRequired: true });
    const first = await registered(memberA, event.id);
    expect(first.status).toBe('pending');
    expect(await lastMail(memberA.email, 'registration_pending')).toBeDefined();
    const second = await registered(memberB, event.id);
    expect(second.status).toBe('waitlisted');
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/registrations/${first.id}/approve`, as: memberA, payload: {} }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/registrations/${first.id}/reject`, as: staff, payload: {} }))
        .statusCode,
    ).toBe(400);
    const rejected = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${first.id}/reject`,
      as: staff,
      payload: { reason: 'Само за МСП' },
    });
    expect(rejected.json().status).toBe('rejected');
    expect((await lastMail(memberA.email, 'registration_rejected')).text).toContain('Само за МСП');
    expect(await registrationStatus(memberB, second.id)).toBe('offered');

    const other = await createEvent({ capacity: 3, approvalRequired: true });
    const pending = await registered(memberB, other.id);
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${pending.id}/approve`,
      as: staff,
      payload: {},
    });
    expect(approved.json().status).toBe('confirmed');
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/registrations/${pending.id}/approve`, as: staff, payload: {} }))
        .statusCode,
    ).toBe(409);
  });
});

describe('authorization of registrations', () => {
  it("another organisation's member cannot see or cancel a registration; staff list them, others do not", async () => {
    const event = await createEvent({ capacity: 5 });
    const reg = await registered(memberA, event.id, { organisationId: orgA });
    expect((await t.request({ method: 'GET', url: `/api/v1/registrations/${reg.id}`, as: memberB })).statusCode).toBe(
      403,
    );
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/registrations/${reg.id}/cancel`, as: memberB, payload: {} }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/registrations/${reg.id}/cancel`, payload: {} })).statusCode,
    ).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations`, as: memberA })).statusCode,
    ).toBe(403);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/events/${event.id}/registrations?status=confirmed`,
      as: staff,
    });
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([reg.id]);

    const mineA = await t.request({ method: 'GET', url: '/api/v1/registrations/mine', as: memberA });
    expect(mineA.json().items.find((r: { id: string }) => r.id === reg.id)).toMatchObject({
      event: { id: event.id, slug: event.slug },
    });
    const mineB = await t.request({ method: 'GET', url: '/api/v1/registrations/mine', as: memberB });
    expect(mineB.json().items.map((r: { id: string }) => r.id)).not.toContain(reg.id);
    expect((await t.request({ method: 'GET', url: '/api/v1/registrations/mine' })).statusCode).toBe(401);

    const page = await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}`, as: memberA });
    expect(page.json().myRegistrations.map((r: { id: string }) => r.id)).toContain(reg.id);
    const other = await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}`, as: memberB });
    expect(other.json().myRegistrations).toEqual([]);
  });
});

describe('the review fixes', () => {
  it('keeps a general meeting internal: refused otherwise (naming visibility), internal when not said', async () => {
    const publicMeeting = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      as: staff,
      payload: {
        type: 'general_meeting',
        visibility: 'public',
        titleBg: 'Общо събрание',
        titleEn: 'General meeting',
        sessions: [{ startsAt: hours(100), endsAt: hours(102) }],
      },
    });
    expect(publicMeeting.statusCode).toBe(400);
    expect(publicMeeting.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['visibility']);
    const meeting = await createEvent({
      type: 'general_meeting',
      titleBg: 'Общо събрание',
      titleEn: 'General meeting',
    });
    expect(meeting.visibility).toBe('internal');
    const reopen = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${meeting.id}`,
      as: staff,
      payload: { visibility: 'members' },
    });
    expect(reopen.statusCode).toBe(400);
    expect(reopen.json().error.details.fields[0].field).toBe('visibility');
    // Turning a public training into a general meeting without making it internal is refused too.
    const training = await createEvent();
    const retype = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${training.id}`,
      as: staff,
      payload: { type: 'general_meeting' },
    });
    expect(retype.statusCode).toBe(400);
    expect(retype.json().error.details.fields[0].field).toBe('visibility');
    const both = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${training.id}`,
      as: staff,
      payload: { type: 'general_meeting', visibility: 'internal' },
    });
    expect(both.statusCode, both.body).toBe(200);
  });

  it('takes a consortium partner as organiser, and refuses any other organisation', async () => {
    const notPartner = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      as: staff,
      payload: {
        type: 'seminar',
        titleBg: 'Семинар',
        titleEn: 'Seminar',
        organiserId: orgA,
        sessions: [{ startsAt: hours(50), endsAt: hours(52) }],
      },
    });
    expect(notPartner.statusCode).toBe(400);
    expect(notPartner.json().error.details.fields[0]).toMatchObject({ field: 'organiserId', code: 'not_partner' });
    const event = await createEvent({ organiserId: partner });
    expect(event.organiser).toEqual({ id: partner, name: 'Тракийски университет' });
    const change = await t.request({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      as: staff,
      payload: { organiserId: orgB },
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.details.fields[0].field).toBe('organiserId');
  });

  it('makes an accepted offer pending, not confirmed, where staff approve registrations', async () => {
    const event = await createEvent({ capacity: 1, approvalRequired: true });
    const first = await registered(memberA, event.id);
    const second = await registered(memberB, event.id);
    expect([first.status, second.status]).toEqual(['pending', 'waitlisted']);
    await t.request({ method: 'POST', url: `/api/v1/registrations/${first.id}/cancel`, as: memberA, payload: {} });
    const offer = linkToken((await lastMail(memberB.email, 'registration_offered')).text, 'accept-offer');
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${offer.id}/accept-offer?token=${offer.token}`,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'pending', offerExpiresAt: null });
    const [pendingMail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, memberB.email), eq(mailOutbox.kind, 'registration_pending')));
    expect(pendingMail).toBeDefined();
    // The seat stays held while staff decide: nobody else is offered it.
    const page = await t.request({ method: 'GET', url: `/api/v1/events/${event.slug}` });
    expect(page.json()).toMatchObject({ seatsTaken: 1, seatsLeft: 0 });
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/registrations/${offer.id}/approve`,
      as: staff,
      payload: {},
    });
    expect(approved.json().status).toBe('confirmed');
  });

  it('refuses a second registration of the same person for the same organisation, pointing to the first', async () => {
    const event = await createEvent({ capacity: 1 });
    const first = await registered(memberA, event.id, { organisationId: orgA });
    const again = await register(memberA, event.id, { organisationId: orgA, seats: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'already_registered',
      details: { registrationId: first.id, status: 'confirmed' },
    });
    // Waiting counts as registered, too.
    const waiting = await registered(memberB, event.id, { organisationId: orgB });
    expect(waiting.status).toBe('waitlisted');
    expect((await register(memberB, event.id, { organisationId: orgB })).json().error).toMatchObject({
      code: 'already_registered',
      details: { registrationId: waiting.id },
    });
    // Staff registering someone under the same e-mail for the same organisation is the same person.
    const byStaff = await register(staff, event.id, {
      organisationId: orgA,
      contactName: 'Анна',
      contactEmail: memberA.email.toUpperCase(),
    });
    expect(byStaff.json().error.code).toBe('already_registered');
    // Another organisation (or none) is another registration; after a cancellation one may register again.
    expect((await register(memberA, event.id)).statusCode).toBe(201);
    await t.request({ method: 'POST', url: `/api/v1/registrations/${first.id}/cancel`, as: memberA, payload: {} });
    expect((await register(memberA, event.id, { organisationId: orgA })).statusCode).toBe(201);
  });

  it('writes to someone staff register in the language chosen for them (Bulgarian by default)', async () => {
    const event = await createEvent({ capacity: 5 });
    const en = await registered(staff, event.id, {
      contactName: 'John Smith',
      contactEmail: 'john.smith@example.test',
      locale: 'en',
    });
    expect(en.status).toBe('confirmed');
    const enMail = await lastMail('john.smith@example.test', 'registration_confirmed');
    expect(enMail.subject).toMatch(/^Registration confirmed/);
    const [row] = await t.database.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, en.id));
    expect(row!.locale).toBe('en');
    await registered(staff, event.id, { contactName: 'Иван Иванов', contactEmail: 'ivan@example.test' });
    expect((await lastMail('ivan@example.test', 'registration_confirmed')).subject).toMatch(
      /^Регистрацията е потвърдена/,
    );
    // An invalid language is a 400 naming the field.
    const bad = await register(staff, event.id, { contactName: 'X', contactEmail: 'x@example.test', locale: 'de' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('locale');
  });

  it('shows the QR code in the confirmation e-mail as an inline cid: part, and keeps the PNG attached', async () => {
    const event = await createEvent({ capacity: 5 });
    await registered(staff, event.id, { contactName: 'Мария', contactEmail: 'maria.qr@example.test' });
    const mail = await lastMail('maria.qr@example.test', 'registration_confirmed');
    const attachments = mail.attachments as { filename: string; contentType: string; cid?: string }[];
    const inline = attachments.find((a) => a.cid);
    expect(inline).toMatchObject({
      filename: 'qr.png',
      contentType: 'image/png',
      cid: expect.stringMatching(/@edihub$/),
    });
    expect(mail.html).toContain(`src="cid:${inline!.cid}"`);
    expect(mail.html).not.toContain('data:image');
    expect(attachments.filter((a) => a.contentType === 'image/png' && !a.cid)).toHaveLength(1);

    // Sent through nodemailer as the dispatcher sends it: a multipart/related HTML with the image's Content-ID.
    const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const raws: string[] = [];
    const transport = {
      sendMail: async (message: Parameters<typeof stream.sendMail>[0]) => {
        const info = await stream.sendMail(message);
        if (message.to === 'maria.qr@example.test') raws.push(String(info.message));
        return info;
      },
    };
    while ((await dispatchMail(t.database.db, transport, 'EDIHub <no-reply@edihub.test>', 50)) > 0);
    const raw = raws.find((r) => r.includes('Content-Type: multipart/related'));
    expect(raw, 'the confirmation as multipart/related').toBeDefined();
    expect(raw).toContain(`Content-ID: <${inline!.cid}>`);
    expect(raw).toMatch(/Content-Disposition: inline; filename=qr\.png/);
    expect(raw).toMatch(/Content-Disposition: attachment; filename=qr-[A-Z0-9]+\.png/);
    expect(raw).toContain('Content-Type: text/calendar');
  });

  it('keeps the offers job going when one event fails, and retries that event on the next run', async () => {
    const good = await createEvent({ capacity: 1 });
    const bad = await createEvent({ capacity: 1 });
    for (const event of [good, bad]) {
      const holder = await registered(staff, event.id, {
        contactName: 'Държател',
        contactEmail: `holder-${event.id}@example.test`,
      });
      await registered(staff, event.id, { contactName: 'Първи', contactEmail: `first-${event.id}@example.test` });
      await registered(staff, event.id, { contactName: 'Втори', contactEmail: `second-${event.id}@example.test` });
      await t.request({ method: 'POST', url: `/api/v1/registrations/${holder.id}/cancel`, as: staff, payload: {} });
    }
    const db = t.database.db;
    // A broken event: every change to its registrations fails in the database.
    await db.execute(
      sql.raw(`create or replace function edihub_test_fail() returns trigger language plpgsql as $$
      begin raise exception 'broken event for the test'; end $$`),
    );
    await db.execute(
      sql.raw(`create trigger edihub_test_fail before update on event_registrations for each row
        when (old.event_id = '${bad.id}') execute function edihub_test_fail()`),
    );
    const errors: unknown[] = [];
    // After the offers' 48 hours, long before the events start (in 10 days).
    const later = new Date(now.getTime() + 49 * 3_600_000);
    try {
      const run = await expireOffersAndPromote(db, later, {
        publicUrl: TEST_PUBLIC_URL,
        log: { error: (o: unknown) => errors.push(o) },
      });
      expect(run.failed).toBe(1);
      expect(run.expired).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([expect.objectContaining({ eventId: bad.id })]);
      const statuses = async (eventId: string) =>
        (await db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId)))
          .map((r) => `${r.contactName}:${r.status}`)
          .sort();
      expect(await statuses(good.id)).toEqual(['Втори:offered', 'Държател:cancelled', 'Първи:expired']);
      expect(await statuses(bad.id)).toEqual(['Втори:waitlisted', 'Държател:cancelled', 'Първи:offered']);
    } finally {
      await db.execute(sql.raw('drop trigger if exists edihub_test_fail on event_registrations'));
      await db.execute(sql.raw('drop function if exists edihub_test_fail()'));
    }
    const retry = await expireOffersAndPromote(db, later, { publicUrl: TEST_PUBLIC_URL });
    expect(retry.failed).toBe(0);
    const [first] = await db
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, bad.id), eq(eventRegistrations.contactName, 'Първи')));
    expect(first!.status).toBe('expired');
  });
});
