/** Assessment endpoints for signed-in users; every mutation answers with the full assessment, so a page replaces its data. */
import { api, withQuery } from '../../shared/lib/api';
import type { TAssessment, TQuestionnaireId, TStage } from '../../../src/contract/assessments';

const one = (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}`;
const ofOrganisation = (organisationId: string) =>
  `/api/v1/organisations/${encodeURIComponent(organisationId)}/assessments`;

export const organisationAssessmentsPath = ofOrganisation;
export const organisationResultsPath = (organisationId: string) => `${ofOrganisation(organisationId)}/results`;
export const assessmentPath = one;

/** Starts a draft for the organisation (409 with details.draftId when one exists). */
export const createAssessment = (organisationId: string, answers?: Record<string, unknown>) =>
  api<TAssessment>('POST', ofOrganisation(organisationId), answers ? { answers } : {});

/** Saves part of a draft: given keys replace those answers, a null removes one, others are kept. */
export const saveAnswers = (id: string, answers: Record<string, unknown>) =>
  api<TAssessment>('PATCH', one(id), { answers });

export const submitAssessment = (id: string, stage?: TStage) =>
  api<TAssessment>('POST', `${one(id)}/submit`, stage ? { stage } : {});

export const correctAssessment = (
  id: string,
  body: { answers: Record<string, unknown>; reason: string; stage?: TStage },
) => api<TAssessment>('POST', `${one(id)}/correct`, body);

export const deleteAssessment = (id: string) => api<null>('DELETE', one(id));

/** The PDF report link (a plain download, not fetched as JSON). */
export const reportUrl = (id: string, lang: 'bg' | 'en') => withQuery(`${one(id)}/report.pdf`, { lang });

/** A Commission results file download link. */
export const exportUrl = (questionnaire: TQuestionnaireId, format: 'xlsx' | 'csv') =>
  withQuery(`/api/v1/dma/exports/${questionnaire}`, { format });

export const importPath = (questionnaire: TQuestionnaireId) => `/api/v1/dma/imports/${questionnaire}`;
