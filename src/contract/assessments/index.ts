/** The assessments capability's contract: enums, limits, request and response schemas, inferred types. */
export * from './enums';
export * from './schemas';
