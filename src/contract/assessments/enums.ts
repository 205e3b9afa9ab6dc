/** The digital maturity assessment's enumerations and limits, shared by the server, the pure domain and the web. */

export const QUESTIONNAIRE_IDS = ['sme', 'pso'] as const;
export type TQuestionnaireId = (typeof QUESTIONNAIRE_IDS)[number];

export const DIMENSION_IDS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const;
export type TDimensionId = (typeof DIMENSION_IDS)[number];

export const STAGES = ['T0', 'T1', 'T2'] as const;
export type TStage = (typeof STAGES)[number];

export const BANDS = ['basic', 'average', 'moderately_advanced', 'advanced'] as const;
export type TBand = (typeof BANDS)[number];

export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;
export type TAssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The largest Commission results file (XLSX or CSV) the import takes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
