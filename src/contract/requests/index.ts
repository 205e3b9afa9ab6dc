/** The requests capability's contract: enums, limits, error codes, mail kinds and API shapes (server and web). */
export * from './errors';
export * from './mail';
export * from './enums';
export * from './request-ref';
export * from './schemas';
export * from './journey';
