import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, sm3Hex } from './chain.js';
import { MIGRATION_TABLE } from './migrations/index.js';
import type { KyselyStore } from './store.js';
import { BACKENDS, events, receiptFor, sampleBatch } from './testing.js';
import type { LogEntry, ProjectedRecord } from './types.js';

/** The same suite on both backends: SQLite on a temporary file, PostgreSQL in a fresh schema. */
describe.each(BACKENDS)('storage on $name', (backend) => {
  let store: KyselyStore;
  let dispose: () => Promise<void>;
  let open: () => KyselyStore;

  beforeAll(async () => {
    if (backend.skip) return;
    const db = await backend.create();
    dispose = db.dispose;
    open = db.open;
    store = open();
    await store.migrate();
  });

  afterAll(async () => {
    try {
      await store?.close();
    } finally {
      await dispose?.();
    }
  });

  /** Appends a sample batch and returns its entry (fails on a conflict). */
  async function append(...args: Parameters<typeof sampleBatch>): Promise<LogEntry> {
    const b = sampleBatch(...args);
    const r = await store.appendBatch(b.input, b.records, receiptFor);
    if (!r.entry) throw new Error(`conflict with entry ${r.conflict.seq}`);
    return r.entry;
  }

  const count = async (table: 'log_entries' | 'records') =>
    Number((await store.db.selectFrom(table).select(({ fn }) => fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  describe.skipIf(backend.skip)('schema', () => {
    it('migrations are applied once, in order; running them again changes nothing', async () => {
      await store.migrate();
      const again = open();
      await again.migrate();
      await again.close();
      const applied = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(store.db);
      expect(applied.rows.map((r) => r.name)).toEqual(['001-log', '002-projection', '003-engine', '004-access', '005-outbox', '006-scores']);
      expect(await store.head()).toEqual({ seq: 0, hash: GENESIS_HASH });
      expect(await store.engineCursor()).toEqual({ seq: 0 });
      expect(await store.verifyChain()).toEqual({ ok: true, entries: 0 });
    });
  });

  describe.skipIf(backend.skip)('log', () => {
    it('FSJC-API-030: appends get seq 1, 2, 3, … and a valid hash chain; the receipt is made with them and kept', async () => {
      const seen: Omit<LogEntry, 'receipt'>[] = [];
      const entries: LogEntry[] = [];
      for (let n = 1; n <= 5; n++) {
        const b = sampleBatch('SYS-LOG', n, events(`LOG-${n}`, 3, { caseId: `C-${n}`, unitId: 'U-1' }));
        const r = await store.appendBatch(b.input, b.records, (e) => (seen.push(e), receiptFor(e)));
        expect(r.replayed).toBe(false);
        entries.push(r.entry!);
      }
      expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(entries[0].prevHash).toBe(GENESIS_HASH);
      for (let i = 1; i < entries.length; i++) expect(entries[i].prevHash).toBe(entries[i - 1].hash);
      expect(seen.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(entries.map((e) => e.receipt.logHash)).toEqual(entries.map((e) => e.hash));
      expect(await store.head()).toEqual({ seq: 5, hash: entries[4].hash });
      expect(await store.verifyChain()).toEqual({ ok: true, entries: 5 });

      const stored = await store.entry(3);
      expect(stored).toEqual(entries[2]);
      expect(stored!.receipt).toEqual(receiptFor(seen[2]));
      expect(await store.entryByKey('SYS-LOG', 'SYS-LOG#4')).toEqual(entries[3]);
      expect(await store.entryBySequence('SYS-LOG', 2)).toEqual(entries[1]);
      expect(await store.entryBySequence('OTHER', 2)).toBeUndefined();
      expect(await store.entry(99)).toBeUndefined();

      // paged reading gives every entry once, in order, from where it is asked to start
      const paged: number[] = [];
      for await (const e of store.entries(1, 2)) paged.push(e.seq);
      expect(paged).toEqual([1, 2, 3, 4, 5]);
      const fromThree: number[] = [];
      for await (const e of store.entries(3, 1)) fromThree.push(e.seq);
      expect(fromThree).toEqual([3, 4, 5]);
    });

    it('FSJC-API-013: the same batch sent again (same idempotency key) is stored once and gets the first receipt', async () => {
      const first = await append('SYS-IDEM', 1, events('IDEM', 2));
      const headBefore = await store.head();
      const [entriesBefore, recordsBefore] = [await count('log_entries'), await count('records')];
      const again = sampleBatch('SYS-IDEM', 1, events('IDEM', 2));
      let called = false;
      const r = await store.appendBatch({ ...again.input, receivedAt: '2026-10-12T10:00:00+08:00' }, again.records, (e) => ((called = true), receiptFor(e)));
      expect(r.replayed).toBe(true);
      expect(r.entry).toEqual(first);
      expect(r.entry!.receipt).toEqual(first.receipt);
      expect(called).toBe(false);
      expect(await store.head()).toEqual(headBefore);
      expect([await count('log_entries'), await count('records')]).toEqual([entriesBefore, recordsBefore]);
    });

    it('FSJC-API-014: the same sequence number under another idempotency key is a conflict naming the batch that holds it', async () => {
      const first = await append('SYS-SEQ', 7, events('SEQ', 1));
      const headBefore = await store.head();
      const other = sampleBatch('SYS-SEQ', 7, events('SEQ-OTHER', 1), { key: 'another-key' });
      const r = await store.appendBatch(other.input, other.records, receiptFor);
      expect(r.entry).toBeUndefined();
      expect(r.conflict).toEqual(first);
      expect(await store.head()).toEqual(headBefore);
      expect(await store.records({ id: 'SEQ-OTHER-0' })).toEqual([]);
      // another sender may use the same sequence number and key
      const elsewhere = sampleBatch('SYS-SEQ-2', 7, events('SEQ-ELSEWHERE', 1), { key: 'another-key' });
      expect((await store.appendBatch(elsewhere.input, elsewhere.records, receiptFor)).entry?.seq).toBe(headBefore.seq + 1);
    });

    it('keeps the body byte for byte, GB18030 and arbitrary bytes included', async () => {
      const gb = iconv.encode('<?xml version="1.0" encoding="GB18030"?><batch><name>食品经营许可证 𠀀 €</name></batch>', 'gb18030');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
      const allBytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
      for (const [n, body, encoding] of [[1, gb, 'gb18030'], [2, allBytes, 'utf-8'], [3, Buffer.alloc(0), 'utf-8']] as const) {
        const e = await append('SYS-BYTES', n, [], { body, encoding });
        const back = (await store.entry(e.seq))!;
        expect(Buffer.from(back.body).equals(Buffer.from(body))).toBe(true);
        expect(back.bodyDigest).toBe(sm3Hex(body));
        expect(back.encoding).toBe(encoding);
      }
      expect(await store.verifyChain()).toMatchObject({ ok: true });
    });

    it('FSJC-API-030: an append that fails midway leaves neither its log entry nor any of its records', async () => {
      const headBefore = await store.head();
      const recordsBefore = await count('records');
      // the second record repeats the first's (sender, id, revision): the projection's key refuses it, after the entry row is written
      const bad = sampleBatch('SYS-ATOMIC', 1, [{ id: 'ATOMIC-1' }, { id: 'ATOMIC-2' }, { id: 'ATOMIC-1' }]);
      await expect(store.appendBatch(bad.input, bad.records, receiptFor)).rejects.toThrow();
      expect(await store.head()).toEqual(headBefore);
      expect(await store.entry(headBefore.seq + 1)).toBeUndefined();
      expect(await store.entryByKey('SYS-ATOMIC', 'SYS-ATOMIC#1')).toBeUndefined();
      expect(await count('records')).toBe(recordsBefore);
      // a throwing receipt maker also leaves nothing
      const good = sampleBatch('SYS-ATOMIC', 1, [{ id: 'ATOMIC-1' }]);
      await expect(store.appendBatch(good.input, good.records, () => { throw new Error('no signing key'); })).rejects.toThrow('no signing key');
      expect(await store.head()).toEqual(headBefore);
      // and the log goes on without a gap
      const next = await store.appendBatch(good.input, good.records, receiptFor);
      expect(next.entry?.seq).toBe(headBefore.seq + 1);
      expect(await store.verifyChain()).toMatchObject({ ok: true });
    });

    it('a batch of thousands of records is projected whole (statements split under the parameter limit)', async () => {
      const n = 3_100;
      const e = await append('SYS-BIG', 1, events('BIG', n, { caseId: 'C-BIG', unitId: 'U-BIG' }));
      const rows = await store.records({ caseId: 'C-BIG' });
      expect(rows).toHaveLength(n);
      expect(rows.every((r) => r.seq === e.seq)).toBe(true);
      expect(rows.map((r) => r.index)).toEqual(Array.from({ length: n }, (_, i) => i));
      const latest = await store.latestRevisions('SYS-BIG', [...rows.map((r) => r.id), 'NOT-THERE']);
      expect(latest.size).toBe(n);
      expect(latest.get('BIG-3000')).toBe(1);
      expect(latest.has('NOT-THERE')).toBe(false);
    });
  });

  describe.skipIf(backend.skip)('projection', () => {
    let seqs: number[];

    beforeAll(async () => {
      if (backend.skip) return;
      const s = 'SYS-PROJ';
      seqs = [
        (await append(s, 1, [
          { id: 'CASE-1', recordType: 'case', caseId: 'CASE-1', unitId: 'U-A', regionCode: '330102', caseNumber: 'N-001' },
          { id: 'EV-1', caseId: 'CASE-1', unitId: 'U-A', regionCode: '330102' },
          { id: 'CASE-2', recordType: 'case', caseId: 'CASE-2', unitId: 'U-B', regionCode: '330105', caseNumber: 'N-002' },
        ])).seq,
        (await append(s, 2, [
          { id: 'CASE-1', revision: 2, recordType: 'case', caseId: 'CASE-1', unitId: 'U-C', regionCode: '330106', caseNumber: 'N-001' },
          { id: 'EV-2', caseId: 'CASE-2', unitId: 'U-B', regionCode: '330105' },
          { id: 'FB-1', recordType: 'feedback', unitId: 'U-A', regionCode: '330102' },
        ])).seq,
        (await append(s, 3, [{ id: 'CASE-1', revision: 3, recordType: 'case', caseId: 'CASE-1', unitId: 'U-C', regionCode: '330106', caseNumber: 'N-001' }])).seq,
        // another sender may use the same record IDs: its records are apart
        (await append('SYS-PROJ-2', 1, [{ id: 'CASE-1', recordType: 'case', caseId: 'CASE-1', unitId: 'U-Z', regionCode: '330102', caseNumber: 'N-101' }])).seq,
      ];
    });

    const ids = (rows: { id: string; revision: number; senderSystemId: string }[]) => rows.map((r) => `${r.senderSystemId === 'SYS-PROJ' ? '' : `${r.senderSystemId}:`}${r.id}@${r.revision}`);
    const proj = (q: Parameters<KyselyStore['records']>[0]) => store.records(q).then((rows) => ids(rows.filter((r) => r.senderSystemId.startsWith('SYS-PROJ'))));

    it('FSJC-API-031: every revision is kept; latestOnly (the default) gives each record\'s highest revision only', async () => {
      expect(await proj({ id: 'CASE-1', latestOnly: false })).toEqual(['CASE-1@1', 'CASE-1@2', 'CASE-1@3', 'SYS-PROJ-2:CASE-1@1']);
      expect(await proj({ id: 'CASE-1' })).toEqual(['CASE-1@3', 'SYS-PROJ-2:CASE-1@1']);
      expect(await store.latestRevisions('SYS-PROJ', ['CASE-1', 'CASE-2', 'EV-9'])).toEqual(new Map([['CASE-1', 3], ['CASE-2', 1]]));
      expect(await store.latestRevisions('SYS-PROJ', [])).toEqual(new Map());
      const [row] = await store.records({ id: 'CASE-1', caseNumber: 'N-001' });
      expect(row).toEqual({
        seq: seqs[2], index: 0, senderSystemId: 'SYS-PROJ', recordType: 'case', id: 'CASE-1', revision: 3, caseId: 'CASE-1', unitId: 'U-C',
        regionCode: '330106', caseNumber: 'N-001', body: JSON.stringify({ recordType: 'case', id: 'CASE-1', revision: 3 }),
      });
      const [feedback] = await store.records({ id: 'FB-1' });
      expect(feedback).not.toHaveProperty('caseId');
      expect(feedback).not.toHaveProperty('caseNumber');
    });

    it('FSJC-API-031: keeps each record\'s JSON text exactly as given (quotes, escapes, spacing, Chinese)', async () => {
      const bodies = [
        '{"recordType":"event","id":"TXT-1","opinion":"同意 \\"准予\\" 许可\\\\"}',
        '{ "recordType" : "event",\n "id": "TXT-2", "note": "\\u4e2d\\ud800 [1, 2] {}" }',
        '{"recordType":"event","id":"TXT-3","list":["a","b"],"n":1.50e3}',
      ];
      const rows: ProjectedRecord[] = bodies.map((body, i) => ({ senderSystemId: 'SYS-TEXT', recordType: 'event', id: `TXT-${i + 1}`, revision: 1, index: i, body }));
      await store.bulkInsertRecords(9_000_001, rows);
      const back = await store.records({ recordType: 'event' }).then((r) => r.filter((x) => x.senderSystemId === 'SYS-TEXT'));
      // rows without a log entry: gone again before the tests that page through or rebuild the projection
      await store.db.deleteFrom('records').where('sender_system_id', '=', 'SYS-TEXT').execute();
      expect(back.map((r) => r.body)).toEqual(bodies);
    });

    it('filters by record type, case, case number, units and region, in log order', async () => {
      expect(await proj({ recordType: 'case' })).toEqual(['CASE-2@1', 'CASE-1@3', 'SYS-PROJ-2:CASE-1@1']);
      expect(await proj({ recordType: 'case', latestOnly: false })).toEqual(['CASE-1@1', 'CASE-2@1', 'CASE-1@2', 'CASE-1@3', 'SYS-PROJ-2:CASE-1@1']);
      expect(await proj({ caseId: 'CASE-2' })).toEqual(['CASE-2@1', 'EV-2@1']);
      expect(await proj({ caseNumber: 'N-001' })).toEqual(['CASE-1@3']);
      expect(await proj({ caseNumber: 'N-001', latestOnly: false })).toEqual(['CASE-1@1', 'CASE-1@2', 'CASE-1@3']);
      expect(await proj({ unitIds: ['U-A'] })).toEqual(['EV-1@1', 'FB-1@1']);
      // the case moved from U-A to U-C: U-A's scope no longer sees it, unless every revision is asked for
      expect(await proj({ unitIds: ['U-A'], latestOnly: false })).toEqual(['CASE-1@1', 'EV-1@1', 'FB-1@1']);
      expect(await proj({ unitIds: ['U-B', 'U-C', 'U-B'] })).toEqual(['CASE-2@1', 'EV-2@1', 'CASE-1@3']);
      expect(await proj({ unitIds: [] })).toEqual([]);
      expect(await proj({ unitIds: [], latestOnly: false })).toEqual([]);
      expect(await proj({ regionCode: '330102' })).toEqual(['EV-1@1', 'FB-1@1', 'SYS-PROJ-2:CASE-1@1']);
      expect(await proj({ regionCode: '330102', recordType: 'case', unitIds: ['U-Z'] })).toEqual(['SYS-PROJ-2:CASE-1@1']);
    });

    it('pages by (seq, index) after a position, in log order', async () => {
      const all = await store.records({ latestOnly: false, after: { seq: seqs[0], index: -1 } });
      expect(ids(all)).toEqual(['CASE-1@1', 'EV-1@1', 'CASE-2@1', 'CASE-1@2', 'EV-2@1', 'FB-1@1', 'CASE-1@3', 'SYS-PROJ-2:CASE-1@1']);
      const pages: string[][] = [];
      let after = { seq: seqs[0] - 1, index: Number.MAX_SAFE_INTEGER };
      for (;;) {
        const page = await store.records({ latestOnly: false, after, limit: 3 });
        if (page.length === 0) break;
        pages.push(ids(page));
        after = { seq: page[page.length - 1].seq, index: page[page.length - 1].index };
      }
      expect(pages).toEqual([['CASE-1@1', 'EV-1@1', 'CASE-2@1'], ['CASE-1@2', 'EV-2@1', 'FB-1@1'], ['CASE-1@3', 'SYS-PROJ-2:CASE-1@1']]);
      expect(ids(await store.records({ latestOnly: false, after: { seq: seqs[0], index: 1 }, limit: 2 }))).toEqual(['CASE-2@1', 'CASE-1@2']);
      expect(await store.records({ limit: 0 })).toEqual([]);
      // a position past any index of its entry goes on with the next entry
      expect(ids(await store.records({ latestOnly: false, after: { seq: seqs[0], index: Number.MAX_SAFE_INTEGER }, limit: 1 }))).toEqual(['CASE-1@2']);
    });

    it('FSJC-API-030: rebuildProjection refills the projection from the log alone, row for row', async () => {
      const snapshot = async () => (await store.records({ latestOnly: false })).map((r) => JSON.stringify(r)).sort();
      const before = await snapshot();
      // the test's parser: the records are the sample body's; rejected ones are left out, as the server's parser does
      const recordsOf = new Map<number, ProjectedRecord[]>();
      for await (const e of store.entries()) {
        recordsOf.set(e.seq, (await store.records({ latestOnly: false, after: { seq: e.seq, index: -1 } }))
          .filter((r) => r.seq === e.seq)
          .map(({ seq: _seq, ...r }) => r));
      }
      await store.db.deleteFrom('records').where('seq', '=', seqs[1]).execute();
      expect(await snapshot()).not.toEqual(before);
      const result = await store.rebuildProjection((e) => recordsOf.get(e.seq) ?? []);
      expect(result.entries).toBe((await store.head()).seq);
      expect(result.records).toBe(before.length);
      expect(await snapshot()).toEqual(before);
      // all or nothing: a parser that fails halfway leaves the projection as it was
      await expect(store.rebuildProjection((e) => { if (e.seq === seqs[2]) throw new Error('unreadable'); return recordsOf.get(e.seq) ?? []; })).rejects.toThrow('unreadable');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe.skipIf(backend.skip)('tampering', () => {
    it('FSJC-API-030: verifyChain names the first entry whose body or hash was altered', async () => {
      const first = await append('SYS-TAMPER', 1, events('TAMPER-A', 1));
      const second = await append('SYS-TAMPER', 2, events('TAMPER-B', 1));
      await append('SYS-TAMPER', 3, events('TAMPER-C', 1));
      expect(await store.verifyChain()).toMatchObject({ ok: true });

      const original = (await store.entry(second.seq))!.body;
      await store.db.updateTable('log_entries').set({ body: Buffer.from('{"records":[]}') }).where('seq', '=', second.seq).execute();
      expect(await store.verifyChain()).toEqual({ ok: false, seq: second.seq, reason: 'body does not match its digest' });
      await store.db.updateTable('log_entries').set({ body: Buffer.from(original) }).where('seq', '=', second.seq).execute();
      expect(await store.verifyChain()).toMatchObject({ ok: true });

      await sql`update log_entries set hash = ${'0'.repeat(64)} where seq = ${first.seq}`.execute(store.db);
      expect(await store.verifyChain()).toEqual({ ok: false, seq: first.seq, reason: 'hash does not match' });
      await sql`update log_entries set hash = ${first.hash} where seq = ${first.seq}`.execute(store.db);

      await store.db.updateTable('log_entries').set({ received_at: '2026-10-13T09:30:00+08:00' }).where('seq', '=', second.seq).execute();
      expect(await store.verifyChain()).toEqual({ ok: false, seq: second.seq, reason: 'hash does not match' });
      await store.db.updateTable('log_entries').set({ received_at: second.receivedAt }).where('seq', '=', second.seq).execute();
      expect(await store.verifyChain()).toMatchObject({ ok: true });
    });

    it('FSJC-API-030: verifyChain names an entry that was deleted, in the middle or at the end', async () => {
      const a = await append('SYS-DELETE', 1, []);
      const b = await append('SYS-DELETE', 2, []);
      const rowOf = async (seq: number) => store.db.selectFrom('log_entries').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
      const [rowA, rowB] = [await rowOf(a.seq), await rowOf(b.seq)];
      await store.db.deleteFrom('log_entries').where('seq', '=', b.seq).execute();
      expect(await store.verifyChain()).toMatchObject({ ok: false, seq: b.seq });
      await store.db.deleteFrom('log_entries').where('seq', '=', a.seq).execute();
      await store.db.insertInto('log_entries').values(rowB).execute();
      expect(await store.verifyChain()).toMatchObject({ ok: false, seq: a.seq, reason: `entry ${a.seq} is missing` });
      await store.db.insertInto('log_entries').values(rowA).execute();
      expect(await store.verifyChain()).toMatchObject({ ok: true });
    });
  });

  describe.skipIf(backend.skip)('engine output', () => {
    const signal = (id: string, over: Partial<Parameters<KyselyStore['saveEngineStep']>[0]['signals'][number]> = {}) => ({
      id, caseId: `CASE-${id}`, unitId: 'U-A', regionCode: '330102', level: 'YELLOW', status: 'OPEN', body: `{"id":"${id}"}`, seq: 1, updatedAt: '2026-10-12T10:00:00+08:00', ...over,
    });
    const change = (signalId: string, kind: 'opened' | 'escalated' | 'closed' | 'updated', at: string) => ({ signalId, kind, unitId: 'U-A', body: `{"id":"${signalId}","kind":"${kind}"}`, at });
    const message = (subscriptionId: string, at: string) => ({
      subscriptionId, eventType: 'signal.opened', payload: '{}', createdAt: at, attempts: 0, nextAttemptAt: at, status: 'pending' as const,
    });

    it('saves a step in one transaction: signals upserted, changes in order, outbox messages, cursor', async () => {
      expect(await store.engineCursor()).toEqual({ seq: 0 });
      expect(await store.signalChanges(0)).toEqual([]);
      expect(await store.lastChangeId()).toBe(0);
      await store.saveEngineStep({
        seq: 3, asOf: '2026-10-12T10:00:00+08:00',
        signals: [signal('SG-1'), signal('SG-2', { unitId: 'U-B', caseId: undefined, regionCode: undefined }), signal('SG-3', { level: 'RED' })],
        changes: [change('SG-1', 'opened', 'T1'), change('SG-2', 'opened', 'T2'), change('SG-3', 'opened', 'T3')],
        outbox: [message('SUB-ENGINE', '2026-10-12T10:00:00+08:00')],
      });
      expect(await store.engineCursor()).toEqual({ seq: 3, asOf: '2026-10-12T10:00:00+08:00' });
      await store.saveEngineStep({
        seq: 5, asOf: '2026-10-12T11:00:00+08:00',
        signals: [signal('SG-1', { level: 'RED', seq: 5 }), signal('SG-3', { status: 'CLOSED', seq: 5 })],
        changes: [change('SG-1', 'escalated', 'T4'), change('SG-3', 'closed', 'T5')],
        outbox: [],
      });
      expect(await store.engineCursor()).toEqual({ seq: 5, asOf: '2026-10-12T11:00:00+08:00' });

      const changes = await store.signalChanges(0);
      expect(changes.map((c) => `${c.signalId}:${c.kind}`)).toEqual(['SG-1:opened', 'SG-2:opened', 'SG-3:opened', 'SG-1:escalated', 'SG-3:closed']);
      expect(changes.map((c) => c.changeId)).toEqual([...changes.map((c) => c.changeId!)].sort((a, b) => a - b));
      expect(new Set(changes.map((c) => c.changeId)).size).toBe(5);
      expect((await store.signalChanges(changes[2].changeId!)).map((c) => c.at)).toEqual(['T4', 'T5']);
      expect((await store.signalChanges(changes[0].changeId!, 2)).map((c) => c.at)).toEqual(['T2', 'T3']);
      expect(await store.lastChangeId()).toBe(changes[changes.length - 1].changeId);
      expect(changes[0]).not.toHaveProperty('regionCode');

      expect(await store.signals({ id: 'SG-1' })).toEqual([{ ...signal('SG-1', { level: 'RED', seq: 5 }) }]);
      const sg2 = (await store.signals({ id: 'SG-2' }))[0];
      expect(sg2).not.toHaveProperty('caseId');
      expect(sg2).not.toHaveProperty('regionCode');
      expect((await store.signals({})).map((s) => s.id)).toEqual(['SG-1', 'SG-2', 'SG-3']);
      expect((await store.signals({ status: 'OPEN' })).map((s) => s.id)).toEqual(['SG-1', 'SG-2']);
      expect((await store.signals({ level: 'RED' })).map((s) => s.id)).toEqual(['SG-1']);
      expect((await store.signals({ status: 'CLOSED' })).map((s) => s.id)).toEqual(['SG-3']);
      expect((await store.signals({ unitIds: ['U-B'] })).map((s) => s.id)).toEqual(['SG-2']);
      expect(await store.signals({ unitIds: [] })).toEqual([]);
      expect((await store.signals({ caseId: 'CASE-SG-3' })).map((s) => s.id)).toEqual(['SG-3']);
      expect((await store.signals({ afterId: 'SG-1', limit: 1 })).map((s) => s.id)).toEqual(['SG-2']);
      expect((await store.outbox({ subscriptionId: 'SUB-ENGINE' })).map((m) => m.eventType)).toEqual(['signal.opened']);
    });

    it('a step that cannot be saved whole is not saved at all', async () => {
      const before = await store.engineCursor();
      const changesBefore = await store.signalChanges(0);
      await expect(store.saveEngineStep({
        seq: 9, asOf: '2026-10-12T12:00:00+08:00', signals: [signal('SG-9')], changes: [change('SG-9', 'opened', 'T9')],
        outbox: [{ ...message('SUB-ENGINE', '2026-10-12T12:00:00+08:00'), nextAttemptAt: 'not a time' }],
      })).rejects.toThrow();
      expect(await store.engineCursor()).toEqual(before);
      expect(await store.signals({ id: 'SG-9' })).toEqual([]);
      expect(await store.signalChanges(0)).toEqual(changesBefore);
    });
  });

  describe.skipIf(backend.skip)('scores', () => {
    it('saves scores by period and level, replacing a period scored again; periods newest first', async () => {
      const row = (period: string, level: string, body = '{}') => ({ period, level, computedAt: '2026-11-01T02:00:00+08:00', body });
      await store.saveScores([row('2026-10', 'DEPARTMENT'), row('2026-10', 'DISTRICT'), row('2026-Q3', 'DEPARTMENT'), row('2025', 'DEPARTMENT'), row('2026-09', 'DEPARTMENT')]);
      await store.saveScores([row('2026-10', 'DEPARTMENT', '{"again":true}'), row('2026-Q4', 'DEPARTMENT'), row('2026-12', 'DEPARTMENT'), row('2026', 'DEPARTMENT')]);
      expect((await store.scores({ period: '2026-10' })).map((r) => [r.level, r.body])).toEqual([['DEPARTMENT', '{"again":true}'], ['DISTRICT', '{}']]);
      expect((await store.scores({ level: 'DISTRICT' })).map((r) => r.period)).toEqual(['2026-10']);
      expect(await store.scorePeriods()).toEqual(['2026-12', '2026-Q4', '2026', '2026-10', '2026-09', '2026-Q3', '2025']);
      await store.saveScores([]);
    });
  });

  describe.skipIf(backend.skip)('access', () => {
    const token = (id: string, secret: string) => ({
      id, hash: sm3Hex(secret), role: 'system' as const, unitId: 'U-A', systemId: 'SYS-A', label: `token ${id}`, createdAt: `2026-10-12T09:0${id.slice(-1)}:00+08:00`,
    });

    it('FSJC-API-040: tokens are kept by hash; a revoked token is still found, with when it was revoked', async () => {
      await store.insertToken(token('tk_1', 'secret-one'));
      await store.insertToken({ ...token('tk_2', 'secret-two'), role: 'admin', unitId: undefined, systemId: undefined, regionCode: '330102' });
      const found = await store.tokenByHash(sm3Hex('secret-one'));
      expect(found).toEqual(token('tk_1', 'secret-one'));
      expect(found).not.toHaveProperty('revokedAt');
      expect(await store.tokenByHash(sm3Hex('no such secret'))).toBeUndefined();
      const stored = await sql<{ id: string; hash: string }>`select * from tokens`.execute(store.db);
      expect(JSON.stringify(stored.rows)).not.toContain('secret-one');
      await expect(store.insertToken({ ...token('tk_3', 'secret-one') })).rejects.toThrow();

      expect(await store.revokeToken('tk_1', '2026-10-13T00:00:00+08:00')).toBe(true);
      expect(await store.revokeToken('tk_1', '2026-10-14T00:00:00+08:00')).toBe(false);
      expect(await store.revokeToken('tk_none', '2026-10-14T00:00:00+08:00')).toBe(false);
      expect(await store.tokenByHash(sm3Hex('secret-one'))).toEqual({ ...token('tk_1', 'secret-one'), revokedAt: '2026-10-13T00:00:00+08:00' });
      const all = await store.tokens();
      expect(all.map((t) => t.id)).toEqual(['tk_1', 'tk_2']);
      expect(all[1]).toEqual({ id: 'tk_2', hash: sm3Hex('secret-two'), role: 'admin', regionCode: '330102', label: 'token tk_2', createdAt: '2026-10-12T09:02:00+08:00' });
    });

    it('FSJC-API-044: audit rows are appended in groups and read back newest first, filtered', async () => {
      const rows = Array.from({ length: 1_200 }, (_, i) => ({
        at: `2026-10-12T10:00:${String(i % 60).padStart(2, '0')}+08:00`, tokenId: i % 3 === 0 ? 'tk_audit' : undefined, method: 'POST', path: '/v1/batches',
        status: 201, action: i % 2 ? 'batch.submit' : 'signal.feedback', detail: i === 1_199 ? 'seq 42' : undefined,
      }));
      await store.audit(rows.slice(0, 1_000));
      await store.audit(rows.slice(1_000));
      await store.audit([]);
      const newest = await store.auditRows({ limit: 2 });
      expect(newest).toEqual([
        { at: rows[1_199].at, method: 'POST', path: '/v1/batches', status: 201, action: 'batch.submit', detail: 'seq 42' },
        { at: rows[1_198].at, method: 'POST', path: '/v1/batches', status: 201, action: 'signal.feedback' },
      ]);
      expect(await store.auditRows({ tokenId: 'tk_audit' })).toHaveLength(400);
      expect(await store.auditRows({ tokenId: 'tk_audit', action: 'batch.submit' })).toHaveLength(200);
      expect(await store.auditRows({})).toHaveLength(1_200);
      expect((await store.auditRows({ tokenId: 'tk_audit', limit: 1 }))[0]).toEqual({ ...rows[1_197], detail: undefined });
    });
  });

  describe.skipIf(backend.skip)('subscriptions and outbox', () => {
    const at = (minute: number) => `2026-10-12T10:${String(minute).padStart(2, '0')}:00+08:00`;
    const message = (subscriptionId: string, minute: number, eventType = 'signal.opened') => ({
      subscriptionId, eventType, payload: `{"minute":${minute}}`, createdAt: at(minute), attempts: 0, nextAttemptAt: at(minute), status: 'pending' as const,
    });

    it('subscriptions are saved, replaced and disabled', async () => {
      const sub = { id: 'SUB-1', url: 'https://dept.example.cn/hook', secret: 's3cret', eventTypes: ['signal.opened'], unitIds: ['U-A', 'U-B'], createdAt: at(0) };
      await store.saveSubscription(sub);
      await store.saveSubscription({ ...sub, id: 'SUB-2', eventTypes: [], unitIds: [], createdAt: at(1) });
      await store.saveSubscription({ ...sub, url: 'https://dept.example.cn/hook2' });
      expect(await store.subscriptions()).toEqual([
        { ...sub, url: 'https://dept.example.cn/hook2' },
        { ...sub, id: 'SUB-2', eventTypes: [], unitIds: [], createdAt: at(1) },
      ]);
      expect(await store.disableSubscription('SUB-2', at(5))).toBe(true);
      expect(await store.disableSubscription('SUB-2', at(6))).toBe(false);
      expect(await store.disableSubscription('SUB-X', at(6))).toBe(false);
      expect((await store.subscriptions())[1].disabledAt).toBe(at(5));
    });

    it('FSJC-API-052: messages are due in order, fail with back-off, die, are redelivered and delivered', async () => {
      for (const m of await store.outbox({ status: 'pending' })) await store.markDelivered(m.id!, at(0));
      await store.saveEngineStep({
        seq: (await store.engineCursor()).seq, asOf: at(0), signals: [], changes: [],
        outbox: [message('SUB-OB', 3), message('SUB-OB', 1), message('SUB-OB', 2, 'notification'), message('SUB-OB-2', 1)],
      });
      expect(await store.nextMessageAt()).toBe(at(1));
      const due = await store.dueMessages(at(2), 10);
      expect(due.map((m) => [m.subscriptionId, m.payload])).toEqual([['SUB-OB', '{"minute":1}'], ['SUB-OB-2', '{"minute":1}'], ['SUB-OB', '{"minute":2}']]);
      expect(due[0]).toMatchObject({ attempts: 0, status: 'pending', eventType: 'signal.opened', createdAt: at(1) });
      expect(due[0]).not.toHaveProperty('lastError');
      expect(await store.dueMessages(at(2), 1)).toHaveLength(1);
      // the same instant written with another offset is due too
      expect(await store.dueMessages('2026-10-12T02:02:00Z', 10)).toHaveLength(3);

      const [a, b, c] = due;
      await store.markDelivered(b.id!, at(2));
      await store.markFailed(a.id!, 1, at(7), 'HTTP 503', false);
      await store.markFailed(c.id!, 5, at(8), 'connection refused', true);
      expect((await store.dueMessages(at(6), 10)).map((m) => m.payload)).toEqual(['{"minute":3}']);
      expect(await store.nextMessageAt()).toBe(at(3));
      const retry = await store.dueMessages(at(7), 10);
      expect(retry.map((m) => m.id)).toContain(a.id);
      expect(retry.find((m) => m.id === a.id)).toMatchObject({ attempts: 1, nextAttemptAt: at(7), lastError: 'HTTP 503', status: 'pending' });
      expect(await store.outbox({ status: 'dead' })).toEqual([{ ...c, attempts: 5, nextAttemptAt: at(8), lastError: 'connection refused', status: 'dead' }]);
      expect(await store.outbox({ status: 'delivered', subscriptionId: 'SUB-OB-2' })).toEqual([{ ...b, status: 'delivered', deliveredAt: at(2) }]);
      const counts = await store.outboxCounts();
      expect([counts.pending, counts.dead]).toEqual([(await store.outbox({ status: 'pending' })).length, 1]);
      expect(counts.delivered).toBe((await store.outbox({ status: 'delivered' })).length);

      // redelivery: a dead message by subscription, a delivered one by ID; pending ones are left alone
      expect(await store.redeliver({ subscriptionId: 'SUB-OB-2' }, at(9))).toBe(0);
      expect(await store.redeliver({ subscriptionId: 'SUB-OB' }, at(9))).toBe(1);
      expect(await store.outbox({ status: 'dead' })).toEqual([]);
      expect((await store.outbox({ subscriptionId: 'SUB-OB' })).find((m) => m.id === c.id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: at(9) });
      expect(await store.redeliver({ id: b.id }, at(10))).toBe(1);
      expect(await store.redeliver({ id: a.id }, at(10))).toBe(0);
      expect(await store.redeliver({}, at(10))).toBe(0);
      const again = (await store.outbox({ subscriptionId: 'SUB-OB-2' }))[0];
      expect(again).toMatchObject({ status: 'pending', nextAttemptAt: at(10) });
      expect(again).not.toHaveProperty('deliveredAt');

      for (const m of await store.dueMessages(at(30), 100)) await store.markDelivered(m.id!, at(30));
      expect(await store.nextMessageAt()).toBeUndefined();
      expect(await store.outbox({ status: 'pending' })).toEqual([]);
      expect(await store.outbox({ subscriptionId: 'SUB-OB', limit: 2 })).toHaveLength(2);
    });
  });
});
