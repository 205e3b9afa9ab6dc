import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import {
  aidGrants,
  deMinimisDeclarations,
  hubSettings,
  organisations,
  ownershipLinks,
} from '../../src/platform/db/schema';
import { AppError } from '../../src/platform/errors';
import { grantAidOnAcceptance } from '../../src/modules/aid/commands/grant-aid';
import { createTestApp, type TestApp } from '../support/test-app';

// Three organisations of one single undertaking (a parent controlling two subsidiaries) and an unrelated one.
let t: TestApp;
let group: string[];
let outsider: string;

const GRANT = 1_000_00;
const DECLARED = 300_00;
const ALLOWED = 17;
// Room for exactly ALLOWED grants after the declared aid, and not quite one more.
const CEILING = DECLARED + ALLOWED * GRANT + GRANT - 1;
const CALLS = 50;
const TODAY = '2026-03-10';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const orgs = await db
    .insert(organisations)
    .values(
      ['Група АД', 'Дъщерна 1 ЕООД', 'Дъщерна 2 ЕООД', 'Друга ООД'].map((legalNameBg) => ({
        legalNameBg,
        type: 'sme',
      })),
    )
    .returning({ id: organisations.id });
  const [parent, sub1, sub2, other] = orgs.map((o) => o.id);
  group = [parent, sub1, sub2];
  outsider = other;
  await db.insert(ownershipLinks).values([
    { ownerId: parent, ownedId: sub1, capitalShare: 100, votingShare: 100 },
    { ownerId: parent, ownedId: sub2, capitalShare: 40, votingShare: 40, boardControl: true },
  ]);
  await db.insert(deMinimisDeclarations).values([
    ...group.map((organisationId) => ({
      organisationId,
      items:
        organisationId === sub1
          ? [{ grantor: 'Община', amountCents: DECLARED, grantDate: '2025-01-15', regulation: '2023/2831' }]
          : [],
      totalCents: organisationId === sub1 ? DECLARED : 0,
      statement: 'test',
      locale: 'bg',
      signerName: 'Тест Тестов',
    })),
    { organisationId: outsider, items: [], totalCents: 0, statement: 'test', locale: 'bg', signerName: 'Тест Тестов' },
  ]);
  await db.insert(hubSettings).values({ id: 1, nameBg: 'Хъб', nameEn: 'Hub', deMinimisCeilingCents: CEILING });
});
afterAll(async () => t.close());

const grantIn = (organisationId: string, n: number) =>
  t.database.db.transaction((tx) =>
    grantAidOnAcceptance(tx, {
      organisationId,
      requestId: null,
      serviceId: null,
      description: `Concurrent grant ${n}`,
      amountCents: GRANT,
      grantDate: TODAY,
      basis: 'de_minimis',
      gberArticle: null,
      noAidReason: null,
      actor: null,
    }),
  );

describe('grantAidOnAcceptance under concurrency', () => {
  it(`lets exactly ${ALLOWED} of ${CALLS} simultaneous grants to one single undertaking through`, async () => {
    const results = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, n) => grantIn(group[n % group.length], n)),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(ALLOWED);
    // Every refusal is the ceiling, with the headroom left: no deadlock, no serialisation failure.
    for (const r of refused) {
      const reason = (r as PromiseRejectedResult).reason as AppError;
      expect(reason).toBeInstanceOf(AppError);
      expect(reason.code).toBe('aid_ceiling_exceeded');
      expect(reason.details).toMatchObject({ ceilingCents: CEILING, amountCents: GRANT, remainingCents: GRANT - 1 });
    }

    const rows = await t.database.db.select().from(aidGrants).where(inArray(aidGrants.organisationId, group));
    expect(rows).toHaveLength(ALLOWED);
    const total = rows.reduce((sum, r) => sum + Number(r.amountCents), 0) + DECLARED;
    expect(total).toBeLessThanOrEqual(CEILING);
    expect(CEILING - total).toBe(GRANT - 1);
  });

  it('does not hold back an organisation outside the group', async () => {
    await expect(grantIn(outsider, 99)).resolves.toMatchObject({ grantId: expect.any(String) });
    const rows = await t.database.db.select().from(aidGrants).where(eq(aidGrants.organisationId, outsider));
    expect(rows).toHaveLength(1);
  });
});
