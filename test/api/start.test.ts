/** The start page of staff and admins: counts of what needs attention, each with the filtered list it opens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { eventRegistrations, organisationClaims, ownershipLinks, serviceRequests } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { insertEvent, insertOrganisation, insertRegistration } from '../support/factories';

const NOW = new Date('2030-05-10T08:00:00Z');
let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  staff = await t.createUser('staff');
  admin = await t.createUser('admin');
  member = await t.createUser('member');
});
afterAll(async () => t.close());

type TItem = { key: string; count: number; path: string; parts: { label: string; count: number; path: string }[] };
const start = async (as: TestUser) => {
  const res = await t.request({ method: 'GET', url: '/api/v1/start?lang=bg', as });
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json().items as TItem[]).map((i) => [i.key, i]));
};

describe('start page counts', () => {
  it('counts pending registrations and offers expiring within 48 hours, per event with a link to its registrations', async () => {
    const orgId = await insertOrganisation(t, 'Старт ООД', { member });
    const sessions = [{ startsAt: '2030-05-20T06:00:00Z', endsAt: '2030-05-20T10:00:00Z' }];
    const event = await insertEvent(t, { capacity: 10, approvalRequired: true }, sessions);
    await insertRegistration(t, event.id, { organisationId: orgId, userId: member.id, status: 'pending' });
    const offered = await insertRegistration(t, event.id, { status: 'waitlisted', waitlistRank: 1000 });
    const later = await insertRegistration(t, event.id, { status: 'waitlisted', waitlistRank: 2000 });
    await t.database.db
      .update(eventRegistrations)
      .set({ status: 'offered', waitlistRank: null, offerExpiresAt: new Date(NOW.getTime() + 24 * 3600_000) })
      .where(eq(eventRegistrations.id, offered.id));
    await t.database.db
      .update(eventRegistrations)
      .set({ status: 'offered', waitlistRank: null, offerExpiresAt: new Date(NOW.getTime() + 5 * 24 * 3600_000) })
      .where(eq(eventRegistrations.id, later.id));

    const items = await start(staff);
    expect(items.get('registrationsToApprove')).toMatchObject({
      count: 1,
      parts: [{ count: 1, path: `/events/${event.slug}/registrations#regs-pending` }],
    });
    expect(items.get('offersExpiring')).toMatchObject({
      count: 1,
      parts: [{ path: `/events/${event.slug}/registrations#regs-offered` }],
    });
    expect(items.get('requestsToTriage')).toMatchObject({ count: 0, path: '/requests?status=submitted' });
    expect(items.get('bookingsToApprove')).toMatchObject({ path: '/facilities/bookings?status=pending' });
    expect(items.has('openInvitations')).toBe(false);
    expect(items.get('claimsToConfirm')).toMatchObject({ count: 0, path: '/organisations#claims-title' });
    expect(items.get('ownershipToConfirm')).toMatchObject({ count: 0, parts: [] });
  });

  it('counts EIK claims and ownership links waiting for confirmation', async () => {
    const owner = await t.createUser('member');
    await t.database.db
      .insert(organisationClaims)
      .values({ userId: owner.id, eik: '175074752', legalNameBg: 'Заявена ЕООД' });
    const a = await insertOrganisation(t, 'Собственик ООД', { member: owner });
    const b = await insertOrganisation(t, 'Дъщерна ООД');
    await t.database.db.insert(ownershipLinks).values({
      ownerId: a,
      ownedId: b,
      capitalShare: 60,
      votingShare: 60,
      status: 'pending',
      requestedBy: owner.id,
      requestedSide: 'owner',
    });
    const items = await start(staff);
    expect(items.get('claimsToConfirm')!.count).toBe(1);
    expect(items.get('ownershipToConfirm')).toMatchObject({
      count: 1,
      parts: [{ label: 'Дъщерна ООД', path: `/organisations/${b}` }],
    });
  });

  it('counts requests waiting for triage and gives admins their own items', async () => {
    const before = (await start(admin)).get('requestsToTriage')!.count;
    const orgId = await insertOrganisation(t, 'Заявки ООД', { member });
    const partner = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      as: staff,
      payload: {
        legalNameBg: 'Партньор',
        type: 'research_education',
        country: 'AT',
        foreignRegistrationNo: 'FN start-partner',
      },
    });
    await t.request({
      method: 'PUT',
      url: `/api/v1/organisations/${partner.json().id}/partner`,
      as: admin,
      payload: { isPartner: true },
    });
    const service = await t.request({
      method: 'POST',
      url: '/api/v1/services',
      as: staff,
      payload: {
        family: 'skills_training',
        titleBg: 'Обучение',
        titleEn: 'Training',
        descriptionBg: 'Курс по цифрови умения.',
        descriptionEn: 'A digital skills course.',
        marketValueCents: 45_000,
        valueUnit: 'fixed',
        aidBasis: 'de_minimis',
        partnerIds: [partner.json().id],
        published: true,
      },
    });
    expect(service.statusCode, service.body).toBe(201);
    const req = await t.request({
      method: 'POST',
      url: '/api/v1/requests',
      as: member,
      payload: { organisationId: orgId, serviceId: service.json().id, need: 'We need a course for our staff, please.' },
    });
    expect(req.statusCode, req.body).toBe(201);
    await t.request({
      method: 'POST',
      url: '/api/v1/admin/invitations',
      as: admin,
      payload: { email: 'new@example.test', role: 'staff' },
    });

    const items = await start(admin);
    expect(items.get('requestsToTriage')!.count).toBe(before + 1);
    expect(items.get('openInvitations')).toMatchObject({ count: 1, path: '/admin/users#invite-title' });
  });

  it("gives a partner expert their own requests, and nobody else's items", async () => {
    const expert = await t.createUser('expert');
    const other = await t.createUser('expert');
    // The request of the previous test, in progress with this expert (set directly: the workflow has its own tests).
    const [req] = await t.database.db.select().from(serviceRequests).limit(1);
    await t.database.db
      .update(serviceRequests)
      .set({ status: 'in_progress', expertId: expert.id })
      .where(eq(serviceRequests.id, req!.id));
    const res = await t.request({ method: 'GET', url: '/api/v1/start', as: expert });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      { key: 'assignedToMe', count: 0, path: '/requests?status=assigned', parts: [] },
      { key: 'inProgressMine', count: 1, path: '/requests?status=in_progress', parts: [] },
    ]);
    const theirs = await t.request({ method: 'GET', url: '/api/v1/start', as: other });
    expect(theirs.json().items.map((i: TItem) => i.count)).toEqual([0, 0]);
  });

  it('is for staff, admins and experts only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/start', as: member })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/start' })).statusCode).toBe(401);
  });
});
