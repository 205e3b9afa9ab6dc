import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, PSO_2023, SME_2023, type TQuestionDef } from '../../../src/domain/dma/questionnaires';
import { ANSWER_ISSUE_CODES, scoreAnswers, validateAnswers } from '../../../src/domain/dma/scoring';
import { RESOURCES } from '../../app/locales';
import { LOCALES } from '../../../src/contract/common';
import {
  allIssues,
  completedDimensions,
  dimensionOfIssue,
  isAnswered,
  matrixOf,
  missingRows,
  progressOf,
  removeAnswer,
  restoreAnswers,
  rowsOf,
  sectionIssues,
  sendableAnswers,
  setScaleLevel,
  setTristate,
  settleSection,
  toggleMatrix,
  toggleOption,
  type TAnswerMap,
} from './answers-model';
import { parseCheckState } from './check-storage';

const q = (id: string): TQuestionDef => SME_2023.questions.find((x) => x.id === id)!;

/** The worked example of dma.md (overall 41.76, Average). */
const WORKED: TAnswerMap = {
  Q1: { plan: [1, 2, 3, 4, 5], done: [1, 2, 3] },
  Q2: [1, 2, 3, 4],
  Q3: [1, 2, 3, 4, 5, 6],
  Q4: [0, 1, 3, 0, 2, 0, 0],
  Q5: [1, 2, 3],
  Q6: [1, 2, 3, 4],
  Q7: [1, 3, 4, 5],
  Q8: [1, 2, 3],
  Q9: [0, 2, 5, 0, 1],
  Q10: [1, 2, 3, 4],
  Q11: ['no', 'partial', 'yes', 'no', 'partial'],
};

describe('checkbox answers', () => {
  it('ticks and unticks options, kept sorted; unticking the last leaves an empty answer', () => {
    let a = toggleOption({}, q('Q2'), 5, true);
    a = toggleOption(a, q('Q2'), 2, true);
    expect(a.Q2).toEqual([2, 5]);
    a = toggleOption(a, q('Q2'), 5, false);
    a = toggleOption(a, q('Q2'), 2, false);
    expect(a.Q2).toEqual([]);
    expect(isAnswered(SME_2023, a, 'Q2')).toBe(true);
  });

  it('ticking the exclusive Q7 option clears the others, and ticking another clears it', () => {
    let a = toggleOption({}, q('Q7'), 1, true);
    a = toggleOption(a, q('Q7'), 4, true);
    a = toggleOption(a, q('Q7'), 2, true);
    expect(a.Q7).toEqual([2]);
    a = toggleOption(a, q('Q7'), 3, true);
    expect(a.Q7).toEqual([3]);
    expect(validateAnswers(SME_2023, a, { complete: false })).toEqual([]);
  });

  it('does not touch other answers', () => {
    const a = toggleOption({ Q3: [1] }, q('Q2'), 1, true);
    expect(a).toEqual({ Q3: [1], Q2: [1] });
  });
});

describe('matrix, scale and tristate answers', () => {
  it('ticks plan and done rows independently; a row may be in both', () => {
    let a = toggleMatrix({}, q('Q1'), 'plan', 3, true);
    a = toggleMatrix(a, q('Q1'), 'done', 3, true);
    a = toggleMatrix(a, q('Q1'), 'plan', 1, true);
    expect(matrixOf(a, 'Q1')).toEqual({ plan: [1, 3], done: [3] });
    a = toggleMatrix(a, q('Q1'), 'plan', 3, false);
    expect(a.Q1).toEqual({ plan: [1], done: [3] });
  });

  it('fills scale rows one by one and is answered only when every row has a level', () => {
    let a = setScaleLevel({}, q('Q9'), 2, 4);
    expect(rowsOf(a, q('Q9'))).toEqual([null, 4, null, null, null]);
    expect(missingRows(a, q('Q9'))).toEqual([1, 3, 4, 5]);
    expect(isAnswered(SME_2023, a, 'Q9')).toBe(false);
    for (const row of [1, 3, 4, 5]) a = setScaleLevel(a, q('Q9'), row, 0);
    expect(a.Q9).toEqual([0, 4, 0, 0, 0]);
    expect(isAnswered(SME_2023, a, 'Q9')).toBe(true);
  });

  it('sets tristate rows and removes answers', () => {
    let a = setTristate({}, q('Q11'), 5, 'yes');
    a = setTristate(a, q('Q11'), 1, 'partial');
    expect(a.Q11).toEqual(['partial', null, null, null, 'yes']);
    a = removeAnswer(a, 'Q11');
    expect(a).toEqual({});
  });
});

