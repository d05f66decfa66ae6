import type { Kysely, Migration } from 'kysely';
import type { Backend } from './dialect.js';

/** The scorer's results, one row per period and level. */
export const scores = (_backend: Backend): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('scores')
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('computed_at', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('scores_pkey', ['period', 'level'])
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('scores').execute();
  },
});
