import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, eventCertificates, eventCheckIns, organisations, resources } from '../../../src/platform/db/schema';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';
import { insertEvent, insertOrganisation, insertRegistration } from '../../support/factories';

// Issue 10 item 16: the journey shows every interaction the hub had with the organisation, not only services.
let t: TestApp;
let owner: TestUser;
let orgId: string;
let otherOrgId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.createUser('member');
  orgId = await insertOrganisation(t, 'Пътешественик ООД', { member: owner });
  otherOrgId = await insertOrganisation(t, 'Съсед ООД');
  await t.database.db
    .update(organisations)
    .set({ createdAt: new Date('2026-01-05T08:00:00Z') })
    .where(eq(organisations.id, orgId));
  const sessions = [
    { startsAt: '2026-02-10T07:00:00Z', endsAt: '2026-02-10T15:00:00Z', titleBg: 'Първи ден', titleEn: 'Day one' },
    { startsAt: '2026-02-11T07:00:00Z', endsAt: '2026-02-11T15:00:00Z' },
  ];
  const event = await insertEvent(
    t,
    { titleBg: 'Киберсигурност на практика', titleEn: 'Cybersecurity in practice' },
    sessions,
  );
  const registration = await insertRegistration(t, event.id, {
    organisationId: orgId,
    userId: owner.id,
    seats: 2,
    createdAt: new Date('2026-01-20T09:00:00Z'),
  });
  await insertRegistration(t, event.id, { organisationId: otherOrgId, createdAt: new Date('2026-01-21T09:00:00Z') });
  await t.database.db.insert(eventCheckIns).values({
    registrationId: registration.id,
    sessionId: event.sessionIds[0]!,
    people: 2,
    checkedInAt: new Date('2026-02-10T07:05:00Z'),
  });
  await t.database.db.insert(eventCertificates).values({
    registrationId: registration.id,
    participantName: 'Мария Петрова',
    code: 'JRNY-0000-0000-0000-0001',
    sessionsAttended: 1,
    issuedAt: new Date('2026-02-12T10:00:00Z'),
  });
  const [resource] = await t.database.db
    .insert(resources)
    .values({
      slug: 'journey-lab',
      kind: 'cyber_range',
      titleBg: 'Лаборатория за роботика',
      titleEn: 'Robotics lab',
      descriptionBg: 'Лаборатория',
      descriptionEn: 'Lab',
    })
    .returning({ id: resources.id });
  const booking = (organisationId: string, startsAt: string, endsAt: string, status: string) => ({
    resourceId: resource.id,
    organisationId,
    userId: owner.id,
    period: `[${startsAt},${endsAt})`,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    exclusive: true,
    status,
    createdAt: new Date('2026-01-25T12:00:00Z'),
  });
  await t.database.db
    .insert(bookings)
    .values([
      booking(orgId, '2026-03-02T08:00:00Z', '2026-03-02T12:00:00Z', 'confirmed'),
      booking(otherOrgId, '2026-03-03T08:00:00Z', '2026-03-03T12:00:00Z', 'confirmed'),
    ]);
});
afterAll(async () => t.close());

describe('GET /organisations/:id/journey', () => {
  it('lists event registrations, check-ins, certificates and facility bookings in time order, only its own', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/journey`, as: owner });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { kind: string; at: string }[];
    expect(items.map((i) => i.kind)).toEqual([
      'registered',
      'event_registration',
      'check_in',
      'certificate',
      'booking',
    ]);
    const [, registration, checkIn, certificate, booking] = items;
    expect(registration).toMatchObject({
      at: '2026-01-20T09:00:00.000Z',
      eventTitleBg: 'Киберсигурност на практика',
      eventTitleEn: 'Cybersecurity in practice',
      status: 'confirmed',
      seats: 2,
    });
    expect(registration).toHaveProperty('eventSlug');
    expect(checkIn).toMatchObject({
      at: '2026-02-10T07:05:00.000Z',
      eventTitleEn: 'Cybersecurity in practice',
      sessionTitleBg: 'Първи ден',
      sessionTitleEn: 'Day one',
      people: 2,
    });
    expect(certificate).toMatchObject({
      at: '2026-02-12T10:00:00.000Z',
      participantName: 'Мария Петрова',
      sessionsAttended: 1,
    });
    // A booking is dated by its start: when the organisation used the facility.
    expect(booking).toMatchObject({
      at: '2026-03-02T08:00:00.000Z',
      resourceSlug: 'journey-lab',
      resourceTitleBg: 'Лаборатория за роботика',
      resourceTitleEn: 'Robotics lab',
      startsAt: '2026-03-02T08:00:00.000Z',
      endsAt: '2026-03-02T12:00:00.000Z',
      status: 'confirmed',
    });
  });
});
