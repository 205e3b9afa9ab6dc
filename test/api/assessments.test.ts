import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { assessments } from '../../src/platform/db/schema';
import { demoEik } from '../../src/platform/db/seed/demo-eik';
import { PSO_2023, SME_2023 } from '../../src/domain/dma/questionnaires';
import { emptyAnswers, maximalAnswers, randomAnswers, workedExampleSme } from '../../src/domain/dma/samples';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let member: TestUser;
let stranger: TestUser;
let orgId: string;

let eikStem = 41000000;
async function registerOrg(as: TestUser, over: Record<string, unknown> = {}): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/organisations',
    as,
    payload: {
      legalNameBg: `Дигитал ${eikStem} ООД`,
      type: 'sme',
      eik: demoEik(eikStem++),
      oblast: 'BG344',
      sector: 'other_manufacturing',
      ...over,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const start = (as: TestUser, org: string, answers?: Record<string, unknown>) =>
  t.request({
    method: 'POST',
    url: `/api/v1/organisations/${org}/assessments`,
    as,
    payload: answers ? { answers } : {},
  });
const save = (as: TestUser, id: string, answers: Record<string, unknown>) =>
  t.request({ method: 'PATCH', url: `/api/v1/assessments/${id}`, as, payload: { answers } });
const submit = (as: TestUser, id: string, stage?: string) =>
  t.request({ method: 'POST', url: `/api/v1/assessments/${id}/submit`, as, payload: stage ? { stage } : {} });

/** Starts a draft with complete answers and submits it; returns the submitted assessment. */
async function record(as: TestUser, org: string, answers: Record<string, unknown>, stage?: string) {
  const created = await start(as, org, answers);
  expect(created.statusCode, created.body).toBe(201);
  const res = await submit(as, created.json().id, stage);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.createUser('staff');
  admin = await t.createUser('admin');
  member = await t.createUser('member');
  stranger = await t.createUser('member');
  orgId = await registerOrg(member, {
    legalNameBg: 'Про Дрон Систем ООД',
    website: 'https://pds.example',
    foundationYear: 2012,
  });
  await t.request({
    method: 'PUT',
    url: `/api/v1/organisations/${orgId}/figures/2025`,
    as: member,
    payload: { staff: 12, turnover: 1e6, balanceSheet: 5e5 },
  });
});
afterAll(async () => t.close());

describe('POST /api/v1/dma/score (public)', () => {
  it('scores the worked example of dma.md at full precision, storing nothing', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/score',
      payload: { questionnaire: 'sme', answers: workedExampleSme() },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ questionnaire: 'sme', profile: 'jrc-2023', overall: { band: 'average' } });
    expect(body.overall.score).toBeCloseTo(41.7619, 3);
    expect(body.dimensions.map((d: { id: string }) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(body.dimensions[3]).toMatchObject({ id: 'D4', name: 'Data Governance', band: 'moderately_advanced' });
    expect(body.dimensions[1].score).toBeCloseTo(38.5714, 3);
    const list = await t.request({ method: 'GET', url: '/api/v1/assessments', as: staff });
    expect(list.json().total).toBe(0);
  });

  it('scores a complete PSO answer set: all maximal = 100 everywhere', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/score',
      payload: { questionnaire: 'pso', answers: maximalAnswers(PSO_2023) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().overall).toEqual({ score: 100, band: 'advanced' });
    expect(res.json().dimensions[4]).toMatchObject({ name: 'Interoperability', score: 100 });
  });

  it.each([
    ['an unknown question', { Q12: [1] }, 'Q12', 'unknown_question'],
    ['an option out of range', { Q2: [11] }, 'Q2', 'option_out_of_range'],
    ['a duplicate option', { Q3: [1, 1] }, 'Q3', 'duplicate_option'],
    ['a wrong row count', { Q4: [0, 1, 2] }, 'Q4', 'wrong_row_count'],
    ['a level outside 0–5', { Q9: [0, 0, 6, 0, 0] }, 'Q9', 'level_out_of_range'],
    ['Q7 option 2 with another option', { Q7: [2, 3] }, 'Q7', 'exclusive_option'],
  ])('answers 400 naming the question for %s', async (_label, change, question, code) => {
    const answers = { ...maximalAnswers(SME_2023), ...change };
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/score',
      payload: { questionnaire: 'sme', answers },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.fields).toContainEqual(expect.objectContaining({ field: question, code }));
  });

  it('answers 400 listing each unanswered question of an incomplete set', async () => {
    const { Q5: _q5, Q10: _q10, ...rest } = maximalAnswers(SME_2023);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/score',
      payload: { questionnaire: 'sme', answers: rest },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['Q5', 'Q10']);
  });

  it('is rate-limited per client address', async () => {
    const payload = { questionnaire: 'sme', answers: emptyAnswers(SME_2023) };
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/dma/score', payload, remoteAddress: '10.99.0.1' });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 30).every((c) => c === 200)).toBe(true);
    expect(codes[30]).toBe(429);
    const other = await t.app.inject({ method: 'POST', url: '/api/v1/dma/score', payload, remoteAddress: '10.99.0.2' });
    expect(other.statusCode).toBe(200);
  });
});

