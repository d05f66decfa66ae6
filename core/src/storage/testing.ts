/**
 * Shared by the storage tests (not part of the package): the backends to run against, each in a
 * place of its own, and sample batches.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requirePostgres } from '../../../tests/support/postgres.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { KyselyStore } from './store.js';

export * from './testing-batches.js';

export interface BackendUnderTest {
  name: 'sqlite' | 'postgres';
  /** Not reachable (PostgreSQL only, outside CI). */
  skip: boolean;
  /**
   * Makes an empty database: `open()` gives a new store on it (call it twice for two connections),
   * `location` is what another process opens, `dispose()` removes it.
   */
  create(): Promise<{ location: string; open(): KyselyStore; dispose(): Promise<void> }>;
}

const pg = await requirePostgres();

export const BACKENDS: BackendUnderTest[] = [
  {
    name: 'sqlite',
    skip: false,
    async create() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-store-'));
      const file = path.join(dir, 'core.db');
      return { location: file, open: () => openSqlite(file), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    skip: pg.skip,
    async create() {
      const schema = await pg.freshSchema();
      return { location: schema.url, open: () => openPostgres(schema.url), dispose: schema.drop };
    },
  },
];
