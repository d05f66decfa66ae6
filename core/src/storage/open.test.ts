import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './chain.js';
import { DEFAULT_SQLITE_FILE, isPostgresUrl, openStore, STORE_BACKENDS } from './open.js';
import { receiptFor, sampleBatch } from './testing-batches.js';

describe('openStore', () => {
  it('opens SQLite by default (in memory here) and PostgreSQL for a postgres:// or postgresql:// URL', async () => {
    expect(STORE_BACKENDS).toEqual(['sqlite', 'postgres']);
    expect(DEFAULT_SQLITE_FILE).toBe('fsjc-core.db');
    const memory = openStore({ file: ':memory:' });
    expect(memory.backend).toBe('sqlite');
    await memory.migrate();
    const b = sampleBatch('SYS-MEM', 1, [{ id: 'M-1' }]);
    expect((await memory.appendBatch(b.input, b.records, receiptFor)).entry?.seq).toBe(1);
    expect(await memory.verifyChain()).toEqual({ ok: true, entries: 1 });
    await memory.close();

    for (const url of ['postgres://u@127.0.0.1:1/db', 'postgresql://u:p@127.0.0.1:1/db?sslmode=disable']) {
      expect(isPostgresUrl(url)).toBe(true);
      // the pool connects on first use only
      const pg = openStore({ databaseUrl: url, file: 'ignored.db' });
      expect(pg.backend).toBe('postgres');
      await pg.close();
    }
    expect(() => openStore({ databaseUrl: 'mysql://u:secret@host/db' })).toThrow(/unsupported database URL "mysql:\/\/…@host\/db"/);
  });

  it('a fresh store has an empty log at the genesis hash', async () => {
    const s = openStore({ file: ':memory:' });
    await s.migrate();
    expect(await s.head()).toEqual({ seq: 0, hash: GENESIS_HASH });
    await s.close();
  });

  it('opens an SQLite file with write-ahead logging, full sync on commit, foreign keys and temporary storage in memory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-open-'));
    const s = openStore({ file: path.join(dir, 'core.db') });
    try {
      const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(s.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL: a receipt only for what is on disk
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('temp_store')).toBe(2); // MEMORY: no statement journal files per multi-row insert
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
