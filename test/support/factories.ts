/**
 * Test factories: each builds one valid record with unique defaults, any field overridable, so a test states only
 * what it is about. `build*` go through the API (the record is made as the product would make it, by the given
 * actor); `insert*` write rows directly, for suites that test a later step without walking through the earlier ones.
 */
import { randomBytes } from 'node:crypto';
import {
  deMinimisDeclarations,
  eventRegistrations,
  eventSessions,
  events,
  organisationMembers,
  organisations,
} from '../../src/platform/db/schema';
import type { TestApp, TestUser } from './test-app';

type TEventInsert = typeof events.$inferInsert;
type TRegistrationInsert = typeof eventRegistrations.$inferInsert;

let counter = 0;
/** A number no other factory call in this process has used (unique names, registration numbers, slugs). */
export const nextId = () => ++counter;
const token = () => randomBytes(12).toString('hex');

export async function insertOrganisation(
  t: TestApp,
  name: string,
  opts: { member?: TestUser; declared?: boolean } = {},
): Promise<string> {
  const db = t.database.db;
  const [org] = await db
    .insert(organisations)
    .values({ legalNameBg: name, type: 'sme', country: 'AT', foreignRegistrationNo: `FN ${Date.now()}-${++counter}` })
    .returning({ id: organisations.id });
  if (opts.member)
    await db.insert(organisationMembers).values({ organisationId: org.id, userId: opts.member.id, role: 'owner' });
  if (opts.declared ?? true) {
    await db.insert(deMinimisDeclarations).values({
      organisationId: org.id,
      items: [],
      totalCents: 0,
      statement: 'none',
      locale: 'bg',
      signerName: 'Подписал',
      signedAt: new Date('2025-01-01T10:00:00Z'),
    });
  }
  return org.id;
}

