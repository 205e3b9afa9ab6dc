/** The assessment screens build some keys from data; every value they can meet must be translated in bg and en. */
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../app/locales';
import { QUESTIONNAIRE_IDS } from '../../../src/domain/dma/questionnaires';
import { MODULE1_KEYS, SME_STAFF_BANDS, PSO_STAFF_BANDS } from '../../../src/domain/dma/module1';
import { ASSESSMENT_STATUSES } from './filters';

type TTree = { [key: string]: string | TTree };

function leaf(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TTree)[part] : undefined), tree);
}

const dynamic: [string, readonly string[]][] = [
  ['assessments.statuses', ASSESSMENT_STATUSES],
  ['assessments.staffBands', [...SME_STAFF_BANDS, ...PSO_STAFF_BANDS]],
  ['assessments.export.file', QUESTIONNAIRE_IDS],
  ['assessments.results.direction', ['up', 'down']],
  ['assessments.module1', MODULE1_KEYS],
];

describe('assessment screen translations', () => {
  for (const [prefix, values] of dynamic) {
    it(`translates every value of ${prefix}.*`, () => {
      for (const lng of ['bg', 'en'] as const) {
        const missing = values.filter((v) => typeof leaf(RESOURCES[lng].web, `${prefix}.${v}`) !== 'string');
        expect(missing, `missing in ${lng}`).toEqual([]);
      }
    });
  }

  it('names the Commission files exactly as the reporting platform does, in both languages', () => {
    for (const lng of ['bg', 'en'] as const) {
      expect(leaf(RESOURCES[lng].web, 'assessments.export.file.sme')).toBe('My SMEs DMA Results');
      expect(leaf(RESOURCES[lng].web, 'assessments.export.file.pso')).toBe('My PSOs DMA Results');
    }
  });
});
