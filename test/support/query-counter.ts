import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../src/platform/db/client';

/** The statements the app sent to the database while the counter ran (transaction control left out). */
export interface QueryCounter {
  readonly statements: string[];
  /** Forgets what was counted so far. */
  reset(): void;
  /** Puts the driver back as it was. */
  stop(): void;
}

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * Counts the statements sent through the test database's driver (PGlite or the node-postgres pool), including those of
 * transactions and of the auth layer, so a test can say how many round trips one request costs on either database.
 */
export function countQueries(database: Database): QueryCounter {
  const statements: string[] = [];
  const note = (text: unknown) => {
    const sql = typeof text === 'string' ? text : String((text as { text?: string })?.text ?? '');
    if (!CONTROL.test(sql)) statements.push(sql.replace(/\s+/g, ' ').trim());
  };
  const restore: (() => void)[] = [];

  /** Replaces obj[key] with a wrapper that notes the statement first; undone by stop(). */
  function wrap<T extends object>(obj: T, key: keyof T & string, before: (args: unknown[]) => void) {
    const original = obj[key] as unknown as (...args: unknown[]) => unknown;
    (obj as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      before(args);
      return original.apply(this, args);
    };
    restore.push(() => {
      (obj as Record<string, unknown>)[key] = original;
    });
  }

  if (database.pglite) {
    const lite: PGlite = database.pglite;
    wrap(lite, 'query', (args) => note(args[0]));
    wrap(lite, 'exec', (args) => note(args[0]));
    const transaction = lite.transaction.bind(lite);
    lite.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) =>
      transaction((tx) => {
        const query = tx.query.bind(tx);
        const exec = tx.exec.bind(tx);
        tx.query = ((text: string, ...rest: unknown[]) => {
          note(text);
          return (query as (...a: unknown[]) => unknown)(text, ...rest);
        }) as typeof tx.query;
        tx.exec = ((text: string, ...rest: unknown[]) => {
          note(text);
          return (exec as (...a: unknown[]) => unknown)(text, ...rest);
        }) as typeof tx.exec;
        return callback(tx);
      })) as typeof lite.transaction;
    restore.push(() => {
      lite.transaction = Object.getPrototypeOf(lite).transaction;
    });
  } else if (database.pool) {
    // Every statement of the pool (pool.query included) goes through a pg.Client of the app's own `pg` module.
    wrap(pg.Client.prototype, 'query', (args) => note(args[0]));
  } else {
    throw new Error('countQueries: the database has neither a PGlite instance nor a pool');
  }

  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
    stop: () => {
      while (restore.length) restore.pop()!();
    },
  };
}
