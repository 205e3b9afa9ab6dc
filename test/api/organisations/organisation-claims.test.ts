import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { auditLog, organisationClaims, organisations, publicRegisterEntries } from '../../../src/platform/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../../support/test-app';

// Issue 10 item 2 (EIK claims): registering under an EIK of the public register only claims the organisation.
let t: TestApp;
let customer: TestUser;
let rival: TestUser;
let staff: TestUser;

const IN_REGISTER = '121604974';
const ALSO_IN_REGISTER = '831642181';
const NOT_IN_REGISTER = '201355508';
const register = (as: TestUser, eik: string, legalNameBg = 'Истинска Фирма АД') =>
  t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as,
    payload: { legalNameBg, type: 'sme', eik, oblast: 'BG344' },
  });
const claims = (as: TestUser, query = '') =>
  t.request({ method: 'GET', url: `/api/v1/organisation-claims${query}`, as });
const auditFor = async (entityId: string) =>
  (await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entityId))).map(
    (r) => r.action,
  );

beforeAll(async () => {
  t = await createTestApp();
  [customer, rival, staff] = await Promise.all([t.createUser('member'), t.createUser('member'), t.createUser('staff')]);
  await t.database.db.insert(publicRegisterEntries).values([
    { eik: IN_REGISTER, nameBg: 'Истинска Фирма АД' },
    { eik: ALSO_IN_REGISTER, nameBg: 'Втора Истинска ЕООД' },
  ]);
});
afterAll(async () => t.close());

describe('claiming an EIK of the public register', () => {
  // Each case starts with none of these EIKs registered or claimed; those that need one make a fresh pending claim.
  beforeEach(async () => {
    await t.database.db.delete(organisationClaims);
    await t.database.db
      .delete(organisations)
      .where(inArray(organisations.eik, [IN_REGISTER, ALSO_IN_REGISTER, NOT_IN_REGISTER]));
  });
  const pendingClaim = async (): Promise<{ claimId: string; orgId: string }> => {
    const claim = (await register(customer, IN_REGISTER)).json().claim;
    return { claimId: claim.id, orgId: claim.organisationId };
  };

  it('a customer’s registration becomes a pending claim: no membership, no access yet', async () => {
    const res = await register(customer, IN_REGISTER);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().claim).toMatchObject({ eik: IN_REGISTER, legalNameBg: 'Истинска Фирма АД', status: 'pending' });
    const claimId = res.json().claim.id;
    const orgId = res.json().claim.organisationId;
    expect((await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}`, as: customer })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations', as: customer })).json().total).toBe(0);
    const mine = (await claims(customer)).json();
    expect(mine.items).toEqual([expect.objectContaining({ id: claimId, status: 'pending' })]);
    expect(await auditFor(orgId)).toContain('organisation.claim');
  });

  it('the reference EIK check says whether an EIK is in the public register', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/reference/eik/${ALSO_IN_REGISTER}` });
    expect(res.json()).toMatchObject({ valid: true, normalised: ALSO_IN_REGISTER, inPublicRegister: true });
    const other = await t.request({ method: 'GET', url: `/api/v1/reference/eik/${NOT_IN_REGISTER}` });
    expect(other.json()).toMatchObject({ valid: true, inPublicRegister: false });
  });

  it('staff see the pending claims; customers see only their own; only staff decide', async () => {
    const { claimId } = await pendingClaim();
    const list = (await claims(staff, '?status=pending')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: claimId, claimantEmail: customer.email })]);
    expect((await claims(rival)).json().items).toEqual([]);
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/organisation-claims/${claimId}/confirm`,
      as: customer,
      payload: {},
    });
    expect(refused.statusCode).toBe(403);
  });

  it('once staff confirm, the claimant owns the organisation', async () => {
    const { claimId, orgId } = await pendingClaim();
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/organisation-claims/${claimId}/confirm`,
      as: staff,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: claimId, status: 'confirmed' });
    const page = await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}`, as: customer });
    expect(page.statusCode).toBe(200);
    expect(page.json().members).toEqual([expect.objectContaining({ userId: customer.id, role: 'owner' })]);
    expect(await auditFor(orgId)).toContain('organisation.claim_confirm');
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/organisation-claims/${claimId}/confirm`,
      as: staff,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('a rejected claim frees the EIK again; staff and EIKs outside the register register at once', async () => {
    const claim = (await register(rival, ALSO_IN_REGISTER, 'Втора Истинска ЕООД')).json().claim;
    const rejected = await t.request({
      method: 'POST',
      url: `/api/v1/organisation-claims/${claim.id}/reject`,
      as: staff,
      payload: { reason: 'Не е представител на фирмата' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      reason: 'Не е представител на фирмата',
      organisationId: null,
    });
    expect(await t.database.db.select().from(organisations).where(eq(organisations.id, claim.organisationId))).toEqual(
      [],
    );
    expect(await auditFor(claim.organisationId)).toContain('organisation.claim_reject');

    const byStaff = await register(staff, ALSO_IN_REGISTER, 'Втора Истинска ЕООД');
    expect(byStaff.statusCode, byStaff.body).toBe(201);
    const direct = await register(rival, NOT_IN_REGISTER, 'Извън регистъра ООД');
    expect(direct.statusCode, direct.body).toBe(201);
    expect(direct.json().members).toEqual([expect.objectContaining({ userId: rival.id, role: 'owner' })]);
  });
});
