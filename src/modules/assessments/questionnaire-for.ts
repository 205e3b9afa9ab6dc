import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { MAX_LISTED_ISSUES } from '../../platform/http/schemas';
import {
  CURRENT_QUESTIONNAIRES,
  findQuestionnaireVersion,
  type TQuestionnaireDef,
  type TQuestionnaireId,
} from '../../domain/dma/questionnaires';
import { SCORING_PROFILES, validateAnswers, type TAnswerIssue, type TScoringProfile } from '../../domain/dma/scoring';

/** Public-sector organisations take the PSO questionnaire; everyone else the enterprise one. */
export function questionnaireForType(organisationType: string): TQuestionnaireId {
  return organisationType === 'pso' ? 'pso' : 'sme';
}

/**
 * The stored version's definition (a published version never changes). A version this server does not
 * know (a row written by a newer release, or edited by hand) is a 409 naming it, not a crash.
 */
export function definitionOf(version: string): TQuestionnaireDef {
  const def = findQuestionnaireVersion(version);
  if (!def)
    throw new AppError(
      'conflict',
      `The assessment uses questionnaire version "${version}", which this server does not know`,
      {
        questionnaireVersion: version,
      },
    );
  return def;
}

/** The stored scoring profile; an unknown one is a 409 naming it (the scores cannot be computed), not a crash. */
export function profileOf(id: string): TScoringProfile {
  const profile = Object.hasOwn(SCORING_PROFILES, id) ? SCORING_PROFILES[id] : undefined;
  if (!profile)
    throw new AppError('conflict', `The assessment uses scoring profile "${id}", which this server does not know`, {
      profile: id,
    });
  return profile;
}

export const currentDefinition = (id: TQuestionnaireId) => CURRENT_QUESTIONNAIRES[id];

/** More keys than any questionnaire has questions (about 40): beyond it a body is refused before any check. */
export const MAX_ANSWER_KEYS = 200;

/** An answers object keyed by question id, with at most MAX_ANSWER_KEYS keys (keys of at most `keyMax` characters). */
export const ZAnswers = (keyMax?: number) =>
  z
    .custom<Record<string, unknown>>(
      (v) => typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).length <= MAX_ANSWER_KEYS,
      { message: `at most ${MAX_ANSWER_KEYS} answers` },
    )
    .pipe(z.record(keyMax === undefined ? z.string() : z.string().max(keyMax), z.unknown()));

/**
 * A 400 that names the questions with a problem (details.fields[].field is the question id): the first
 * MAX_LISTED_ISSUES of them, with details.omitted counting the rest.
 */
export function answersError(issues: TAnswerIssue[]): AppError {
  const first = issues[0]!;
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const omitted = issues.length - listed.length;
  return new AppError(
    'validation_failed',
    issues.length === 1 ? first.message : `${first.message} (and ${issues.length - 1} more)`,
    {
      fields: listed.map((i) => ({ field: i.question, code: i.code, message: i.message })),
      ...(omitted > 0 ? { omitted } : {}),
    },
  );
}

/** Throws a 400 naming the questions when the answers break the questionnaire's rules. */
export function assertAnswers(def: TQuestionnaireDef, answers: unknown, complete: boolean): void {
  const issues = validateAnswers(def, answers, { complete });
  if (issues.length) throw answersError(issues);
}

/** How many questions hold an answer. */
export function answeredCount(def: TQuestionnaireDef, answers: Record<string, unknown>): number {
  return def.questions.filter((q) => answers[q.id] !== undefined && answers[q.id] !== null).length;
}
