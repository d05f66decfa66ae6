import type { Kysely, Migration } from 'kysely';
import { columns, type Backend } from './dialect.js';

/** The warning engine's saved output: signal states, their changes in order, and its cursor. */
export const engine = (backend: Backend): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('signals')
      .addColumn('id', columns.orderedText(backend), (c) => c.primaryKey())
      .addColumn('case_id', 'text')
      .addColumn('unit_id', 'text', (c) => c.notNull())
      .addColumn('region_code', 'text')
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('signals_unit').on('signals').columns(['unit_id', 'id']).execute();
    await db.schema.createIndex('signals_case').on('signals').column('case_id').execute();
    await db.schema.createIndex('signals_status').on('signals').columns(['status', 'id']).execute();

    await columns
      .autoId(backend, db.schema.createTable('signal_changes'), 'change_id')
      .addColumn('signal_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text', (c) => c.notNull())
      .addColumn('region_code', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('engine_cursor')
      .addColumn('id', 'integer', columns.singleRowId)
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('as_of', 'text')
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('engine_cursor').execute();
    await db.schema.dropTable('signal_changes').execute();
    await db.schema.dropTable('signals').execute();
  },
});