describe('a member fills the assessment of their organisation', () => {
  let draftId: string;

  it('starts a draft of the SME questionnaire, saves it section by section and resumes it', async () => {
    const created = await start(member, orgId);
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      stage: null,
      questionnaire: 'sme',
      questionnaireVersion: 'sme-2023',
      profile: 'jrc-2023',
    });
    expect(draft).toMatchObject({
      staffAssisted: false,
      progress: { answered: 0, total: 11 },
      abilities: { edit: true, correct: false },
    });
    draftId = draft.id;
    const full = workedExampleSme();
    expect((await save(member, draftId, { Q1: full.Q1, Q2: full.Q2 })).statusCode).toBe(200);
    const second = await save(member, draftId, { Q3: full.Q3, Q4: full.Q4 });
    expect(second.json().progress).toEqual({ answered: 4, total: 11 });
    // Another device: the same answers come back.
    const resumed = await t.request({ method: 'GET', url: `/api/v1/assessments/${draftId}`, as: member });
    expect(resumed.json().answers).toEqual({ Q1: full.Q1, Q2: full.Q2, Q3: full.Q3, Q4: full.Q4 });
    const removed = await save(member, draftId, { Q4: null });
    expect(Object.keys(removed.json().answers)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('refuses an invalid section answer without saving anything', async () => {
    const res = await save(member, draftId, { Q5: [1], Q7: [2, 4] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ field: 'Q7', code: 'exclusive_option' });
    const after = await t.request({ method: 'GET', url: `/api/v1/assessments/${draftId}`, as: member });
    expect(after.json().answers.Q5).toBeUndefined();
  });

  it('keeps one draft per organisation: a second start answers 409 with the open draft', async () => {
    const res = await start(member, orgId);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.draftId).toBe(draftId);
  });

  it('refuses to submit an incomplete draft, naming every missing question', async () => {
    const res = await submit(member, draftId);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'Q8',
      'Q9',
      'Q10',
      'Q11',
    ]);
  });

  it('does not let a member choose the stage', async () => {
    await save(member, draftId, workedExampleSme());
    const res = await submit(member, draftId, 'T2');
    expect(res.statusCode).toBe(403);
  });

  it('submits as T0 with the date, versions, result and a Module 1 snapshot from the registry', async () => {
    const res = await submit(member, draftId);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      status: 'submitted',
      stage: 'T0',
      staffAssisted: false,
      questionnaireVersion: 'sme-2023',
      profile: 'jrc-2023',
    });
    expect(a.submittedAt).toEqual(expect.any(String));
    expect(a.result.overall.score).toBeCloseTo(41.7619, 3);
    expect(a.module1).toMatchObject({
      name: 'Про Дрон Систем ООД',
      website: 'https://pds.example',
      foundationYear: 2012,
      staff: 12,
    });
    expect(a.module1).toMatchObject({ staffBand: 'small', nuts2: 'BG34', sector: 'other_manufacturing' });
    expect(a.abilities).toMatchObject({ edit: false, submit: false, report: true, correct: false });
    expect((await save(member, draftId, { Q1: { plan: [], done: [] } })).statusCode).toBe(409);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/assessments/${draftId}`, as: member })).statusCode).toBe(
      409,
    );
  });

  it("keeps the organisation's assessments from other members and anonymous visitors", async () => {
    expect((await t.request({ method: 'GET', url: `/api/v1/assessments/${draftId}`, as: stranger })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'GET', url: `/api/v1/assessments/${draftId}` })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/assessments/results`, as: stranger }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/assessments/${draftId}/report.pdf`, as: stranger })).statusCode,
    ).toBe(403);
    expect((await start(stranger, orgId)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/assessments', as: member })).statusCode).toBe(403);
  });
});

describe('a member of another organisation', () => {
  it("cannot list, read, start, save, submit, discard or download organisation A's assessments", async () => {
    // B's owner is a customer member like A's, only of another organisation.
    const other = await t.createUser('member');
    const orgB = await registerOrg(other, { legalNameBg: 'Друга Фирма ООД' });
    const orgA = await registerOrg(member, { legalNameBg: 'Фирма А ООД' });
    const submitted = await record(member, orgA, workedExampleSme());
    const draft = (await start(member, orgA, { Q1: workedExampleSme().Q1 })).json();
    // B's owner does act on B: the refusals below are about A, not about the user.
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${orgB}/assessments`, as: other })).statusCode,
    ).toBe(200);

    const refused = [
      await t.request({ method: 'GET', url: `/api/v1/organisations/${orgA}/assessments`, as: other }),
      await t.request({ method: 'GET', url: `/api/v1/organisations/${orgA}/assessments/results`, as: other }),
      await t.request({ method: 'GET', url: `/api/v1/assessments/${submitted.id}`, as: other }),
      await t.request({ method: 'GET', url: `/api/v1/assessments/${draft.id}`, as: other }),
      await start(other, orgA),
      await save(other, draft.id, { Q2: [1] }),
      await submit(other, draft.id),
      await t.request({ method: 'DELETE', url: `/api/v1/assessments/${draft.id}`, as: other }),
      await t.request({ method: 'GET', url: `/api/v1/assessments/${submitted.id}/report.pdf?lang=bg`, as: other }),
      await t.request({ method: 'GET', url: '/api/v1/assessments', as: other }),
    ];
    // The policy answers 403 to a signed-in user outside the organisation (404 only for what does not exist).
    expect(refused.map((r) => r.statusCode)).toEqual(refused.map(() => 403));
    for (const r of refused) expect(r.json().error.code).toBe('forbidden');
    // Nothing changed on A's draft.
    const after = await t.request({ method: 'GET', url: `/api/v1/assessments/${draft.id}`, as: member });
    expect(after.json()).toMatchObject({ status: 'draft', answers: { Q1: workedExampleSme().Q1 } });
    expect(after.json().answers.Q2).toBeUndefined();
    await t.request({ method: 'DELETE', url: `/api/v1/assessments/${draft.id}`, as: member });
  });
});

