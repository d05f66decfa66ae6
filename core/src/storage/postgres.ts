import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';
import { KyselyStore } from './store.js';

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  maxConnections?: number;
}

const INT8 = 20;

/** BIGINT columns (log seqs, counts) come back as JS numbers: they stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Opens a PostgreSQL store for `url` (postgres://user:pass@host:port/db; a schema other than
 * public can be chosen with `?options=-c%20search_path%3Dname`). Call `migrate()` before use.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): KyselyStore {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, types });
  // An idle connection that drops (server restart) is replaced on next use; without a listener the error would end the process.
  pool.on('error', () => {});
  return new KyselyStore('postgres', new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
}
