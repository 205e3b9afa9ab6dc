/** The facilities contract: enums, request and response schemas, their types. */
export * from './enums';
export * from './schemas';
