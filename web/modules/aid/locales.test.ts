/** The aid and journey screens build some keys from data; every value they can meet must be translated in bg and en. */
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../app/locales';
import { AID_BASES } from '../../../src/domain/state-aid/aid';
import { REQUEST_STATES } from '../../../src/domain/services/request-state-machine';
import { DECLARATION_PROBLEMS } from './declaration-model';
import { DECLARED_REGULATIONS } from '../../../src/contract/aid';

type TTree = { [key: string]: string | TTree };

function leaf(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TTree)[part] : undefined), tree);
}

const dynamic: [string, readonly string[]][] = [
  ['requests.statuses', REQUEST_STATES],
  ['aid.bases', AID_BASES],
  ['aid.regulations', DECLARED_REGULATIONS.map((r) => r.replace('/', '_'))],
  ['aid.declaration.problems', DECLARATION_PROBLEMS],
  ['aid.settings.problems', ['required', 'money', 'range', 'percent']],
];

describe('aid and journey screen translations', () => {
  for (const [prefix, values] of dynamic) {
    it(`translates every value of ${prefix}.*`, () => {
      for (const lng of ['bg', 'en'] as const) {
        const missing = values.filter((v) => typeof leaf(RESOURCES[lng].web, `${prefix}.${v}`) !== 'string');
        expect(missing, `missing in ${lng}`).toEqual([]);
      }
    });
  }
});
