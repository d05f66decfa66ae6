import type { Kysely, Migration } from 'kysely';
import type { Backend } from './dialect.js';

/**
 * The record projection (FSJC-API-030, FSJC-API-031): every accepted revision of every record,
 * rebuildable from the log, with the indexes the record queries filter on.
 */
export const projection = (_backend: Backend): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('records')
      .addColumn('sender_system_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('record_type', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('unit_id', 'text')
      .addColumn('region_code', 'text')
      .addColumn('case_number', 'text')
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('records_pkey', ['id', 'sender_system_id', 'revision'])
      .execute();
    await db.schema.createIndex('records_position').on('records').columns(['seq', 'idx']).execute();
    await db.schema.createIndex('records_type').on('records').columns(['record_type', 'seq', 'idx']).execute();
    await db.schema.createIndex('records_case').on('records').columns(['case_id', 'seq', 'idx']).execute();
    await db.schema.createIndex('records_unit').on('records').columns(['unit_id', 'seq', 'idx']).execute();
    await db.schema.createIndex('records_region').on('records').columns(['region_code', 'seq', 'idx']).execute();
    await db.schema.createIndex('records_case_number').on('records').column('case_number').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('records').execute();
  },
});
