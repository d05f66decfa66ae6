import type { Selectable } from 'kysely';
import type { Receipt } from '@fsjc/sdk';
import { chainHash, entryIsIntact, GENESIS_HASH } from './chain.js';
import type { Ctx } from './context.js';
import { insertRecords } from './projection.js';
import type { LogEntryTable } from './schema.js';
import type { AppendItem, AppendResult, LogEntry, LogEntryInput, ProjectedRecord, Store } from './types.js';

/** The batch log (FSJC-API-030): append-only, hash-chained, each batch's bytes as received. */


const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

export function toEntry(r: Selectable<LogEntryTable>): LogEntry {
  return {
    seq: r.seq,
    receivedAt: r.received_at,
    senderSystemId: r.sender_system_id,
    senderUnitId: r.sender_unit_id,
    sequenceNumber: r.sequence_number,
    idempotencyKey: r.idempotency_key,
    mediaType: r.media_type,
    encoding: r.encoding,
    body: asBuffer(r.body),
    bodyDigest: r.body_digest,
    recordCount: r.record_count,
    rejected: JSON.parse(r.rejected) as number[],
    principalId: r.principal_id,
    prevHash: r.prev_hash,
    hash: r.hash,
    receipt: JSON.parse(r.receipt) as Receipt,
  };
}

/**
 * Appends a batch and its projected records in one transaction, after taking the log head's lock:
 * on PostgreSQL the head row is read FOR UPDATE; on SQLite the transaction began IMMEDIATE and so
 * holds the database's write lock. The replay and conflict checks run under that lock, so two
 * sends of one batch at the same moment store it once.
 */
export function appendBatch(
  ctx: Ctx,
  input: LogEntryInput,
  records: readonly ProjectedRecord[],
  receiptFor: (entry: Omit<LogEntry, 'receipt'>) => Receipt,
): Promise<AppendResult> {
  return appendBatches(ctx, [{ input, records, receiptFor }]).then((r) => r[0]);
}

/**
 * Appends batches in order in one transaction, under one lock of the head: a group commit, one
 * durable write for many batches. Each is checked for replay and conflict against the log as it
 * stands with the earlier batches of the group already in it.
 */
export function appendBatches(ctx: Ctx, items: readonly AppendItem[]): Promise<AppendResult[]> {
  return ctx.db.transaction().execute(async (db): Promise<AppendResult[]> => {
    const head = await lockHead({ db, backend: ctx.backend });
    let seq = head.seq;
    let prevHash = head.hash;
    const out: AppendResult[] = [];
    for (const { input, records, receiptFor, unchecked } of items) {
      const held = unchecked ? [] : await db
        .selectFrom('log_entries')
        .selectAll()
        .where('sender_system_id', '=', input.senderSystemId)
        .where((eb) => eb.or([eb('idempotency_key', '=', input.idempotencyKey), eb('sequence_number', '=', input.sequenceNumber)]))
        .execute();
      const same = held.find((r) => r.idempotency_key === input.idempotencyKey);
      if (same) { out.push({ entry: toEntry(same), replayed: true }); continue; }
      if (held.length > 0) { out.push({ conflict: toEntry(held[0]) }); continue; }

      seq += 1;
      const unsigned: Omit<LogEntry, 'receipt'> = { ...input, seq, prevHash, hash: chainHash(prevHash, seq, input) };
      const receipt = receiptFor(unsigned);
      await db
        .insertInto('log_entries')
        .values({
          seq,
          received_at: input.receivedAt,
          sender_system_id: input.senderSystemId,
          sender_unit_id: input.senderUnitId,
          sequence_number: input.sequenceNumber,
          idempotency_key: input.idempotencyKey,
          media_type: input.mediaType,
          encoding: input.encoding,
          body: asBuffer(input.body),
          body_digest: input.bodyDigest,
          record_count: input.recordCount,
          rejected: JSON.stringify(input.rejected),
          principal_id: input.principalId,
          prev_hash: prevHash,
          hash: unsigned.hash,
          receipt: JSON.stringify(receipt),
        })
        .execute();
      await insertRecords({ db, backend: ctx.backend }, seq, records);
      prevHash = unsigned.hash;
      out.push({ entry: { ...unsigned, receipt }, replayed: false });
    }
    if (seq !== head.seq) await db.updateTable('log_head').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
    return out;
  });
}

export async function entryWhere(ctx: Ctx, column: 'seq' | 'idempotency_key' | 'sequence_number', value: string | number, senderSystemId?: string): Promise<LogEntry | undefined> {
  let q = ctx.db.selectFrom('log_entries').selectAll().where(column, '=', value);
  if (senderSystemId !== undefined) q = q.where('sender_system_id', '=', senderSystemId);
  const row = await q.executeTakeFirst();
  return row && toEntry(row);
}

/** Entries from `fromSeq` on (up to `toSeq`), read `pageSize` at a time so memory stays flat however long the log. */
export async function* readEntries(db: Ctx['db'], fromSeq = 1, pageSize = 100, toSeq?: number): AsyncGenerator<LogEntry> {
  const size = Math.max(1, Math.floor(pageSize));
  for (let next = fromSeq; ; ) {
    let q = db.selectFrom('log_entries').selectAll().where('seq', '>=', next);
    if (toSeq !== undefined) q = q.where('seq', '<=', toSeq);
    const rows = await q.orderBy('seq').limit(size).execute();
    for (const r of rows) yield toEntry(r);
    if (rows.length < size) return;
    next = rows[rows.length - 1].seq + 1;
  }
}

export async function head(ctx: Ctx): Promise<{ seq: number; hash: string }> {
  const row = await ctx.db.selectFrom('log_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Walks the log up to its head as it stands when the walk begins (appends made meanwhile are left
 * for the next walk): each entry must follow the one before without a gap, its body must match
 * its digest and its hash the chain, and the last must be the one the head row names.
 */
export async function verifyChain(ctx: Ctx): ReturnType<Store['verifyChain']> {
  const last = await head(ctx);
  let prevHash = GENESIS_HASH;
  let expected = 1;
  for await (const e of readEntries(ctx.db, 1, 64, last.seq)) {
    if (e.seq !== expected) return { ok: false, seq: expected, reason: `entry ${expected} is missing` };
    const reason = entryIsIntact(e, prevHash);
    if (reason) return { ok: false, seq: e.seq, reason };
    prevHash = e.hash;
    expected++;
  }
  if (expected - 1 !== last.seq) return { ok: false, seq: expected, reason: `entry ${expected} is missing: the log head is at ${last.seq}` };
  if (prevHash !== last.hash) return { ok: false, seq: last.seq, reason: 'the log head does not hold the last entry\'s hash' };
  return { ok: true, entries: last.seq };
}

/** Takes the log head's lock for the rest of the transaction, so no append runs meanwhile (PostgreSQL; an SQLite transaction already holds the write lock). */
export async function lockHead(ctx: Ctx): Promise<{ seq: number; hash: string }> {
  const q = ctx.db.selectFrom('log_head').select(['seq', 'hash']).where('id', '=', 1);
  return (ctx.backend === 'postgres' ? q.forUpdate() : q).executeTakeFirstOrThrow();
}
