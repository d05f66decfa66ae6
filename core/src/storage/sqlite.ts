import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler,
  type DatabaseConnection, type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver, type QueryCompiler, type QueryResult,
} from 'kysely';
import type { Database } from './schema.js';
import { KyselyStore } from './store.js';

export interface SqliteOptions {
  /**
   * How long a statement waits for another connection's write lock before failing with SQLITE_BUSY
   * (milliseconds, default 5000).
   */
  busyTimeoutMs?: number;
}

/** Prepared statements kept per connection: the log's inserts repeat with the same shape. */
const STATEMENT_CACHE_SIZE = 100;

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * better-sqlite3 behind kysely. Unlike kysely's own SQLite driver it
 * - starts every transaction with BEGIN IMMEDIATE, so a transaction holds the write lock from its
 *   first statement: two connections (or processes) appending at once cannot both read the same
 *   log head and then race to write;
 * - waits for a lock held elsewhere without blocking the event loop: SQLite's own busy handler
 *   sleeps inside the call, which would stall this process, including a transaction it holds on
 *   another connection to the same file. Instead SQLite's busy timeout is 0 and a statement that
 *   is not inside a transaction (BEGIN IMMEDIATE, or a single write) is retried on SQLITE_BUSY
 *   with a short back-off until `busyTimeoutMs` has passed;
 * - keeps prepared statements.
 */
class SqliteConnection implements DatabaseConnection {
  readonly #db: BetterSqlite3.Database;
  readonly #busyTimeoutMs: number;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database, busyTimeoutMs: number) {
    this.#db = db;
    this.#busyTimeoutMs = busyTimeoutMs;
  }

  #prepare(text: string): BetterSqlite3.Statement {
    let stmt = this.#statements.get(text);
    if (stmt) {
      this.#statements.delete(text);
    } else {
      stmt = this.#db.prepare(text);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
    }
    this.#statements.set(text, stmt);
    return stmt;
  }

  #run<R>(q: CompiledQuery): QueryResult<R> {
    const stmt = this.#prepare(q.sql);
    const params = q.parameters as unknown[];
    if (stmt.reader) return { rows: stmt.all(params) as R[] };
    const { changes, lastInsertRowid } = stmt.run(params);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    let deadline = 0;
    for (let wait = 1; ; wait = Math.min(wait * 2, 25)) {
      try {
        return this.#run<R>(q);
      } catch (e) {
        // inside a transaction a busy statement is not retried: the transaction already holds the lock it needs
        if (!isBusy(e) || this.#db.inTransaction) throw e;
        deadline ||= Date.now() + this.#busyTimeoutMs;
        if (Date.now() >= deadline) throw e;
        await sleep(wait);
      }
    }
  }

  async *streamQuery<R>(q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    // a statement of its own: a cached one could be wanted again while this one is still being read
    const stmt = this.#db.prepare(q.sql);
    for (const row of stmt.iterate(q.parameters as unknown[])) yield { rows: [row as R] };
  }
}

/** One connection, used by one query or transaction at a time. */
class SqliteDriver implements Driver {
  readonly #connection: SqliteConnection;
  readonly #db: BetterSqlite3.Database;
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(db: BetterSqlite3.Database, busyTimeoutMs: number) {
    this.#db = db;
    this.#connection = new SqliteConnection(db, busyTimeoutMs);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#release = release;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // SQLite may already have rolled back on its own (e.g. disk full); a second rollback would hide the first error
    if (this.#db.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    this.#db.close();
  }
}

/**
 * SQLite runs DDL inside transactions; saying so makes kysely's migrator apply migrations in one
 * (IMMEDIATE) transaction, which is also the lock that keeps two connections migrating one file
 * at once from both applying the same migration.
 */
class SqliteTransactionalAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SqliteImmediateDialect implements Dialect {
  constructor(private readonly db: BetterSqlite3.Database, private readonly busyTimeoutMs: number) {}
  createDriver(): Driver {
    return new SqliteDriver(this.db, this.busyTimeoutMs);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new SqliteTransactionalAdapter();
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

/**
 * Opens (creating it if need be) an SQLite store: the default backend, one file next to the
 * server. Write-ahead logging, full sync on commit (a receipt is only sent for a batch that is on
 * disk), foreign keys on, temporary storage in memory. Call `migrate()` before use.
 */
export function openSqlite(file: string, options: SqliteOptions = {}): KyselyStore {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const db = new BetterSqlite3(file);
  try {
    // switching to WAL needs a moment's exclusive access when another process is opening the same new file
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // a multi-row insert inside a transaction keeps a statement journal; past 64 KiB SQLite would
    // write it to a temporary file, one per statement
    db.pragma('temp_store = MEMORY');
    db.pragma('busy_timeout = 0');
  } catch (e) {
    db.close();
    throw e;
  }
  return new KyselyStore('sqlite', new Kysely<Database>({ dialect: new SqliteImmediateDialect(db, busyTimeoutMs) }));
}
