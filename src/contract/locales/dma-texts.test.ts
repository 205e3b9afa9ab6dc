/**
 * The `dma` namespace must fit the questionnaire structure exactly: the UI renders one label per
 * option/row by number, so a missing or extra item would show a raw key or hide a scored answer. The
 * question texts are per questionnaire version (`questions.<textKey>`), so every published version —
 * not only the current one — must keep its wording complete.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_QUESTIONNAIRES,
  DIMENSION_IDS,
  QUESTIONNAIRE_VERSIONS,
  TRISTATE_VALUES,
  SCALE_MAX,
  questionTextKey,
} from '../../domain/dma/questionnaires';
import { BANDS } from '../../domain/dma/scoring';
import { LOCALES } from '../common';
import { RESOURCES } from '../../platform/i18n/resources';

type TNode = { [key: string]: unknown };

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The object at `path` below `root`, or undefined when any step is missing or not an object. */
function nodeAt(root: unknown, path: string[]): TNode | undefined {
  let cur: unknown = root;
  for (const key of path) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as TNode)[key];
  }
  return cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as TNode) : undefined;
}

const numbered = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const questionnaires = Object.values(CURRENT_QUESTIONNAIRES);
const versions = Object.values(QUESTIONNAIRE_VERSIONS);
/** The path segments of a version's question texts, e.g. ['questions', 'sme-2023']. */
const wording = (def: { textKey: string }) => questionTextKey(def, '').split('.').filter(Boolean);

describe.each(LOCALES)('dma texts (%s)', (lng) => {
  const dma: unknown = RESOURCES[lng].dma;

  it.each(questionnaires.map((def) => [def.id, def] as const))(
    'questionnaire %s has a title, short label and intro',
    (id) => {
      const texts = nodeAt(dma, ['questionnaires', id]);
      expect(texts, `questionnaires.${id}`).toBeDefined();
      expect(Object.keys(texts!).sort()).toEqual(['intro', 'short', 'title']);
      for (const v of Object.values(texts!)) expect(isNonEmptyString(v)).toBe(true);
    },
  );

  it('has a label for every band, scale level and tristate value', () => {
    const bands = nodeAt(dma, ['bands']);
    const levels = nodeAt(dma, ['levels']);
    const tristate = nodeAt(dma, ['tristate']);
    expect(Object.keys(bands ?? {}).sort()).toEqual([...BANDS].sort());
    expect(Object.keys(levels ?? {}).sort()).toEqual(Array.from({ length: SCALE_MAX + 1 }, (_, i) => String(i)));
    expect(Object.keys(tristate ?? {}).sort()).toEqual([...TRISTATE_VALUES].sort());
    for (const node of [bands, levels, tristate])
      for (const v of Object.values(node ?? {})) expect(isNonEmptyString(v)).toBe(true);
  });

  describe.each(versions.map((def) => [def.version, def] as const))('wording of %s', (_version, def) => {
    const texts = wording(def);
    it('has exactly the questions of the questionnaire, each with text and hint', () => {
      const questions = nodeAt(dma, texts);
      expect(Object.keys(questions ?? {}).sort()).toEqual(def.questions.map((q) => q.id).sort());
      for (const q of def.questions) {
        const node = nodeAt(questions, [q.id]);
        expect(isNonEmptyString(node?.text), `${def.textKey}.${q.id}.text`).toBe(true);
        expect(isNonEmptyString(node?.hint), `${def.textKey}.${q.id}.hint`).toBe(true);
      }
    });

    it('labels exactly the options or rows 1..count of every question', () => {
      for (const q of def.questions) {
        const items = nodeAt(dma, [...texts, q.id, 'items']);
        expect(Object.keys(items ?? {}).sort(), `${def.textKey}.${q.id} items`).toEqual(numbered(q.count).sort());
        for (const [k, v] of Object.entries(items ?? {}))
          expect(isNonEmptyString(v), `${def.textKey}.${q.id}.items.${k}`).toBe(true);
      }
    });

    it('gives plan/done column labels to matrix questions and to no others', () => {
      for (const q of def.questions) {
        const node = nodeAt(dma, [...texts, q.id]) ?? {};
        const columns = nodeAt(node, ['columns']);
        if (q.type === 'matrix2') {
          expect(Object.keys(columns ?? {}).sort(), `${def.textKey}.${q.id}.columns`).toEqual(['done', 'plan']);
          expect(isNonEmptyString(columns?.plan) && isNonEmptyString(columns?.done)).toBe(true);
        } else {
          expect(Object.keys(node).sort(), `${def.textKey}.${q.id} keys`).toEqual(['hint', 'items', 'text']);
        }
      }
    });
  });

  it('holds wording only for published versions', () => {
    const keys = Object.keys(nodeAt(dma, ['questions']) ?? {}).sort();
    expect(keys).toEqual([...new Set(versions.map((v) => v.textKey))].sort());
  });

  describe.each(questionnaires.map((def) => [def.id, def] as const))('%s', (id) => {
    it('has a name, description, and an interpretation and improvement for every band of every dimension', () => {
      const dimensions = nodeAt(dma, [id, 'dimensions']);
      expect(Object.keys(dimensions ?? {}).sort()).toEqual([...DIMENSION_IDS].sort());
      for (const dim of DIMENSION_IDS) {
        const texts = nodeAt(dimensions, [dim]);
        expect(isNonEmptyString(texts?.name), `${id}.${dim}.name`).toBe(true);
        expect(isNonEmptyString(texts?.description), `${id}.${dim}.description`).toBe(true);
        for (const part of ['interpretation', 'improve']) {
          const byBand = nodeAt(texts, [part]);
          expect(Object.keys(byBand ?? {}).sort(), `${id}.${dim}.${part}`).toEqual([...BANDS].sort());
          for (const band of BANDS) expect(isNonEmptyString(byBand?.[band]), `${id}.${dim}.${part}.${band}`).toBe(true);
        }
      }
    });
  });
});

