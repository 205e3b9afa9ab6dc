import type { Db, DatabaseKind } from '../db/client';
import type { TConfig } from '../../config';
import type { TAuth } from '../auth/auth';

/** What route modules receive: dependencies passed in, never imported singletons. */
export interface TAppContext {
  db: Db;
  databaseKind: DatabaseKind;
  auth: TAuth;
  clock: () => Date;
  config: TConfig;
}

export interface TModuleOptions {
  ctx: TAppContext;
}