describe('staff on behalf of a customer', () => {
  it('records T1 as staff-assisted, and the results page compares T0 and T1', async () => {
    const t1 = await record(staff, orgId, maximalAnswers(SME_2023));
    expect(t1).toMatchObject({ stage: 'T1', staffAssisted: true });
    const list = await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/assessments`, as: member });
    expect(list.json()).toMatchObject({
      questionnaire: 'sme',
      draftId: null,
      nextStage: 'T2',
      abilities: { start: true, setStage: false },
    });
    expect(list.json().items.map((i: { stage: string }) => i.stage)).toEqual(['T1', 'T0']);
    const results = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/assessments/results`, as: member })
    ).json();
    expect(results.stages.map((s: { stage: string }) => s.stage)).toEqual(['T0', 'T1']);
    expect(results.changes).toHaveLength(1);
    const change = results.changes[0];
    expect(change).toMatchObject({ from: 'T0', to: 'T1', services: [] });
    expect(change.overall).toBeCloseTo(100 - 41.7619, 3);
    expect(change.dimensions.D1).toBeCloseTo(60, 6);
    expect(change.bandMoves).toContainEqual({ target: 'overall', from: 'average', to: 'advanced' });
    expect(change.bandMoves).toContainEqual({ target: 'D4', from: 'moderately_advanced', to: 'advanced' });
  });

  it('lets staff choose any free stage; the next stage then fills the lowest gap, and nothing is opened once all three exist', async () => {
    const other = await registerOrg(staff);
    const stagesOf = async () => {
      const res = await t.request({ method: 'GET', url: `/api/v1/organisations/${other}/assessments`, as: staff });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const t2 = await record(staff, other, emptyAnswers(SME_2023), 'T2');
    expect(t2.stage).toBe('T2');
    // T2 first: T0 and T1 are still free, and a new assessment can be started.
    expect(await stagesOf()).toMatchObject({ nextStage: 'T0', freeStages: ['T0', 'T1'], abilities: { start: true } });
    const again = await start(staff, other, emptyAnswers(SME_2023));
    expect(again.statusCode, again.body).toBe(201);
    const clash = await submit(staff, again.json().id, 'T2');
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.fields[0].field).toBe('stage');
    // Without a choice it takes the lowest free stage.
    const t0 = await submit(staff, again.json().id);
    expect(t0.statusCode, t0.body).toBe(200);
    expect(t0.json().stage).toBe('T0');
    expect(await stagesOf()).toMatchObject({ nextStage: 'T1', freeStages: ['T1'], abilities: { start: true } });
    const t1 = await record(staff, other, maximalAnswers(SME_2023));
    expect(t1.stage).toBe('T1');
    expect(await stagesOf()).toMatchObject({ nextStage: null, freeStages: [], abilities: { start: false } });
    // With T0, T1 and T2 recorded no draft is opened: it could never be submitted.
    const none = await start(staff, other, {});
    expect(none.statusCode).toBe(409);
    expect(none.json().error).toMatchObject({ code: 'conflict', details: { reason: 'all_stages_recorded' } });
    expect(none.json().error.message).toMatch(/T0, T1 and T2 are all recorded/);
  });

  it('gives a member the stage after the highest recorded, then the lowest free one', async () => {
    const org = await registerOrg(member);
    await record(staff, org, emptyAnswers(SME_2023), 'T1');
    expect((await record(member, org, emptyAnswers(SME_2023))).stage).toBe('T2');
    expect((await record(member, org, emptyAnswers(SME_2023))).stage).toBe('T0');
  });

  it('corrects a submitted assessment with a reason, keeping the old answers and result (audited)', async () => {
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/assessments`, as: staff })
    ).json();
    const t0 = list.items.find((i: { stage: string }) => i.stage === 'T0');
    const before = (await t.request({ method: 'GET', url: `/api/v1/assessments/${t0.id}`, as: staff })).json();
    const noReason = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${t0.id}/correct`,
      as: staff,
      payload: { answers: before.answers, reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const incomplete = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${t0.id}/correct`,
      as: staff,
      payload: { answers: { Q1: before.answers.Q1 }, reason: 'Interview notes re-read' },
    });
    expect(incomplete.statusCode).toBe(400);
    const answers = { ...before.answers, Q2: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${t0.id}/correct`,
      as: staff,
      payload: { answers, reason: 'Interview notes re-read' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const corrected = res.json();
    expect(corrected.result.dimensions[0].score).toBeCloseTo(70, 6);
    expect(corrected.corrections).toHaveLength(1);
    expect(corrected.corrections[0]).toMatchObject({ reason: 'Interview notes re-read', previousStage: 'T0' });
    expect(corrected.corrections[0].previousResult.dimensions[0].score).toBeCloseTo(40, 6);
    // The replaced answers come back with the correction, as they were.
    expect(corrected.corrections[0].previousAnswers).toEqual(before.answers);
    expect(corrected.answers.Q2).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const audit = await t.request({ method: 'GET', url: `/api/v1/admin/audit?entityId=${t0.id}`, as: admin });
    expect(audit.json().items[0]).toMatchObject({ action: 'assessment.correct' });
    expect(audit.json().items[0].after.reason).toBe('Interview notes re-read');
    expect(audit.json().items[0].before.answers.Q2).toEqual(before.answers.Q2);
  });

  it('does not let a member correct, and refuses to move a correction onto a taken stage', async () => {
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/assessments`, as: staff })
    ).json();
    const t0 = list.items.find((i: { stage: string }) => i.stage === 'T0');
    const answers = maximalAnswers(SME_2023);
    const asMember = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${t0.id}/correct`,
      as: member,
      payload: { answers, reason: 'I know better' },
    });
    expect(asMember.statusCode).toBe(403);
    const taken = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${t0.id}/correct`,
      as: staff,
      payload: { answers, stage: 'T1', reason: 'Wrong stage' },
    });
    expect(taken.statusCode).toBe(409);
  });

  it('discards a draft', async () => {
    const created = await start(staff, orgId, {});
    const del = await t.request({ method: 'DELETE', url: `/api/v1/assessments/${created.json().id}`, as: member });
    expect(del.statusCode).toBe(204);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/assessments/${created.json().id}`, as: member })).statusCode,
    ).toBe(404);
  });

  it('gives a public organisation the PSO questionnaire, with its kind of authority and PIC in Module 1', async () => {
    const pso = await registerOrg(staff, {
      type: 'pso',
      sector: 'cofog_01',
      legalNameBg: 'Община Тест',
      psoLevel: 'municipal',
      pic: '999123456',
    });
    const a = await record(staff, pso, maximalAnswers(PSO_2023));
    expect(a).toMatchObject({ questionnaire: 'pso', questionnaireVersion: 'pso-2023', stage: 'T0' });
    expect(a.module1).toMatchObject({
      organisationType: 'pso',
      psoLevel: 'municipal',
      pic: '999123456',
      sector: 'cofog_01',
    });
    expect(a.module1).not.toHaveProperty('secondarySector');
    const wrong = await start(staff, pso, { Q1: { plan: [], done: [] } });
    expect(wrong.statusCode).toBe(400);
    // The snapshot is taken at submission: a later change in the registry does not rewrite it.
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${pso}`,
      as: staff,
      payload: { psoLevel: 'regional' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const again = await t.request({ method: 'GET', url: `/api/v1/assessments/${a.id}`, as: staff });
    expect(again.json().module1.psoLevel).toBe('municipal');
  });

  it('snapshots an enterprise with its secondary sector and without PSO fields', async () => {
    const org = await registerOrg(staff, { sector: 'ict', secondarySector: 'construction', pic: '999654321' });
    const a = await record(staff, org, emptyAnswers(SME_2023));
    expect(a.module1).toMatchObject({ sector: 'ict', secondarySector: 'construction' });
    expect(a.module1).not.toHaveProperty('psoLevel');
    expect(a.module1).not.toHaveProperty('pic');
  });

  it('answers 409 naming an unknown stored scoring profile instead of failing', async () => {
    const org = await registerOrg(staff);
    const draft = await start(staff, org, emptyAnswers(SME_2023));
    await t.database.db.update(assessments).set({ profile: 'jrc-2099' }).where(eq(assessments.id, draft.json().id));
    const res = await submit(staff, draft.json().id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', details: { profile: 'jrc-2099' } });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/assessments/${draft.json().id}`, as: staff })).statusCode,
    ).toBe(200);
  });
});

