/** The events capability's contract: enums, request and response schemas, error codes and mail kinds. */
export * from './enums';
export * from './errors';
export * from './mail';
export * from './input';
export * from './schemas';
export * from './types';
