import type { Kysely, Migration } from 'kysely';
import { columns, type Backend } from './dialect.js';

/** Webhook subscriptions and the outbox of messages to deliver to them (FSJC-API-052). */
export const outbox = (backend: Backend): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('event_types', 'text', (c) => c.notNull())
      .addColumn('unit_ids', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text')
      .execute();

    await columns
      .autoId(backend, db.schema.createTable('outbox'), 'id')
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('next_attempt_ms', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('delivered_at', 'text')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_ms', 'id']).execute();
    await db.schema.createIndex('outbox_subscription').on('outbox').columns(['subscription_id', 'status', 'id']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('outbox').execute();
    await db.schema.dropTable('subscriptions').execute();
  },
});
