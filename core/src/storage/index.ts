/** The storage layer of the monitoring core: one interface over SQLite (default) and PostgreSQL. */
export type * from './types.js';
export { chainHash, entryIsIntact, GENESIS_HASH, sm3Hex } from './chain.js';
export { openStore, isPostgresUrl, STORE_BACKENDS, DEFAULT_SQLITE_FILE, type OpenStoreOptions } from './open.js';
export { openSqlite, type SqliteOptions } from './sqlite.js';
export { openPostgres, type PostgresOptions } from './postgres.js';
export { KyselyStore } from './store.js';
export { migrations } from './migrations/index.js';
