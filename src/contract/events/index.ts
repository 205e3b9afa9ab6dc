/** The events capability's contract: enums, error codes and mail kinds (server and web). */
export * from './enums';
export * from './errors';
export * from './mail';
export * from './types';
