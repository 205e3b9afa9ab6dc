import { describe, expect, it } from 'vitest';
import { PSO_2023, SME_2023, type TQuestionDef } from '../../../src/domain/dma/questionnaires';
import { workedExampleSme } from '../../../src/domain/dma/samples';
import { createI18n } from '../../i18n';
import { answersDiffer, describeAnswer } from './answer-text';

const en = createI18n('en').t;
const bg = createI18n('bg').t;
const question = (id: string): TQuestionDef => [...SME_2023.questions, ...PSO_2023.questions].find((q) => q.id === id)!;
const dma = (key: string, t = en) => t(key, { ns: 'dma' });

describe('describeAnswer', () => {
  it('lists the ticked options of a checkbox question by their text, in option order', () => {
    expect(describeAnswer(en, SME_2023, question('Q7'), [4, 1])).toEqual([
      dma('questions.sme-2023.Q7.items.1'),
      dma('questions.sme-2023.Q7.items.4'),
    ]);
    expect(describeAnswer(en, SME_2023, question('Q7'), [])).toEqual(['nothing ticked']);
    expect(describeAnswer(bg, SME_2023, question('Q7'), [])).toEqual(['нищо не е отбелязано']);
  });

  it('names the columns of every ticked matrix row', () => {
    const lines = describeAnswer(en, SME_2023, question('Q1'), { plan: [2, 1], done: [1] });
    const plan = dma('questions.sme-2023.Q1.columns.plan');
    const done = dma('questions.sme-2023.Q1.columns.done');
    expect(lines).toEqual([
      `${dma('questions.sme-2023.Q1.items.1')}: ${plan}, ${done}`,
      `${dma('questions.sme-2023.Q1.items.2')}: ${plan}`,
    ]);
  });

  it('gives every scale and tristate row its level or value', () => {
    const scale = describeAnswer(en, SME_2023, question('Q9'), workedExampleSme().Q9);
    expect(scale).toHaveLength(5);
    expect(scale[2]).toBe(`${dma('questions.sme-2023.Q9.items.3')}: ${dma('levels.5')}`);
    const tristate = describeAnswer(bg, PSO_2023, question('P11'), ['no', 'partial', 'yes', 'no', 'no']);
    expect(tristate[1]).toBe(`${dma('questions.pso-2023.P11.items.2', bg)}: ${dma('tristate.partial', bg)}`);
  });

  it('says when a question was not answered, and shows an unreadable answer as it is', () => {
    expect(describeAnswer(en, SME_2023, question('Q2'), undefined)).toEqual(['not answered']);
    expect(describeAnswer(en, SME_2023, question('Q4'), [9])).toEqual(['[9]']);
  });

  it('reads the wording of the version answered', () => {
    const i18n = createI18n('en');
    i18n.addResourceBundle(
      'en',
      'dma',
      { questions: { 'sme-2099': { Q2: { items: { 1: 'Needs mapped (2099 wording)' } } } } },
      true,
    );
    expect(describeAnswer(i18n.t, { textKey: 'sme-2099' }, question('Q2'), [1])).toEqual([
      'Needs mapped (2099 wording)',
    ]);
    expect(describeAnswer(i18n.t, SME_2023, question('Q2'), [1])).toEqual([dma('questions.sme-2023.Q2.items.1')]);
  });
});

describe('answersDiffer', () => {
  it('ignores the order of ticked options and rows', () => {
    expect(answersDiffer(question('Q2'), [3, 1], [1, 3])).toBe(false);
    expect(answersDiffer(question('Q1'), { plan: [2, 1], done: [] }, { done: [], plan: [1, 2] })).toBe(false);
    expect(answersDiffer(question('Q2'), [1], [1, 2])).toBe(true);
    expect(answersDiffer(question('Q9'), [0, 1, 2, 3, 4], [0, 1, 2, 3, 5])).toBe(true);
    expect(answersDiffer(question('Q2'), undefined, [])).toBe(true);
    expect(answersDiffer(question('Q2'), undefined, null)).toBe(false);
  });
});