describe('progress and sections', () => {
  it('counts complete answers only and names complete dimensions', () => {
    expect(progressOf(SME_2023, {})).toEqual({ answered: 0, total: 11 });
    const partial = { ...WORKED, Q4: [0, 1, null, 0, 2, 0, 0] };
    expect(progressOf(SME_2023, partial)).toEqual({ answered: 10, total: 11 });
    expect([...completedDimensions(SME_2023, partial)]).toEqual(['D1', 'D3', 'D4', 'D5', 'D6']);
    expect(completedDimensions(SME_2023, WORKED).size).toBe(6);
  });

  it('leaving a section answers untouched checkbox and matrix questions with "none", never scale rows', () => {
    const d1 = settleSection(SME_2023, {}, 'D1');
    expect(d1).toEqual({ Q1: { plan: [], done: [] }, Q2: [] });
    const d2 = settleSection(SME_2023, { Q3: [2] }, 'D2');
    expect(d2).toEqual({ Q3: [2] });
    expect(sectionIssues(SME_2023, d2, 'D2').map((i) => [i.question, i.code])).toEqual([['Q4', 'not_answered']]);
  });

  it('reports half-filled rows as not answered, and only when the section must be complete', () => {
    const a = setScaleLevel({}, q('Q4'), 1, 3);
    expect(sectionIssues(SME_2023, a, 'D2', false)).toEqual([]);
    const issues = sectionIssues(SME_2023, { ...a, Q3: [] }, 'D2', true);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ question: 'Q4', code: 'not_answered' });
  });

  it('passes the domain rules through: an exclusive combination is an issue naming the question', () => {
    const issues = sectionIssues(SME_2023, { Q7: [2, 3], Q8: [] }, 'D4');
    expect(issues.map((i) => [i.question, i.code])).toEqual([['Q7', 'exclusive_option']]);
  });

  it('lists every problem of the questionnaire in question order and finds the first section holding one', () => {
    const issues = allIssues(SME_2023, { ...WORKED, Q10: undefined, Q3: [11] });
    expect(issues.map((i) => i.question)).toEqual(['Q3', 'Q10']);
    expect(dimensionOfIssue(SME_2023, issues)).toBe('D2');
    expect(dimensionOfIssue(PSO_2023, [{ question: 'P9', code: 'not_answered', message: '' }])).toBe('D5');
    expect(allIssues(SME_2023, WORKED)).toEqual([]);
  });

  it('answers built with the helpers score as the worked example', () => {
    let a: TAnswerMap = {};
    for (const r of [1, 2, 3, 4, 5]) a = toggleMatrix(a, q('Q1'), 'plan', r, true);
    for (const r of [1, 2, 3]) a = toggleMatrix(a, q('Q1'), 'done', r, true);
    for (const o of [1, 2, 3, 4]) a = toggleOption(a, q('Q2'), o, true);
    (WORKED.Q4 as number[]).forEach((l, i) => (a = setScaleLevel(a, q('Q4'), i + 1, l)));
    (WORKED.Q11 as ('no' | 'partial' | 'yes')[]).forEach((v, i) => (a = setTristate(a, q('Q11'), i + 1, v)));
    const built = { ...WORKED, Q1: a.Q1, Q2: a.Q2, Q4: a.Q4, Q11: a.Q11 };
    expect(built).toEqual(WORKED);
    expect(Math.round(scoreAnswers(SME_2023, sendableAnswers(SME_2023, built)).overall.score * 100) / 100).toBe(41.76);
  });
});

describe('what leaves the browser and what comes back', () => {
  it('sends only complete, valid answers', () => {
    const a = { Q2: [1], Q4: [1, null, 0, 0, 0, 0, 0], Q7: [2, 3] };
    expect(sendableAnswers(SME_2023, a)).toEqual({ Q2: [1] });
  });

  it('restores only the questionnaire’s own questions', () => {
    expect(restoreAnswers(SME_2023, { Q2: [1], P1: [2], Q3: null })).toEqual({ Q2: [1] });
    expect(restoreAnswers(SME_2023, 'nonsense')).toEqual({});
  });

  it('reads a stored self-check back and drops what does not fit', () => {
    const scores = scoreAnswers(SME_2023, WORKED);
    const stored = JSON.stringify({ questionnaire: 'sme', answers: { Q2: [3], X: 1 }, current: 'D4', result: scores });
    const state = parseCheckState(stored)!;
    expect(state.questionnaire).toBe('sme');
    expect(state.answers).toEqual({ Q2: [3] });
    expect(state.current).toBe('D4');
    expect(state.result?.overall).toEqual(scores.overall);
    expect(state.result?.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);

    expect(
      parseCheckState(JSON.stringify({ questionnaire: 'pso', answers: {}, current: 'D9', result: { overall: 3 } })),
    ).toEqual({
      questionnaire: 'pso',
      answers: {},
      current: 'D1',
      result: null,
    });
    expect(parseCheckState('{not json')).toBeNull();
    expect(parseCheckState(JSON.stringify({ questionnaire: 'other' }))).toBeNull();
    expect(parseCheckState(null)).toBeNull();
  });
});

describe('texts the DMA screens look up dynamically', () => {
  it('every answer issue code has a sentence in bg and en', () => {
    for (const lng of LOCALES) {
      const issues = (RESOURCES[lng].web as unknown as { dma: { issues: Record<string, string> } }).dma.issues;
      expect(
        ANSWER_ISSUE_CODES.filter((c) => !issues[c]),
        lng,
      ).toEqual([]);
      expect(issues.rowsMissing, lng).toContain('{{rows}}');
    }
  });
});