/** A published public event with the given sessions (default: two days in May 2026, 9:00–17:00 Sofia). */
export async function insertEvent(
  t: TestApp,
  overrides: Partial<TEventInsert> = {},
  sessions: { startsAt: string; endsAt: string; titleBg?: string; titleEn?: string; location?: string }[] = [
    { startsAt: '2026-05-12T06:00:00Z', endsAt: '2026-05-12T14:00:00Z' },
    { startsAt: '2026-05-13T06:00:00Z', endsAt: '2026-05-13T14:00:00Z' },
  ],
): Promise<{ id: string; slug: string; sessionIds: string[] }> {
  const n = ++counter;
  const db = t.database.db;
  const [event] = await db
    .insert(events)
    .values({
      slug: `event-${n}-${token().slice(0, 6)}`,
      type: 'training',
      titleBg: `Киберсигурност за малки фирми ${n}`,
      titleEn: `Cybersecurity for small firms ${n}`,
      descriptionBg: 'Двудневен курс, запитвания: обучения; практика.',
      descriptionEn: 'A two-day course.',
      tags: ['cybersecurity'],
      venue: 'Стара Загора, Тракийски университет',
      capacity: 30,
      valuePerParticipantCents: 200_00,
      published: true,
      ...overrides,
    })
    .returning({ id: events.id, slug: events.slug });
  const rows = await db
    .insert(eventSessions)
    .values(
      sessions.map((s) => ({ eventId: event.id, ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
    )
    .returning({ id: eventSessions.id, startsAt: eventSessions.startsAt });
  rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { id: event.id, slug: event.slug, sessionIds: rows.map((r) => r.id) };
}

export async function insertRegistration(
  t: TestApp,
  eventId: string,
  overrides: Partial<TRegistrationInsert> = {},
): Promise<{ id: string; code: string; token: string }> {
  const n = ++counter;
  const values = {
    eventId,
    contactName: `Участник ${n}`,
    contactEmail: `participant-${n}@example.test`,
    seats: 1,
    status: 'confirmed',
    code: `CODE-${n}-${token().slice(0, 8).toUpperCase()}`,
    token: token(),
    ...overrides,
  };
  const [row] = await t.database.db.insert(eventRegistrations).values(values).returning({ id: eventRegistrations.id });
  return { id: row.id, code: values.code, token: values.token };
}

/**
 * The reason staff give for a check-in after the session's day (typed in from the paper sign-in sheet): the
 * attendance and certificate suites check in once the event is over, which the door refuses without one.
 */
export const LATE_CHECK_IN = { overrideReason: 'Typed in from the paper sign-in sheet' };

/** Checks a registration in through the API (201 expected), with the late check-in reason (ignored on the session's day). */
export async function checkInVia(
  t: TestApp,
  as: TestUser,
  eventId: string,
  sessionId: string,
  code: string,
  people?: number,
) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/events/${eventId}/sessions/${sessionId}/check-ins`,
    as,
    payload: people === undefined ? { code, ...LATE_CHECK_IN } : { code, people, ...LATE_CHECK_IN },
  });
  if (res.statusCode !== 201) throw new Error(`check-in failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

type TPayload = Record<string, unknown>;

async function created<T extends { id: string }>(t: TestApp, as: TestUser, url: string, payload: TPayload): Promise<T> {
  const res = await t.request({ method: 'POST', url, as, payload });
  if (res.statusCode !== 201) throw new Error(`POST ${url} answered ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/** A foreign (non-Bulgarian) SME registered by `as`, who becomes its owner; override any field of the payload. */
export async function buildOrganisation(t: TestApp, as: TestUser, overrides: TPayload = {}): Promise<string> {
  const n = nextId();
  const payload = {
    legalNameBg: `Фирма ${n} ООД`,
    type: 'sme',
    country: 'AT',
    foreignRegistrationNo: `FN F${n}`,
    ...overrides,
  };
  return (await created(t, as, '/api/v1/organisations', payload)).id;
}

/** A published catalogue service (de minimis, EUR 450), created by staff. */
export async function buildService(
  t: TestApp,
  staff: TestUser,
  overrides: TPayload = {},
): Promise<{ id: string; slug: string }> {
  const n = nextId();
  return created(t, staff, '/api/v1/services', {
    family: 'skills_training',
    titleBg: `Обучение ${n}`,
    titleEn: `Training ${n}`,
    descriptionBg: 'Курс по цифрови умения за служители.',
    descriptionEn: 'A digital skills course for staff.',
    marketValueCents: 45_000,
    valueUnit: 'fixed',
    aidBasis: 'de_minimis',
    published: true,
    ...overrides,
  });
}

/** A submitted service request of `organisationId` for `serviceId`, by `as` (a member of the organisation). */
export async function buildRequest(
  t: TestApp,
  as: TestUser,
  ids: { organisationId: string; serviceId: string },
  overrides: TPayload = {},
): Promise<{ id: string; ref: number; status: string }> {
  return created(t, as, '/api/v1/requests', {
    ...ids,
    need: 'We need a cybersecurity course for our staff.',
    ...overrides,
  });
}

/** A published training with one four-hour session `startsInHours` from the clock's now (default 240 h), by staff. */
export async function buildEvent(
  t: TestApp,
  staff: TestUser,
  overrides: TPayload = {},
  opts: { now?: Date; startsInHours?: number } = {},
): Promise<{ id: string; slug: string }> {
  const n = nextId();
  const at = (h: number) => new Date((opts.now ?? new Date()).getTime() + h * 3_600_000).toISOString();
  const start = opts.startsInHours ?? 240;
  return created(t, staff, '/api/v1/events', {
    type: 'training',
    titleBg: `Киберсигурност за МСП ${n}`,
    titleEn: `Cybersecurity for SMEs ${n}`,
    descriptionBg: 'Описание',
    descriptionEn: 'Description',
    capacity: 20,
    published: true,
    sessions: [{ startsAt: at(start), endsAt: at(start + 4) }],
    ...overrides,
  });
}

/** Marks organisations as consortium partners, as an admin does (PUT /organisations/:id/partner). */
export async function markPartners(t: TestApp, admin: TestUser, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/organisations/${id}/partner`,
      as: admin,
      payload: { isPartner: true },
    });
    if (res.statusCode !== 200) throw new Error(`marking ${id} a partner: ${res.statusCode} ${res.body}`);
  }
}
