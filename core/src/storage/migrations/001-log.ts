import type { Kysely, Migration } from 'kysely';
import { GENESIS_HASH } from '../chain.js';
import { columns, type Backend } from './dialect.js';

/** The batch log (FSJC-API-030): every batch as received, hash-chained, and its head row. */
export const log = (backend: Backend): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('log_entries')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('sender_system_id', 'text', (c) => c.notNull())
      .addColumn('sender_unit_id', 'text', (c) => c.notNull())
      .addColumn('sequence_number', 'bigint', (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('encoding', 'text', (c) => c.notNull())
      .addColumn('body', columns.bytes(backend), (c) => c.notNull())
      .addColumn('body_digest', 'text', (c) => c.notNull())
      .addColumn('record_count', 'integer', (c) => c.notNull())
      .addColumn('rejected', 'text', (c) => c.notNull())
      .addColumn('principal_id', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('receipt', 'text', (c) => c.notNull())
      .addUniqueConstraint('log_entries_key', ['sender_system_id', 'idempotency_key'])
      .addUniqueConstraint('log_entries_sequence', ['sender_system_id', 'sequence_number'])
      .execute();
    await db.schema
      .createTable('log_head')
      .addColumn('id', 'integer', (c) => columns.singleRowId(c))
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.insertInto('log_head').values({ id: 1, seq: 0, hash: GENESIS_HASH }).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('log_head').execute();
    await db.schema.dropTable('log_entries').execute();
  },
});
