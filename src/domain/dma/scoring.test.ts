import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, PSO_2023, SME_2023, type TQuestionDef, type TQuestionnaireDef } from './questionnaires';
import { emptyAnswers, maximalAnswers, workedExampleSme } from './samples';
import {
  bandOf,
  checkAnswer,
  JRC_2023,
  roundScore,
  scoreAnswers,
  scoreQuestion,
  validateAnswers,
  type TAnswerIssue,
  type TDmaResult,
  type TScoringProfile,
} from './scoring';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function question(def: TQuestionnaireDef, id: string): TQuestionDef {
  const found = def.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in ${def.version}`);
  return found;
}

const sme = (id: string) => question(SME_2023, id);
const pso = (id: string) => question(PSO_2023, id);
const smeScore = (id: string, answer: unknown, profile: TScoringProfile = JRC_2023) =>
  scoreQuestion('sme', sme(id), answer, profile);
const psoScore = (id: string, answer: unknown) => scoreQuestion('pso', pso(id), answer, JRC_2023);
const codes = (issues: TAnswerIssue[]) => issues.map((i) => i.code);
const dimension = (result: TDmaResult, id: string) => result.dimensions.find((d) => d.id === id)!;

describe('the worked example of dma.md (SME, jrc-2023)', () => {
  const answers = workedExampleSme();
  const result = scoreAnswers(SME_2023, answers);

  it('is a complete, valid answer set', () => {
    expect(validateAnswers(SME_2023, answers, { complete: true })).toEqual([]);
  });

  it('scores every question as the document shows', () => {
    const expected: Record<string, number> = {
      Q1: 4, // (5 × 0.5 + 3 × 0.5) / 10 × 10
      Q2: 4,
      Q3: 6,
      Q4: 12 / 7, // 6 / 7 / 5 × 10 = 1.714
      Q5: 30 / 7, // 4.286
      Q6: 5,
      Q7: 40 / 7, // 4 of 7 scoring options = 5.714
      Q8: 5,
      Q9: 3.2,
      Q10: 4,
      Q11: 4,
    };
    expect(Object.keys(result.questions)).toEqual(Object.keys(expected));
    for (const [id, score] of Object.entries(expected)) expect(result.questions[id], id).toBeCloseTo(score, 10);
  });

  it('scores every dimension as the document shows, at full precision', () => {
    expect(result.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    const expected = [40, 270 / 7, 325 / 7, 375 / 7, 32, 40]; // 40.0, 38.571…, 46.428…, 53.571…, 32.0, 40.0
    result.dimensions.forEach((d, i) => expect(d.score, d.id).toBeCloseTo(expected[i]!, 10));
    expect(result.dimensions.map((d) => roundScore(d.score))).toEqual([40, 38.6, 46.4, 53.6, 32, 40]);
    expect(result.dimensions.map((d) => d.band)).toEqual([
      'average',
      'average',
      'average',
      'moderately_advanced',
      'average',
      'average',
    ]);
  });

  it('gives overall 41.76… → 41.8, Average', () => {
    expect(result.overall.score).toBeCloseTo(1754 / 42, 10); // 41.7619…
    expect(roundScore(result.overall.score)).toBe(41.8);
    expect(result.overall.band).toBe('average');
    expect(result.questionnaire).toBe('sme');
    expect(result.profile).toBe('jrc-2023');
  });
});

describe('a hand-computed PSO answer set', () => {
  const answers = {
    P1: range(1, 5), // 5.0
    P2: { plan: range(1, 8), done: range(1, 4) }, // (8 + 4) × 0.5 / 8 × 10 = 7.5 → D1 62.5
    P3: [1, 2, 3], // 3.333
    P4: [5, 5, 0, 0, 0, 0, 0, 0], // 10 / 8 / 5 × 10 = 2.5 → D2 29.17
    P5: range(1, 7), // 10
    P6: [], // 0 → D3 50.0 (still Average)
    P7: [1, 2, 3], // 3.333 (P7 has no exclusive option)
    P8: range(1, 6), // 10 → D4 66.67
    P9: { plan: range(1, 16), done: range(1, 16) }, // 10 → D5 100
    P10: range(1, 9), // 10
    P11: ['no', 'no', 'no', 'no', 'no'], // 0 → D6 50
  };

  it('is valid and scores as computed by hand', () => {
    expect(validateAnswers(PSO_2023, answers, { complete: true })).toEqual([]);
    const result = scoreAnswers(PSO_2023, answers);
    expect(result.questionnaire).toBe('pso');
    const expected = [62.5, 175 / 6, 50, 200 / 3, 100, 50];
    result.dimensions.forEach((d, i) => expect(d.score, d.id).toBeCloseTo(expected[i]!, 10));
    expect(result.dimensions.map((d) => d.band)).toEqual([
      'moderately_advanced',
      'average',
      'average',
      'moderately_advanced',
      'advanced',
      'average',
    ]);
    expect(result.overall.score).toBeCloseTo(2150 / 36, 10); // 59.72…
    expect(roundScore(result.overall.score)).toBe(59.7);
    expect(result.overall.band).toBe('moderately_advanced');
  });
});

describe.each([SME_2023, PSO_2023])('extremes of $version', (def) => {
  it('scores 0 in every question and dimension when nothing is ticked', () => {
    expect(validateAnswers(def, emptyAnswers(def), { complete: true })).toEqual([]);
    const result = scoreAnswers(def, emptyAnswers(def));
    expect(Object.values(result.questions).every((s) => s === 0)).toBe(true);
    expect(result.dimensions.map((d) => [d.id, d.score, d.band])).toEqual(DIMENSION_IDS.map((id) => [id, 0, 'basic']));
    expect(result.overall).toEqual({ score: 0, band: 'basic' });
  });

  it('scores 100 in every dimension when everything that scores is ticked', () => {
    expect(validateAnswers(def, maximalAnswers(def), { complete: true })).toEqual([]);
    const result = scoreAnswers(def, maximalAnswers(def));
    for (const [id, score] of Object.entries(result.questions)) expect(score, id).toBeCloseTo(10, 12);
    for (const d of result.dimensions) {
      expect(d.score, d.id).toBeCloseTo(100, 12);
      expect(roundScore(d.score)).toBe(100);
      expect(d.band).toBe('advanced');
    }
    expect(roundScore(result.overall.score)).toBe(100);
    expect(result.overall.band).toBe('advanced');
  });
});

describe('question formulas (0–10)', () => {
  it('checkbox: selected scoring options ÷ scoring options × 10', () => {
    expect(smeScore('Q2', [])).toBe(0);
    expect(smeScore('Q2', [1, 2, 3])).toBeCloseTo(3, 12);
    expect(smeScore('Q2', range(1, 10))).toBe(10);
    expect(smeScore('Q5', [7])).toBeCloseTo(10 / 7, 12);
    expect(smeScore('Q6', [2, 8])).toBeCloseTo(2.5, 12);
    expect(smeScore('Q8', [6])).toBeCloseTo(10 / 6, 12);
    expect(psoScore('P3', [9])).toBeCloseTo(10 / 9, 12);
    expect(psoScore('P6', [9, 10])).toBeCloseTo(2, 12);
  });

  it('matrix2: half a point per column ticked, a row in both columns counts fully', () => {
    expect(smeScore('Q1', { plan: [], done: [] })).toBe(0);
    expect(smeScore('Q1', { plan: [1], done: [1] })).toBeCloseTo(1, 12); // one row in both = one full row of 10
    expect(smeScore('Q1', { plan: [1, 2], done: [] })).toBeCloseTo(1, 12);
    expect(smeScore('Q1', { plan: [], done: [10] })).toBeCloseTo(0.5, 12);
    expect(smeScore('Q1', { plan: range(1, 10), done: range(1, 10) })).toBe(10);
    expect(psoScore('P2', { plan: [1, 2, 3], done: [3] })).toBeCloseTo(2.5, 12); // 4 × 0.5 / 8 × 10
    expect(psoScore('P9', { plan: range(1, 16), done: range(1, 8) })).toBeCloseTo(7.5, 12); // 24 × 0.5 / 16 × 10
  });

  it('scale: mean level ÷ 5 × 10', () => {
    expect(smeScore('Q4', [0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(smeScore('Q4', [1, 2, 3, 4, 5, 0, 0])).toBeCloseTo(30 / 7, 12);
    expect(smeScore('Q4', [5, 5, 5, 5, 5, 5, 5])).toBe(10);
    expect(smeScore('Q9', [3, 3, 3, 3, 3])).toBeCloseTo(6, 12);
    expect(psoScore('P4', [1, 1, 1, 1, 1, 1, 1, 1])).toBeCloseTo(2, 12);
  });

  it('tristate: no 0, partial 0.5, yes 1, mean × 10', () => {
    expect(smeScore('Q11', ['partial', 'partial', 'partial', 'partial', 'partial'])).toBeCloseTo(5, 12);
    expect(smeScore('Q11', ['yes', 'no', 'no', 'no', 'no'])).toBeCloseTo(2, 12);
    expect(smeScore('Q11', ['partial', 'no', 'no', 'no', 'no'])).toBeCloseTo(1, 12);
    expect(psoScore('P11', ['yes', 'yes', 'partial', 'no', 'yes'])).toBeCloseTo(7, 12);
  });

  it('a dimension is the mean of its questions × 10 and overall the mean of the six dimensions', () => {
    const answers = {
      ...emptyAnswers(SME_2023),
      Q2: range(1, 10), // D1: (0 + 10) / 2 × 10 = 50
      Q9: [5, 5, 5, 0, 0], // D5: 6 × 10 = 60 (a single question)
    };
    const result = scoreAnswers(SME_2023, answers);
    expect(dimension(result, 'D1').score).toBeCloseTo(50, 12);
    expect(dimension(result, 'D5').score).toBeCloseTo(60, 12);
    expect(result.overall.score).toBeCloseTo(110 / 6, 12);
    expect(result.overall.band).toBe('basic');
  });
});

describe('bands (on the unrounded score)', () => {
  it.each([
    [0, 'basic'],
    [24.99, 'basic'],
    [25, 'basic'],
    [25.0001, 'average'],
    [50, 'average'],
    [50.0001, 'moderately_advanced'],
    [75, 'moderately_advanced'],
    [75.0001, 'advanced'],
    [100, 'advanced'],
  ] as const)('%d → %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  it('uses the full-precision value, so a score shown as 25.0 may already be Average', () => {
    expect(roundScore(25.04)).toBe(25);
    expect(bandOf(25.04)).toBe('average');
  });

  it('takes its bounds from the profile', () => {
    const strict: TScoringProfile = { ...JRC_2023, id: 'strict', bandUpperBounds: [30, 60, 90] };
    expect(bandOf(25.0001, strict)).toBe('basic');
    expect(bandOf(60, strict)).toBe('average');
    expect(bandOf(90.5, strict)).toBe('advanced');
    const result = scoreAnswers(SME_2023, workedExampleSme(), strict);
    expect(result.profile).toBe('strict');
    expect(dimension(result, 'D4').band).toBe('average'); // 53.57 is Moderately advanced under jrc-2023
  });
});

describe('roundScore: one decimal, half up', () => {
  it.each([
    [41.75, 41.8],
    [41.749, 41.7],
    [0.05, 0.1],
    [0.04999, 0],
    [0.15, 0.2], // stored as 0.1499999…
    [1.45, 1.5], // stored as 1.4499999…
    [10.05, 10.1],
    [99.95, 100],
    [0, 0],
    [100, 100],
    [1754 / 42, 41.8],
    [270 / 7, 38.6],
  ])('%d → %d', (score, shown) => {
    expect(roundScore(score)).toBe(shown);
  });

  it('rounds a computed score that is exactly 41.75 but lands at 41.7499… in floating point up to 41.8', () => {
    // D1 50 + D2 650/14 + D3 375/14 + D4 550/14 + D5 48 + D6 40 = 250.5 exactly, ÷ 6 = 41.75; summed in
    // floating point it is 41.74999999999999, which naive half-up rounding would show as 41.7.
    const answers = {
      Q1: { plan: [5, 8], done: [4, 5, 6, 7, 8, 10] },
      Q2: [1, 2, 3, 4, 6, 9],
      Q3: [1, 2, 3, 4, 7, 8, 9],
      Q4: [1, 1, 3, 2, 0, 0, 1],
      Q5: [1, 7],
      Q6: [2, 5],
      Q7: [4, 8],
      Q8: [2, 4, 5],
      Q9: [2, 3, 2, 1, 4],
      Q10: [4, 6, 8],
      Q11: ['no', 'yes', 'partial', 'partial', 'partial'],
    };
    expect(validateAnswers(SME_2023, answers, { complete: true })).toEqual([]);
    const { overall } = scoreAnswers(SME_2023, answers);
    expect(overall.score).toBeCloseTo(41.75, 10);
    expect(roundScore(overall.score)).toBe(41.8);
  });
});

describe('SME Q7: option 2 (data not collected digitally) is negative and exclusive', () => {
  it('alone it is a valid answer that scores 0', () => {
    expect(checkAnswer(sme('Q7'), [2])).toEqual([]);
    expect(smeScore('Q7', [2])).toBe(0);
    const answers = { ...workedExampleSme(), Q7: [2] };
    expect(validateAnswers(SME_2023, answers, { complete: true })).toEqual([]);
    expect(dimension(scoreAnswers(SME_2023, answers), 'D4').score).toBeCloseTo(25, 12); // (0 + 5) / 2 × 10
  });

  it.each([[[2, 1]], [[1, 2]], [[2, 8]], [[3, 2, 5]], [[1, 2, 3, 4, 5, 6, 7, 8]]])(
    'with other options %j it is an exclusive_option issue naming Q7',
    (answer) => {
      const issues = validateAnswers(SME_2023, { Q7: answer }, { complete: false });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ question: 'Q7', code: 'exclusive_option' });
      expect(issues[0]!.message).toContain('Q7');
    },
  );

  it('leaves 7 scoring options: 1, 3–8 score 10, one of them 10/7', () => {
    expect(smeScore('Q7', [1, 3, 4, 5, 6, 7, 8])).toBe(10);
    expect(smeScore('Q7', [8])).toBeCloseTo(10 / 7, 12);
  });

  it('is a rule of the profile: without it, Q7 has 8 scoring options', () => {
    const plain: TScoringProfile = { ...JRC_2023, id: 'plain', nonScoringOptions: {} };
    expect(smeScore('Q7', [1, 3, 4, 5, 6, 7, 8], plain)).toBeCloseTo(8.75, 12);
  });

  it('does not apply to the PSO data question P7', () => {
    expect(checkAnswer(pso('P7'), [1, 2])).toEqual([]);
    expect(psoScore('P7', [2])).toBeCloseTo(10 / 9, 12);
  });
});

describe('validation', () => {
  const draft = (def: TQuestionnaireDef, answers: unknown) => validateAnswers(def, answers, { complete: false });

  it('reports question ids that the questionnaire does not have', () => {
    expect(draft(SME_2023, { Q12: [] })).toEqual([
      expect.objectContaining({ question: 'Q12', code: 'unknown_question' }),
    ]);
    expect(draft(SME_2023, { P1: [] })).toEqual([
      expect.objectContaining({ question: 'P1', code: 'unknown_question' }),
    ]);
    expect(draft(PSO_2023, { Q1: { plan: [], done: [] } })).toEqual([
      expect.objectContaining({ question: 'Q1', code: 'unknown_question' }),
    ]);
    const complete = validateAnswers(SME_2023, { ...maximalAnswers(SME_2023), q1: [] }, { complete: true });
    expect(complete).toEqual([expect.objectContaining({ question: 'q1', code: 'unknown_question' })]);
  });

  it.each([
    ['Q2', [0]],
    ['Q2', [11]],
    ['Q2', [1, 11]],
    ['Q5', [8]],
    ['Q6', [9]],
    ['Q7', [0]],
    ['Q7', [9]],
    ['Q8', [7]],
    ['Q8', [-1]],
  ])('rejects %s option %j as out of range', (id, answer) => {
    expect(codes(checkAnswer(sme(id), answer))).toEqual(['option_out_of_range']);
  });

  it('rejects matrix rows out of range in either column', () => {
    expect(codes(checkAnswer(sme('Q1'), { plan: [0], done: [] }))).toEqual(['option_out_of_range']);
    expect(codes(checkAnswer(sme('Q1'), { plan: [], done: [11] }))).toEqual(['option_out_of_range']);
    expect(codes(checkAnswer(pso('P2'), { plan: [9], done: [] }))).toEqual(['option_out_of_range']);
    expect(codes(checkAnswer(pso('P9'), { plan: [17], done: [0] }))).toEqual([
      'option_out_of_range',
      'option_out_of_range',
    ]);
    expect(checkAnswer(pso('P9'), { plan: range(1, 16), done: [16] })).toEqual([]);
  });

  it('rejects an option or row listed twice', () => {
    expect(codes(checkAnswer(sme('Q2'), [1, 1]))).toEqual(['duplicate_option']);
    expect(codes(checkAnswer(sme('Q7'), [2, 2]))).toEqual(['duplicate_option']);
    expect(codes(checkAnswer(sme('Q1'), { plan: [3, 3], done: [] }))).toEqual(['duplicate_option']);
    expect(codes(checkAnswer(sme('Q1'), { plan: [], done: [4, 5, 4] }))).toEqual(['duplicate_option']);
    // The same row in plan and done is allowed, it is not a duplicate.
    expect(checkAnswer(sme('Q1'), { plan: [4], done: [4] })).toEqual([]);
  });

  it.each([
    ['Q4', [0, 0, 0, 0, 0, 0]],
    ['Q4', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['Q9', []],
    ['Q9', [1, 1, 1, 1, 1, 1, 1]],
    ['Q11', ['no', 'no', 'no', 'no']],
    ['Q11', ['yes', 'yes', 'yes', 'yes', 'yes', 'yes']],
    ['Q11', []],
  ])('rejects %s with the wrong number of rows %j', (id, answer) => {
    expect(codes(checkAnswer(sme(id), answer))).toEqual(['wrong_row_count']);
  });

  it('rejects PSO rows counted for the SME questionnaire', () => {
    expect(codes(checkAnswer(pso('P4'), [0, 0, 0, 0, 0, 0, 0]))).toEqual(['wrong_row_count']); // P4 has 8 rows, Q4 7
    expect(checkAnswer(pso('P4'), [0, 1, 2, 3, 4, 5, 0, 0])).toEqual([]);
  });

  it('rejects scale levels outside 0–5', () => {
    expect(codes(checkAnswer(sme('Q9'), [-1, 0, 0, 0, 0]))).toEqual(['level_out_of_range']);
    expect(codes(checkAnswer(sme('Q9'), [0, 0, 6, 0, 0]))).toEqual(['level_out_of_range']);
    expect(checkAnswer(sme('Q9'), [0, 1, 2, 4, 5])).toEqual([]);
  });

  it('rejects a level that is not a whole number (levels are steps, not a continuum)', () => {
    expect(codes(checkAnswer(sme('Q9'), [0, 0, 2.5, 0, 0]))).toEqual(['invalid_format']);
    expect(codes(checkAnswer(sme('Q9'), ['1', '1', '1', '1', '1']))).toEqual(['invalid_format']);
    expect(codes(checkAnswer(sme('Q9'), [0, 0, Number.NaN, 0, 0]))).toEqual(['invalid_format']);
    expect(codes(checkAnswer(sme('Q4'), 'all operational'))).toEqual(['invalid_format']);
  });

  it.each([['maybe'], ['YES'], [1], [true], [null], [0.5]])('rejects the tristate value %j', (value) => {
    const answer = ['no', 'partial', value, 'yes', 'no'];
    expect(codes(checkAnswer(sme('Q11'), answer))).toEqual(['invalid_format']);
    expect(codes(checkAnswer(pso('P11'), answer))).toEqual(['invalid_format']);
  });

  it('rejects a tristate answer that is not a list', () => {
    expect(codes(checkAnswer(sme('Q11'), 'yes'))).toEqual(['invalid_format']);
    expect(codes(checkAnswer(sme('Q11'), { 1: 'yes' }))).toEqual(['invalid_format']);
  });

  it.each([
    ['a list', [1, 2]],
    ['null', null],
    ['a string', 'plan'],
    ['no done column', { plan: [1] }],
    ['no plan column', { done: [1] }],
    ['an unknown column', { plan: [1], done: [], later: [2] }],
    ['a column that is not a list', { plan: '1,2', done: [] }],
    ['a fractional row', { plan: [1.5], done: [] }],
    ['a row as text', { plan: [], done: ['3'] }],
  ])('rejects a malformed matrix2 answer: %s', (_label, answer) => {
    const issues = checkAnswer(sme('Q1'), answer);
    expect(issues.length).toBeGreaterThan(0);
    expect(codes(issues).every((c) => c === 'invalid_format')).toBe(true);
    expect(issues.every((i) => i.question === 'Q1')).toBe(true);
  });

  it.each([['1,2'], [{ 1: true }], [[1.5]], [['1']], [3], [true]])(
    'rejects a malformed checkbox answer %j',
    (answer) => {
      expect(codes(checkAnswer(sme('Q2'), answer))).toEqual(['invalid_format']);
    },
  );

  it('demands every question only for a complete assessment', () => {
    const missing = validateAnswers(SME_2023, {}, { complete: true });
    expect(missing.map((i) => [i.question, i.code])).toEqual(SME_2023.questions.map((q) => [q.id, 'not_answered']));
    expect(validateAnswers(PSO_2023, {}, { complete: true })).toHaveLength(11);
    expect(draft(SME_2023, {})).toEqual([]);
    expect(draft(SME_2023, { Q1: { plan: [1], done: [] }, Q2: [] })).toEqual([]);
  });

  it('counts an empty checkbox list as an answer and null as no answer', () => {
    const answers = { ...emptyAnswers(SME_2023), Q2: [] };
    expect(validateAnswers(SME_2023, answers, { complete: true })).toEqual([]);
    const withNull = validateAnswers(SME_2023, { ...answers, Q3: null }, { complete: true });
    expect(withNull).toEqual([expect.objectContaining({ question: 'Q3', code: 'not_answered' })]);
    expect(draft(SME_2023, { ...answers, Q3: null })).toEqual([]);
  });

  it('still checks what a draft holds', () => {
    const issues = draft(SME_2023, { Q2: [11], Q4: [1, 2], Q7: [1, 2] });
    expect(issues.map((i) => [i.question, i.code])).toEqual([
      ['Q2', 'option_out_of_range'],
      ['Q4', 'wrong_row_count'],
      ['Q7', 'exclusive_option'],
    ]);
  });

  it('reports every problem of a complete assessment together', () => {
    const { Q5: _omitted, ...rest } = maximalAnswers(SME_2023);
    const issues = validateAnswers(SME_2023, { ...rest, Q9: [9, 9, 9, 9, 9], Q99: [] }, { complete: true });
    expect(issues.map((i) => [i.question, i.code])).toEqual([
      ['Q99', 'unknown_question'],
      ['Q5', 'not_answered'],
      ['Q9', 'level_out_of_range'],
    ]);
  });

  it.each([[null], [undefined], [[]], [['Q1']], ['answers'], [42]])(
    'rejects answers that are not an object: %j',
    (answers) => {
      for (const complete of [true, false]) {
        const issues = validateAnswers(SME_2023, answers, { complete });
        expect(issues).toEqual([expect.objectContaining({ question: 'answers', code: 'invalid_format' })]);
      }
    },
  );

  it('names the question in every message', () => {
    const issues = draft(SME_2023, {
      Q1: { plan: [0], done: [1, 1] },
      Q3: [1, 1, 11],
      Q4: [9, 9, 9, 9, 9, 9, 9],
      Q11: ['x', 'x', 'x', 'x', 'x'],
      Q7: [2, 3],
    });
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues) expect(issue.message).toContain(issue.question);
  });
});
