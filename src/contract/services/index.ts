/** The service catalogue's contract: enums, limits, request and response schemas, their types. */
export * from './enums';
export * from './schemas';
