import type { Kysely, Migration } from 'kysely';
import { columns, type Backend } from './dialect.js';

/** Access tokens, kept only as hashes (FSJC-API-040), and the append-only audit log (FSJC-API-044). */
export const access = (backend: Backend): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text')
      .addColumn('region_code', 'text')
      .addColumn('system_id', 'text')
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await columns
      .autoId(backend, db.schema.createTable('audit_log'), 'id')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('token_id', 'text')
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_log_token').on('audit_log').columns(['token_id', 'id']).execute();
    await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('audit_log').execute();
    await db.schema.dropTable('tokens').execute();
  },
});
