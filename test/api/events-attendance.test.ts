import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { aidGrants, deMinimisDeclarations, serviceDeliveries } from '../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { checkInVia, insertEvent, LATE_CHECK_IN, insertOrganisation, insertRegistration } from '../support/factories';

let t: TestApp;
let staff: TestUser;
let member: TestUser;
const NOW = new Date('2026-05-14T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW });
  staff = await t.createUser('staff');
  member = await t.createUser('member');
});
afterAll(async () => t.close());

const record = (eventId: string, as: TestUser | null = staff) =>
  t.request({ method: 'POST', url: `/api/v1/events/${eventId}/record-attendance`, as });

describe('attendance → deliveries', () => {
  it('records one training delivery with its aid per organisation, reports refusals, and adds nothing the second time', async () => {
    const db = t.database.db;
    const declared = await insertOrganisation(t, 'Декларирала ООД', { member });
    const undeclared = await insertOrganisation(t, 'Без декларация ООД', { declared: false });
    const nearCeiling = await insertOrganisation(t, 'Близо до тавана АД');
    const absent = await insertOrganisation(t, 'Неявила се ЕООД');
    await db.insert(aidGrants).values({
      organisationId: nearCeiling,
      description: 'Earlier aid',
      amountCents: 299_900_00,
      grantDate: '2026-01-15',
      basis: 'de_minimis',
    });
    const event = await insertEvent(t, {
      valuePerParticipantCents: 200_00,
      pricePerParticipantCents: 50_00,
      tags: ['ai', 'cybersecurity'],
    });
    const [day1, day2] = event.sessionIds as [string, string];

    // Three people came on day 1 and two on day 2 on one registration, one more on another: 4 attendees.
    const big = await insertRegistration(t, event.id, { organisationId: declared, seats: 3 });
    const small = await insertRegistration(t, event.id, { organisationId: declared, seats: 1 });
    await checkInVia(t, staff, event.id, day1, big.code, 3);
    await checkInVia(t, staff, event.id, day2, big.code, 2);
    await checkInVia(t, staff, event.id, day2, small.code);
    const u = await insertRegistration(t, event.id, { organisationId: undeclared });
    await checkInVia(t, staff, event.id, day1, u.code);
    const c = await insertRegistration(t, event.id, { organisationId: nearCeiling });
    await checkInVia(t, staff, event.id, day1, c.code);
    await insertRegistration(t, event.id, { organisationId: absent });
    const person = await insertRegistration(t, event.id, { organisationId: null });
    await checkInVia(t, staff, event.id, day1, person.code);

    const res = await record(event.id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.recorded).toEqual([{ organisationId: declared, attendees: 4, aidCents: 600_00 }]);
    expect(body.refused).toHaveLength(2);
    const refusal = (id: string) => body.refused.find((r: { organisationId: string }) => r.organisationId === id);
    expect(refusal(undeclared).code).toBe('declaration_required');
    expect(refusal(nearCeiling).code).toBe('aid_ceiling_exceeded');
    expect(refusal(nearCeiling).message).toMatch(/remain|headroom|left/i);

    const deliveries = await db.select().from(serviceDeliveries).where(eq(serviceDeliveries.organisationId, declared));
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      requestId: null,
      serviceId: null,
      category: 'training_skills',
      technology: 'Artificial intelligence',
      startDate: '2026-05-12',
      endDate: '2026-05-13',
      attendees: 4,
      valueCents: 800_00,
      pricePaidCents: 200_00,
      aidBasis: 'de_minimis',
      aidCents: 600_00,
      nationalShareCents: 300_00,
      recordedBy: staff.id,
    });
    const grants = await db.select().from(aidGrants).where(eq(aidGrants.organisationId, declared));
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      amountCents: 600_00,
      grantDate: '2026-05-13',
      basis: 'de_minimis',
      requestId: null,
    });
    // Refused organisations got neither a delivery nor a grant.
    expect(
      await db
        .select()
        .from(serviceDeliveries)
        .where(inArray(serviceDeliveries.organisationId, [undeclared, nearCeiling, absent])),
    ).toEqual([]);
    expect(await db.select().from(aidGrants).where(eq(aidGrants.organisationId, undeclared))).toEqual([]);

    // Idempotent: the second call records nothing new (the refusals still stand).
    const again = (await record(event.id)).json();
    expect(again.recorded).toEqual([]);
    expect(again.refused.map((r: { code: string }) => r.code).sort()).toEqual([
      'aid_ceiling_exceeded',
      'declaration_required',
    ]);
    expect(
      await db.select().from(serviceDeliveries).where(eq(serviceDeliveries.organisationId, declared)),
    ).toHaveLength(1);
    expect(await db.select().from(aidGrants).where(eq(aidGrants.organisationId, declared))).toHaveLength(1);

    // Once the missing declaration is signed, that organisation alone is recorded.
    await db.insert(deMinimisDeclarations).values({
      organisationId: undeclared,
      items: [],
      totalCents: 0,
      statement: 'none',
      locale: 'bg',
      signerName: 'А',
    });
    const third = (await record(event.id)).json();
    expect(third.recorded).toEqual([{ organisationId: undeclared, attendees: 1, aidCents: 150_00 }]);
    expect(third.refused.map((r: { organisationId: string }) => r.organisationId)).toEqual([nearCeiling]);
  });

  it('records concurrent calls once', async () => {
    const org = await insertOrganisation(t, 'Паралелна ООД');
    const event = await insertEvent(t);
    const reg = await insertRegistration(t, event.id, { organisationId: org, seats: 2 });
    await checkInVia(t, staff, event.id, event.sessionIds[0]!, reg.code);
    const results = await Promise.all(Array.from({ length: 4 }, () => record(event.id)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(results.flatMap((r) => r.json().recorded)).toEqual([
      { organisationId: org, attendees: 2, aidCents: 400_00 },
    ]);
    expect(
      await t.database.db.select().from(serviceDeliveries).where(eq(serviceDeliveries.organisationId, org)),
    ).toHaveLength(1);
  });

  it('records GBER and no-aid trainings with their basis, never against the de minimis ceiling', async () => {
    const org = await insertOrganisation(t, 'Общинско предприятие', { declared: false });
    const event = await insertEvent(t, { aidBasis: 'none', noAidReason: 'Open public event' });
    const reg = await insertRegistration(t, event.id, { organisationId: org });
    await checkInVia(t, staff, event.id, event.sessionIds[1]!, reg.code);
    const body = (await record(event.id)).json();
    expect(body).toEqual({ recorded: [{ organisationId: org, attendees: 1, aidCents: 0 }], refused: [] });
    const [delivery] = await t.database.db
      .select()
      .from(serviceDeliveries)
      .where(eq(serviceDeliveries.organisationId, org));
    expect(delivery).toMatchObject({
      aidBasis: 'none',
      noAidReason: 'Open public event',
      aidCents: 0,
      valueCents: 200_00,
      technology: 'Cybersecurity',
    });
  });

  it('is refused before the last session has ended, even when the first is over', async () => {
    const org = await insertOrganisation(t, 'Ранна ООД');
    const event = await insertEvent(t, {}, [
      { startsAt: '2026-05-13T06:00:00Z', endsAt: '2026-05-13T14:00:00Z' },
      { startsAt: '2026-05-14T09:00:00Z', endsAt: '2026-05-14T13:00:00Z' },
    ]);
    const reg = await insertRegistration(t, event.id, { organisationId: org });
    await checkInVia(t, staff, event.id, event.sessionIds[0]!, reg.code);
    const res = await record(event.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'event_not_over',
      details: { lastEndsAt: '2026-05-14T13:00:00.000Z' },
    });
    expect(res.json().error.message).toMatch(/last session/);
    expect(
      await t.database.db.select().from(serviceDeliveries).where(eq(serviceDeliveries.organisationId, org)),
    ).toEqual([]);
  });

  it('records forums, hackathons and matchmaking as ecosystem and networking, and refuses a general meeting', async () => {
    const org = await insertOrganisation(t, 'Мрежова ООД');
    const hackathon = await insertEvent(t, { type: 'hackathon' });
    const reg = await insertRegistration(t, hackathon.id, { organisationId: org });
    await checkInVia(t, staff, hackathon.id, hackathon.sessionIds[0]!, reg.code);
    expect((await record(hackathon.id)).json().recorded).toEqual([
      { organisationId: org, attendees: 1, aidCents: 200_00 },
    ]);
    const [delivery] = await t.database.db
      .select()
      .from(serviceDeliveries)
      .where(eq(serviceDeliveries.eventId, hackathon.id));
    expect(delivery).toMatchObject({ organisationId: org, category: 'ecosystem_networking', attendees: 1 });

    const meeting = await insertEvent(t, { type: 'general_meeting', visibility: 'internal' });
    const m = await insertRegistration(t, meeting.id, { organisationId: org });
    await checkInVia(t, staff, meeting.id, meeting.sessionIds[0]!, m.code);
    const refused = await record(meeting.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('not_a_service');
    expect(
      await t.database.db.select().from(serviceDeliveries).where(eq(serviceDeliveries.eventId, meeting.id)),
    ).toEqual([]);
  });

  it('counts the distinct people of a party who came over the sessions', async () => {
    const org = await insertOrganisation(t, 'Сменна ООД');
    const event = await insertEvent(t);
    const [day1, day2] = event.sessionIds as [string, string];
    const party = await insertRegistration(t, event.id, {
      organisationId: org,
      seats: 3,
      attendeeNames: ['Анна', 'Борис', 'Вера'],
    });
    for (const [session, attendees] of [
      [day1, ['Анна']],
      [day2, ['Борис', 'Вера']],
    ] as const) {
      const r = await t.request({
        method: 'POST',
        url: `/api/v1/events/${event.id}/sessions/${session}/check-ins`,
        as: staff,
        payload: { code: party.code, attendees, ...LATE_CHECK_IN },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    expect((await record(event.id)).json().recorded).toEqual([{ organisationId: org, attendees: 3, aidCents: 600_00 }]);
  });

  it('is for hub staff only, and 404 for an unknown event', async () => {
    const event = await insertEvent(t);
    expect((await record(event.id, null)).statusCode).toBe(401);
    expect((await record(event.id, member)).statusCode).toBe(403);
    expect((await record('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
