/** The organisation registry's contract: shared by the server and the web app. */
export * from './errors';
export * from './mail';
export * from './schemas';
