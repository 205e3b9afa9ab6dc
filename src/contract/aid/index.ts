/** The state-aid ledger's contract: enums, limits, request and response schemas, their types, error codes. */
export * from './enums';
export * from './schemas';
export * from './errors';