describe('concurrency', () => {
  it('opens exactly one draft when many start at once', async () => {
    const org = await registerOrg(staff);
    const results = await Promise.all(Array.from({ length: 10 }, () => start(staff, org)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(9);
  });

  it('records each stage once when two submissions race', async () => {
    const org = await registerOrg(staff);
    const a = await start(staff, org, emptyAnswers(SME_2023));
    await submit(staff, a.json().id);
    const b = await start(staff, org, maximalAnswers(SME_2023));
    // The same draft submitted twice at once: one wins, the other sees it already submitted.
    const [r1, r2] = await Promise.all([submit(staff, b.json().id, 'T1'), submit(staff, b.json().id, 'T1')]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/assessments`, as: staff })
    ).json();
    expect(list.items.map((i: { stage: string }) => i.stage).sort()).toEqual(['T0', 'T1']);
  });
});

describe('peer benchmark', () => {
  const figures = (org: string, staffCount: number) =>
    t.request({
      method: 'PUT',
      url: `/api/v1/organisations/${org}/figures/2025`,
      as: staff,
      payload: { staff: staffCount, turnover: 1, balanceSheet: 1 },
    });
  const benchmarkOf = async (org: string) =>
    (await t.request({ method: 'GET', url: `/api/v1/organisations/${org}/assessments/results`, as: staff })).json()
      .benchmark;

  it('shows the peer mean in whole points only from five other organisations of the same sector, size band and NUTS2, never their number', async () => {
    const sector = 'ict';
    const subject = await registerOrg(staff, { sector });
    await figures(subject, 60);
    await record(staff, subject, randomAnswers(SME_2023, 1));
    const peerScores: number[][] = [];
    for (let i = 0; i < 5; i++) {
      const peer = await registerOrg(staff, { sector });
      await figures(peer, 100 + i);
      const a = await record(staff, peer, randomAnswers(SME_2023, 100 + i));
      peerScores.push([a.result.overall.score, ...a.result.dimensions.map((d: { score: number }) => d.score)]);
      const bench = await benchmarkOf(subject);
      expect(bench).toMatchObject({ minimumPeers: 5, group: { sector, staffBand: 'medium', nuts2: 'BG34' } });
      // The size of the group is never sent: only whether it reaches five.
      expect(bench).not.toHaveProperty('peers');
      expect(bench.available).toBe(i + 1 >= 5);
      if (i < 4) expect(bench.mean).toBeNull();
    }
    // A different size band is not a peer.
    const big = await registerOrg(staff, { sector });
    await figures(big, 900);
    await record(staff, big, maximalAnswers(SME_2023));
    const bench = await benchmarkOf(subject);
    const mean = (k: number) => peerScores.reduce((sum, s) => sum + s[k]!, 0) / 5;
    expect(bench.mean.overall.score).toBe(Math.round(mean(0)));
    expect(bench.mean.dimensions.map((d: { score: number }) => d.score)).toEqual(
      [1, 2, 3, 4, 5, 6].map((k) => Math.round(mean(k))),
    );
    for (const d of [bench.mean.overall, ...bench.mean.dimensions]) expect(Number.isInteger(d.score)).toBe(true);
  });

  it("compares with the organisation's highest stage, the one the results page shows as latest", async () => {
    const sector = 'textiles_apparel_leather';
    const subject = await registerOrg(staff, { sector });
    // T1 is recorded first (medium), T0 later when the organisation had shrunk (micro): T1 is still the latest stage.
    await figures(subject, 70);
    await record(staff, subject, randomAnswers(SME_2023, 7), 'T1');
    await figures(subject, 5);
    await record(staff, subject, randomAnswers(SME_2023, 8), 'T0');
    const results = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${subject}/assessments/results`, as: staff })
    ).json();
    expect(results.stages.map((s: { stage: string }) => s.stage)).toEqual(['T0', 'T1']);
    expect(results.benchmark.group).toEqual({ sector, staffBand: 'medium', nuts2: 'BG34' });
  });

  it('counts each peer by its highest stage, in the group that stage places it in', async () => {
    const sector = 'wood_paper_printing';
    const subject = await registerOrg(staff, { sector });
    await figures(subject, 20);
    await record(staff, subject, randomAnswers(SME_2023, 9));
    const peers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const peer = await registerOrg(staff, { sector });
      await figures(peer, 20);
      await record(staff, peer, randomAnswers(SME_2023, 200 + i));
      peers.push(peer);
    }
    expect((await benchmarkOf(subject)).available).toBe(true);
    // One peer grows into another size band by its T1: by its latest stage it is no longer a peer, and five are not reached.
    await figures(peers[0]!, 80);
    await record(staff, peers[0]!, randomAnswers(SME_2023, 300));
    expect(await benchmarkOf(subject)).toMatchObject({ available: false, mean: null });
  });
});

