/**
 * The JRC digital maturity questionnaires as versioned data (see shared/design/dma.md).
 * This file holds only the structure that answers are checked and scored against. The question and
 * option texts live in the `dma` translation namespace under `questions.<textKey>.<question>.*`, where
 * each version names its own `textKey`: a new wording or item set is a new entry here with its own
 * version and textKey plus new translation keys, never an edit of a published one, so an assessment
 * keeps showing the wording it was answered with. (Dimension names and the band advice are ours, not
 * the instrument's, and stay under `<questionnaire>.dimensions`.)
 */

import {
  DIMENSION_IDS,
  QUESTIONNAIRE_IDS,
  STAGES,
  type TDimensionId,
  type TQuestionnaireId,
  type TStage,
} from '../../contract/assessments/enums';

export { DIMENSION_IDS, QUESTIONNAIRE_IDS, STAGES, type TDimensionId, type TQuestionnaireId, type TStage };

export const ANSWER_TYPES = ['checkbox', 'matrix2', 'scale', 'tristate'] as const;
export type TAnswerType = (typeof ANSWER_TYPES)[number];

export const SCALE_MAX = 5;
export const TRISTATE_VALUES = ['no', 'partial', 'yes'] as const;
export type TTristate = (typeof TRISTATE_VALUES)[number];

export interface TQuestionDef {
  id: string;
  type: TAnswerType;
  /** Options (checkbox) or rows (matrix2, scale, tristate). */
  count: number;
  /** Checkbox options that may not be combined with any other option (SME Q7 option 2). */
  exclusive?: readonly number[];
}

export interface TDimensionDef {
  id: TDimensionId;
  questions: readonly string[];
  /** Column header in the Commission's DMA results file (dta-exports.md), exactly. */
  exportColumn: string;
}

export interface TQuestionnaireDef {
  id: TQuestionnaireId;
  version: string;
  /** Names the version's texts in the `dma` namespace: `questions.<textKey>.<question>.text|hint|items|columns`. */
  textKey: string;
  dimensions: readonly TDimensionDef[];
  questions: readonly TQuestionDef[];
}

const q = (id: string, type: TAnswerType, count: number, exclusive?: number[]): TQuestionDef =>
  exclusive ? { id, type, count, exclusive } : { id, type, count };

export const SME_2023: TQuestionnaireDef = {
  id: 'sme',
  version: 'sme-2023',
  textKey: 'sme-2023',
  dimensions: [
    { id: 'D1', questions: ['Q1', 'Q2'], exportColumn: 'Digital Business Strategy' },
    { id: 'D2', questions: ['Q3', 'Q4'], exportColumn: 'Digital Readiness' },
    { id: 'D3', questions: ['Q5', 'Q6'], exportColumn: 'Human-Centric Digitalisation' },
    { id: 'D4', questions: ['Q7', 'Q8'], exportColumn: 'Data Governance' },
    { id: 'D5', questions: ['Q9'], exportColumn: 'Automation & Artificial Intelligence' },
    { id: 'D6', questions: ['Q10', 'Q11'], exportColumn: 'Green Digitalisation' },
  ],
  questions: [
    q('Q1', 'matrix2', 10),
    q('Q2', 'checkbox', 10),
    q('Q3', 'checkbox', 10),
    q('Q4', 'scale', 7),
    q('Q5', 'checkbox', 7),
    q('Q6', 'checkbox', 8),
    q('Q7', 'checkbox', 8, [2]),
    q('Q8', 'checkbox', 6),
    q('Q9', 'scale', 5),
    q('Q10', 'checkbox', 10),
    q('Q11', 'tristate', 5),
  ],
};

export const PSO_2023: TQuestionnaireDef = {
  id: 'pso',
  version: 'pso-2023',
  textKey: 'pso-2023',
  dimensions: [
    { id: 'D1', questions: ['P1', 'P2'], exportColumn: 'Digital Strategy and Investments' },
    { id: 'D2', questions: ['P3', 'P4'], exportColumn: 'Digital Readiness' },
    { id: 'D3', questions: ['P5', 'P6'], exportColumn: 'Human-Centric Digitalisation' },
    { id: 'D4', questions: ['P7', 'P8'], exportColumn: 'Data Management and Security' },
    { id: 'D5', questions: ['P9'], exportColumn: 'Interoperability' },
    { id: 'D6', questions: ['P10', 'P11'], exportColumn: 'Green Digitalisation' },
  ],
  questions: [
    q('P1', 'checkbox', 10),
    q('P2', 'matrix2', 8),
    q('P3', 'checkbox', 9),
    q('P4', 'scale', 8),
    q('P5', 'checkbox', 7),
    q('P6', 'checkbox', 10),
    q('P7', 'checkbox', 9),
    q('P8', 'checkbox', 6),
    q('P9', 'matrix2', 16),
    q('P10', 'checkbox', 9),
    q('P11', 'tristate', 5),
  ],
};

/** The questionnaire version used for new assessments, per questionnaire. */
export const CURRENT_QUESTIONNAIRES: Record<TQuestionnaireId, TQuestionnaireDef> = { sme: SME_2023, pso: PSO_2023 };

/** Every version ever published, by version id (stored assessments name theirs). */
export const QUESTIONNAIRE_VERSIONS: Record<string, TQuestionnaireDef> = {
  [SME_2023.version]: SME_2023,
  [PSO_2023.version]: PSO_2023,
};

/** A published version by its id, or undefined for one this code does not know. */
export function findQuestionnaireVersion(version: string): TQuestionnaireDef | undefined {
  return Object.hasOwn(QUESTIONNAIRE_VERSIONS, version) ? QUESTIONNAIRE_VERSIONS[version] : undefined;
}

/**
 * The `dma` namespace path of a question's texts in the wording of `def`, optionally with a part:
 * questionTextKey(SME_2023, 'Q1', 'items.3') → 'questions.sme-2023.Q1.items.3'.
 */
export function questionTextKey(def: Pick<TQuestionnaireDef, 'textKey'>, questionId: string, part?: string): string {
  const base = `questions.${def.textKey}.${questionId}`;
  return part ? `${base}.${part}` : base;
}

/** The questions of one dimension, in order. */
export function questionsOf(def: TQuestionnaireDef, dimension: TDimensionId): TQuestionDef[] {
  const dim = def.dimensions.find((d) => d.id === dimension);
  return (dim?.questions ?? []).map((id) => def.questions.find((x) => x.id === id)!);
}

/** The answer JSON of dma.md: checkbox → option numbers; matrix2 → plan/done rows; scale → levels; tristate → values. */
export type TAnswer = number[] | { plan: number[]; done: number[] } | TTristate[];
export type TAnswers = Record<string, unknown>;
