/**
 * The public self-check keeps its state in sessionStorage only: a reload or a wrong click on "back"
 * loses nothing, closing the tab forgets everything, and nothing reaches the server before scoring.
 */
import {
  DIMENSION_IDS,
  QUESTIONNAIRE_IDS,
  CURRENT_QUESTIONNAIRES,
  type TDimensionId,
  type TQuestionnaireId,
} from '../../../src/domain/dma/questionnaires';
import { BANDS } from '../../../src/domain/dma/scoring';
import { restoreAnswers, type TAnswerMap } from './answers-model';
import type { TScores } from './scores';

export const CHECK_STORAGE_KEY = 'edihub.dma.selfCheck.v1';

export interface TCheckState {
  questionnaire: TQuestionnaireId | null;
  answers: TAnswerMap;
  /** The open section. */
  current: TDimensionId;
  /** The score once computed; cleared by any change of answers. */
  result: TScores | null;
}

export const EMPTY_CHECK: TCheckState = { questionnaire: null, answers: {}, current: 'D1', result: null };

const isBand = (v: unknown) => (BANDS as readonly unknown[]).includes(v);
const isScore = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

function readScores(v: unknown): TScores | null {
  const s = v as TScores | null;
  if (!s || typeof s !== 'object' || !s.overall || !Array.isArray(s.dimensions)) return null;
  if (!isScore(s.overall.score) || !isBand(s.overall.band)) return null;
  const ok =
    s.dimensions.length === DIMENSION_IDS.length &&
    s.dimensions.every((d, i) => d && d.id === DIMENSION_IDS[i] && isScore(d.score) && isBand(d.band));
  return ok
    ? {
        overall: { score: s.overall.score, band: s.overall.band },
        dimensions: s.dimensions.map((d) => ({ id: d.id, score: d.score, band: d.band })),
      }
    : null;
}

/** Reads a stored state back, dropping anything that does not fit (an older format, a hand edit). */
export function parseCheckState(raw: string | null): TCheckState | null {
  if (!raw) return null;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || !(QUESTIONNAIRE_IDS as readonly unknown[]).includes(v.questionnaire)) return null;
  const questionnaire = v.questionnaire as TQuestionnaireId;
  return {
    questionnaire,
    answers: restoreAnswers(CURRENT_QUESTIONNAIRES[questionnaire], v.answers),
    current: (DIMENSION_IDS as readonly unknown[]).includes(v.current) ? (v.current as TDimensionId) : 'D1',
    result: readScores(v.result),
  };
}

/** sessionStorage when the browser lets us use it (private modes and SSR do not). */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadCheckState(): TCheckState | null {
  try {
    return parseCheckState(storage()?.getItem(CHECK_STORAGE_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Saves the state; an empty one (nothing chosen yet) removes the entry. */
export function saveCheckState(state: TCheckState): void {
  try {
    const s = storage();
    if (!s) return;
    if (!state.questionnaire) s.removeItem(CHECK_STORAGE_KEY);
    else s.setItem(CHECK_STORAGE_KEY, JSON.stringify(state));
  } catch {
    // A full or blocked storage only costs the reload safety net; the form keeps working.
  }
}
