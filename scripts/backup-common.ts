// What `npm run backup` and `npm run restore` share.
import path from 'node:path';
import { ZConfig } from '../src/config';

/** EDIHUB_DATA_DIR as the server reads it (default ./data), absolute. */
export function dataDirFromEnv(): string {
  return path.resolve(ZConfig.shape.EDIHUB_DATA_DIR.parse(process.env.EDIHUB_DATA_DIR || undefined));
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** With DATABASE_URL the database is PostgreSQL's to back up: the commands to use (nothing is done). */
export function postgresInstructions(): string {
  return [
    'DATABASE_URL is set: the database is on a PostgreSQL server, which has its own tools. Nothing was done.',
    'Back up (consistent while the app runs; custom format, compressed):',
    '  pg_dump -Fc -d "$DATABASE_URL" -f edihub-$(date -u +%Y%m%dT%H%M%SZ).dump',
    'Restore into an empty database (stop the app processes first), then start the app:',
    '  pg_restore --no-owner --exit-on-error -d "$DATABASE_URL" edihub-….dump',
    'The app keeps no other state: sessions, rate-limit counters and the mail outbox are in the database.',
    'See docs/OPERATIONS.md.',
  ].join('\n');
}