describe('dma texts across languages and questionnaires', () => {
  it('names the dimensions in English exactly as the Commission export columns', () => {
    for (const def of questionnaires) {
      const names = def.dimensions.map((d) => nodeAt(RESOURCES.en.dma, [def.id, 'dimensions', d.id])?.name);
      expect(names).toEqual(def.dimensions.map((d) => d.exportColumn));
    }
  });

  it('writes Bulgarian in Cyrillic and never leaves an English text untranslated', () => {
    for (const def of versions) {
      for (const q of def.questions) {
        const bg = nodeAt(RESOURCES.bg.dma, [...wording(def), q.id]);
        const en = nodeAt(RESOURCES.en.dma, [...wording(def), q.id]);
        expect(String(bg?.text), `${def.textKey}.${q.id}.text`).toMatch(/[А-Яа-я]{3}/);
        expect(bg?.text).not.toEqual(en?.text);
      }
    }
    for (const def of questionnaires) {
      for (const dim of DIMENSION_IDS) {
        const bg = nodeAt(RESOURCES.bg.dma, [def.id, 'dimensions', dim]);
        expect(String(bg?.name), `${def.id}.${dim}.name`).toMatch(/^[А-Яа-я ]+$/);
        expect(String(bg?.description)).toMatch(/[А-Яа-я]{3}/);
      }
    }
  });

  it('gives every published version a text key, and derives the text paths from it', () => {
    for (const def of versions) {
      expect(def.textKey, def.version).toMatch(/^[a-z0-9-]+$/);
      expect(questionTextKey(def, 'Q1', 'items.2')).toBe(`questions.${def.textKey}.Q1.items.2`);
    }
  });

  it('gives enterprises and public organisations their own band texts', () => {
    for (const lng of LOCALES) {
      for (const dim of DIMENSION_IDS) {
        for (const part of ['interpretation', 'improve']) {
          const sme = nodeAt(RESOURCES[lng].dma, ['sme', 'dimensions', dim, part]);
          const pso = nodeAt(RESOURCES[lng].dma, ['pso', 'dimensions', dim, part]);
          for (const band of BANDS) expect(pso?.[band], `${lng} ${dim}.${part}.${band}`).not.toEqual(sme?.[band]);
        }
      }
    }
  });

  it('marks SME Q7 option 2 as the negative answer that excludes the others', () => {
    const def = CURRENT_QUESTIONNAIRES.sme;
    expect(def.questions.find((q) => q.id === 'Q7')?.exclusive).toEqual([2]);
    expect(String(nodeAt(RESOURCES.en.dma, [...wording(def), 'Q7', 'items'])?.['2'])).toMatch(/\bNOT\b.*digitally/);
    expect(String(nodeAt(RESOURCES.bg.dma, [...wording(def), 'Q7', 'items'])?.['2'])).toMatch(/(^|\s)НЕ\s.*цифров вид/);
  });
});
