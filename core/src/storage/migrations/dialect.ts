import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder } from 'kysely';

export type Backend = 'sqlite' | 'postgres';

/**
 * The few column definitions that differ between the two backends; every migration takes the
 * backend and uses these, so the rest of the schema is written once.
 */
export const columns = {
  /** Bytes kept exactly: BLOB in SQLite, bytea in PostgreSQL. */
  bytes: (backend: Backend) => (backend === 'postgres' ? 'bytea' : 'blob') as 'bytea' | 'blob',
  /** Text compared byte by byte on both backends (PostgreSQL's default collation follows the locale), for keys that are paged in order. */
  orderedText: (backend: Backend) => (backend === 'postgres' ? sql`text collate "C"` : sql`text`),
  /** The key of a single-row table: its only row has ID 1. */
  singleRowId: (c: ColumnDefinitionBuilder) => c.primaryKey().check(sql`id = 1`),
  /** A store-assigned increasing ID: 1, 2, 3, … in insertion order. */
  autoId<T extends string>(backend: Backend, table: CreateTableBuilder<T, never>, name: string): CreateTableBuilder<T, never> {
    return backend === 'postgres'
      ? table.addColumn(name, 'bigint', (c: ColumnDefinitionBuilder) => c.primaryKey().generatedAlwaysAsIdentity())
      : table.addColumn(name, 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
  },
};
