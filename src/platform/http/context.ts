import type { Db, DatabaseKind } from '../db/client';
import type { TConfig } from '../../config';
import type { TAuth } from '../auth/auth';
import type { TMeAbilities } from './abilities';

/** What route modules receive: dependencies passed in, never imported singletons. */
export interface TAppContext {
  db: Db;
  databaseKind: DatabaseKind;
  auth: TAuth;
  clock: () => Date;
  config: TConfig;
  /** Every capability's part of the abilities in GET /api/v1/me. */
  abilities: TMeAbilities;
}

export interface TModuleOptions {
  ctx: TAppContext;
}
