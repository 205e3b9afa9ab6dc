import { describe, expect, it } from 'vitest';
import { SME_2023 } from '../../../../src/domain/dma/questionnaires';
import type { TAnswerIssue } from '../../../../src/domain/dma/scoring';
import {
  checkScores,
  isFirstSection,
  isLastSection,
  issuesInSection,
  nextSection,
  previousSection,
} from './check-steps';

const issue = (question: string): TAnswerIssue => ({ question, code: 'not_answered', message: question });

describe('the self-check sections', () => {
  it('walk from D1 to D6 and back, never before the first', () => {
    expect(isFirstSection('D1')).toBe(true);
    expect(isLastSection('D6')).toBe(true);
    expect(isLastSection('D5')).toBe(false);
    expect(nextSection('D1')).toBe('D2');
    expect(previousSection('D3')).toBe('D2');
    expect(previousSection('D1')).toBe('D1');
  });

  it('show only the problems of the open section', () => {
    const issues = [issue('Q1'), issue('Q3'), issue('Q4')];
    expect(issuesInSection(SME_2023, 'D2', issues).map((i) => i.question)).toEqual(['Q3', 'Q4']);
    expect(issuesInSection(SME_2023, 'D5', issues)).toEqual([]);
    expect(issuesInSection(null, 'D1', issues)).toEqual([]);
  });

  it('keep the scores of a server answer without the dimension names', () => {
    const scores = checkScores({
      questionnaire: 'sme',
      profile: 'x',
      overall: { score: 41.76, band: 'average' },
      dimensions: [{ id: 'D1', name: 'Digital Business Strategy', score: 50, band: 'average' }],
    });
    expect(scores).toEqual({
      overall: { score: 41.76, band: 'average' },
      dimensions: [{ id: 'D1', score: 50, band: 'average' }],
    });
  });
});
