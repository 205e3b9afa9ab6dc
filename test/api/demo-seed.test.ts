import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client';
import { organisations, servicePartners, services } from '../../src/platform/db/schema';
import { seedDemoData } from '../../src/platform/db/seed/demo';
import { createAuth } from '../../src/platform/auth/auth';
import { composeMail } from '../../src/platform/mail/compose';
import { listServiceExperts } from '../../src/modules/requests/queries/list-experts';
import { cloneTestDatabase } from '../support/test-db';

/** The demo hub must be usable end to end: every service it offers can be assigned to someone who delivers it. */
let database: Database;
beforeAll(async () => {
  database = await cloneTestDatabase();
  const auth = createAuth({
    db: database.db,
    secret: 'seed-secret-seed-secret-seed-secret-0123',
    publicUrl: 'http://edihub.test',
    compose: composeMail,
  });
  expect(await seedDemoData(database.db, auth)).toBe(true);
}, 120_000);
afterAll(async () => database.close());

describe('the demo seed', () => {
  it('gives every partner that delivers a service an expert, so every service can be accepted and assigned', async () => {
    const db = database.db;
    const delivering = await db
      .selectDistinct({
        serviceId: servicePartners.serviceId,
        partnerId: organisations.id,
        partner: organisations.legalNameEn,
      })
      .from(servicePartners)
      .innerJoin(organisations, eq(organisations.id, servicePartners.organisationId))
      .innerJoin(services, eq(services.id, servicePartners.serviceId));
    expect(delivering.length).toBeGreaterThan(0);
    const withoutExpert: string[] = [];
    for (const row of delivering) {
      const experts = await listServiceExperts(db, row.serviceId);
      if (!experts.some((e) => e.partner.id === row.partnerId)) withoutExpert.push(row.partner ?? row.partnerId);
    }
    expect([...new Set(withoutExpert)]).toEqual([]);
  });
});
