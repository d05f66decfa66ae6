import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { KyselyStore } from './store.js';

/** The backends a store can use. */
export const STORE_BACKENDS = ['sqlite', 'postgres'] as const;

/** The SQLite file used when neither a database URL nor a file is given. */
export const DEFAULT_SQLITE_FILE = 'fsjc-core.db';

export interface OpenStoreOptions {
  /** A postgres:// or postgresql:// URL selects PostgreSQL. */
  databaseUrl?: string;
  /** The SQLite file (or ':memory:') when no PostgreSQL URL is given; default fsjc-core.db. */
  file?: string;
}

/** Whether a database URL names PostgreSQL. */
export const isPostgresUrl = (url: string): boolean => /^postgres(?:ql)?:\/\//i.test(url);

/**
 * Opens the store the options name: PostgreSQL for a postgres:// URL, else an SQLite file.
 * Opening does not touch the schema: call `migrate()` next.
 */
export function openStore(opts: OpenStoreOptions = {}): KyselyStore {
  if (opts.databaseUrl !== undefined && opts.databaseUrl !== '') {
    if (isPostgresUrl(opts.databaseUrl)) return openPostgres(opts.databaseUrl);
    throw new Error(`unsupported database URL "${opts.databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}": give a postgres:// URL, or an SQLite file`);
  }
  return openSqlite(opts.file ?? DEFAULT_SQLITE_FILE);
}
