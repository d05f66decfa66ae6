import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Backend } from './dialect.js';
import { log } from './001-log.js';
import { projection } from './002-projection.js';
import { engine } from './003-engine.js';
import { access } from './004-access.js';
import { outbox } from './005-outbox.js';
import { scores } from './006-scores.js';

export type { Backend } from './dialect.js';

/** Every migration, by name; applied in name order. New ones are added at the end, never edited once released. */
export function migrations(backend: Backend): Record<string, Migration> {
  return {
    '001-log': log(backend),
    '002-projection': projection(backend),
    '003-engine': engine(backend),
    '004-access': access(backend),
    '005-outbox': outbox(backend),
    '006-scores': scores(backend),
  };
}

/** The migrations as kysely's provider: a static list, so nothing is looked up on disk (they are bundled). */
class StaticProvider implements MigrationProvider {
  constructor(private readonly backend: Backend) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.backend);
  }
}

/** The tables kysely keeps its bookkeeping in, named for this project so a shared database is not confused. */
export const MIGRATION_TABLE = 'fsjc_migration';
export const MIGRATION_LOCK_TABLE = 'fsjc_migration_lock';

/**
 * Applies the pending migrations in order, each once. On PostgreSQL the bookkeeping tables live in
 * the schema the connection works in (the first on its search_path), so several stores can share
 * one database in separate schemas.
 */
export async function migrateToLatest(db: Kysely<any>, backend: Backend): Promise<string[]> {
  let migrationTableSchema: string | undefined;
  if (backend === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(backend),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    migrationTableSchema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed ? `${failed.migrationName} ` : ''}failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