describe('PDF report', () => {
  it('serves a PDF of a submitted assessment in either language, and 409 for a draft', async () => {
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${orgId}/assessments`, as: member })
    ).json();
    const t1 = list.items.find((i: { stage: string }) => i.stage === 'T1');
    for (const lang of ['bg', 'en']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/assessments/${t1.id}/report.pdf?lang=${lang}`,
        as: member,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="dma-\d+-T1-(bg|en)\.pdf"/);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const draft = await start(member, orgId, {});
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/assessments/${draft.json().id}/report.pdf`,
      as: member,
    });
    expect(res.statusCode).toBe(409);
    await t.request({ method: 'DELETE', url: `/api/v1/assessments/${draft.json().id}`, as: member });
  });
});

describe("the Commission's DMA results files", () => {
  it('exports XLSX with the exact sheet and columns, one row per submitted assessment', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/dma/exports/sme?format=xlsx', as: staff });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('My SMEs DMA Results')!;
    expect(sheet).toBeDefined();
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'SME ID',
      'SME name',
      'DMA Timing',
      'DMA Score',
      'Digital Business Strategy',
      'Digital Readiness',
      'Human-Centric Digitalisation',
      'Data Governance',
      'Automation & Artificial Intelligence',
      'Green Digitalisation',
      'EDIH Name',
    ]);
    const list = (
      await t.request({
        method: 'GET',
        url: '/api/v1/assessments?questionnaire=sme&status=submitted&pageSize=100',
        as: staff,
      })
    ).json();
    expect(sheet.actualRowCount - 1).toBe(list.total);
  });

  it('exports CSV and reconciles it back with no differences, then flags edited scores above 0.5', async () => {
    const csv = await t.request({ method: 'GET', url: '/api/v1/dma/exports/sme?format=csv', as: staff });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const same = await t.request({
      method: 'POST',
      url: '/api/v1/dma/imports/sme',
      as: staff,
      payload: csv.body,
      headers: { 'content-type': 'text/csv' },
    });
    expect(same.statusCode, same.body).toBe(200);
    const list = (
      await t.request({
        method: 'GET',
        url: '/api/v1/assessments?questionnaire=sme&status=submitted&pageSize=100',
        as: staff,
      })
    ).json();
    expect(same.json()).toMatchObject({
      questionnaire: 'sme',
      rows: list.total,
      matched: list.total,
      differences: [],
      unmatched: [],
      missing: [],
      issues: [],
    });

    // Edit Про Дрон Систем's T1 row: D1 100 → 98.0 (a difference), D2 100 → 99.5 (within 0.5).
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    const idx = lines.findIndex((l) => l.includes('Про Дрон Систем') && l.includes(',"T1",'));
    const cells = lines[idx]!.split(',');
    cells[4] = '98.0';
    cells[5] = '99.5';
    lines[idx] = cells.join(',');
    // Drop its T0 row: that assessment is ours but not in the file.
    const t0 = lines.findIndex((l) => l.includes('Про Дрон Систем') && l.includes(',"T0",'));
    lines.splice(t0, 1);
    lines.push('999999999,Непозната ООД,T0,10,10,10,10,10,10,10,EDIH');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/imports/sme',
      as: staff,
      payload: lines.join('\r\n'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.differences).toEqual([
      expect.objectContaining({
        organisationId: orgId,
        stage: 'T1',
        column: 'Digital Business Strategy',
        ours: 100,
        theirs: 98,
        difference: -2,
      }),
    ]);
    expect(body.unmatched).toEqual([
      expect.objectContaining({ id: '999999999', name: 'Непозната ООД', stage: 'T0', reason: 'not_found' }),
    ]);
    expect(body.missing).toEqual([
      { organisationId: orgId, id: expect.any(String), name: 'Про Дрон Систем ООД', stage: 'T0' },
    ]);
    // Every flagged difference reads exactly as the file's value minus ours as exported.
    for (const d of body.differences) expect(d.difference).toBeCloseTo(d.theirs - d.ours, 10);
  });

  it('refuses an unreadable file with a 400 naming the missing columns', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/dma/imports/pso',
      as: staff,
      payload: 'foo,bar\r\n1,2',
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/PSO ID/);
    const empty = await t.request({
      method: 'POST',
      url: '/api/v1/dma/imports/pso',
      as: staff,
      payload: '',
      headers: { 'content-type': 'text/csv' },
    });
    expect(empty.statusCode).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('documents the corrections’ previous answers, the free stages, the coarse benchmark and the missing rows of an import', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const text = res.body;
    for (const name of ['previousAnswers', 'freeStages', 'minimumPeers', 'missing'])
      expect(text).toContain(`"${name}"`);
    const spec = res.json();
    const results =
      spec.paths['/api/v1/organisations/{id}/assessments/results'].get.responses['200'].content['application/json']
        .schema;
    expect(JSON.stringify(results)).not.toContain('"peers"');
  });
});
