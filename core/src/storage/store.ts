import type { Kysely } from 'kysely';
import type { Receipt } from '@fsjc/sdk';
import * as access from './access.js';
import type { Ctx } from './context.js';
import * as engine from './engine.js';
import * as log from './log.js';
import { migrateToLatest, type Backend } from './migrations/index.js';
import * as outbox from './outbox.js';
import * as projection from './projection.js';
import { rebuildProjection } from './rebuild.js';
import type { Database } from './schema.js';
import * as scores from './scores.js';
import type {
  AuditRow, LogEntry, LogEntryInput, OutboxMessage, ProjectedRecord, RecordQuery, ScoreRow, SignalChange, SignalQuery, Store, StoredRecord,
  StoredSignal, Subscription, TokenRow,
  AppendItem,
  AppendResult,
} from './types.js';

/**
 * The store over either backend: the same kysely queries on both, the differences kept to the
 * column types in the migrations, the head row's lock (FOR UPDATE on PostgreSQL; BEGIN IMMEDIATE,
 * in the SQLite driver) and the statement size limits.
 */
export class KyselyStore implements Store {
  readonly #ctx: Ctx;

  constructor(
    readonly backend: Backend,
    /** The kysely instance, for tools and tests that need SQL of their own. */
    readonly db: Kysely<Database>,
  ) {
    this.#ctx = { db, backend };
  }

  async migrate(): Promise<void> {
    await migrateToLatest(this.db, this.backend);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  appendBatch(input: LogEntryInput, records: readonly ProjectedRecord[], receiptFor: (entry: Omit<LogEntry, 'receipt'>) => Receipt) {
    return log.appendBatch(this.#ctx, input, records, receiptFor);
  }

  appendBatches(items: readonly AppendItem[]): Promise<AppendResult[]> {
    return log.appendBatches(this.#ctx, items);
  }

  entry(seq: number): Promise<LogEntry | undefined> {
    return log.entryWhere(this.#ctx, 'seq', seq);
  }

  entryByKey(senderSystemId: string, idempotencyKey: string): Promise<LogEntry | undefined> {
    return log.entryWhere(this.#ctx, 'idempotency_key', idempotencyKey, senderSystemId);
  }

  entryBySequence(senderSystemId: string, sequenceNumber: number): Promise<LogEntry | undefined> {
    return log.entryWhere(this.#ctx, 'sequence_number', sequenceNumber, senderSystemId);
  }

  entries(fromSeq?: number, pageSize?: number): AsyncIterable<LogEntry> {
    return log.readEntries(this.db, fromSeq, pageSize);
  }

  head(): Promise<{ seq: number; hash: string }> {
    return log.head(this.#ctx);
  }

  verifyChain() {
    return log.verifyChain(this.#ctx);
  }

  latestRevisions(senderSystemId: string, ids: readonly string[]): Promise<Map<string, number>> {
    return projection.latestRevisions(this.#ctx, senderSystemId, ids);
  }

  records(q: RecordQuery): Promise<StoredRecord[]> {
    return projection.records(this.#ctx, q);
  }

  rebuildProjection(project: (entry: LogEntry) => ProjectedRecord[] | Promise<ProjectedRecord[]>): Promise<{ entries: number; records: number }> {
    return rebuildProjection(this.#ctx, project);
  }

  bulkInsertRecords(seq: number, records: readonly ProjectedRecord[]): Promise<void> {
    return this.db.transaction().execute((db) => projection.insertRecords({ db, backend: this.backend }, seq, records));
  }

  saveEngineStep(step: { seq: number; asOf: string; signals: StoredSignal[]; changes: SignalChange[]; outbox: OutboxMessage[] }): Promise<void> {
    return engine.saveEngineStep(this.#ctx, step);
  }

  engineCursor(): Promise<{ seq: number; asOf?: string }> {
    return engine.engineCursor(this.#ctx);
  }

  signals(q: SignalQuery): Promise<StoredSignal[]> {
    return engine.signals(this.#ctx, q);
  }

  signalChanges(afterChangeId: number, limit?: number): Promise<SignalChange[]> {
    return engine.signalChanges(this.#ctx, afterChangeId, limit);
  }

  lastChangeId(): Promise<number> {
    return engine.lastChangeId(this.#ctx);
  }

  saveScores(rows: readonly ScoreRow[]): Promise<void> {
    return scores.saveScores(this.#ctx, rows);
  }

  scores(q: { period?: string; level?: string }): Promise<ScoreRow[]> {
    return scores.scores(this.#ctx, q);
  }

  scorePeriods(): Promise<string[]> {
    return scores.scorePeriods(this.#ctx);
  }

  insertToken(row: TokenRow): Promise<void> {
    return access.insertToken(this.#ctx, row);
  }

  tokenByHash(hash: string): Promise<TokenRow | undefined> {
    return access.tokenByHash(this.#ctx, hash);
  }

  revokeToken(id: string, at: string): Promise<boolean> {
    return access.revokeToken(this.#ctx, id, at);
  }

  tokens(): Promise<TokenRow[]> {
    return access.tokens(this.#ctx);
  }

  audit(rows: readonly AuditRow[]): Promise<void> {
    return access.audit(this.#ctx, rows);
  }

  auditRows(q: { tokenId?: string; action?: string; limit?: number }): Promise<AuditRow[]> {
    return access.auditRows(this.#ctx, q);
  }

  saveSubscription(s: Subscription): Promise<void> {
    return outbox.saveSubscription(this.#ctx, s);
  }

  subscriptions(): Promise<Subscription[]> {
    return outbox.subscriptions(this.#ctx);
  }

  disableSubscription(id: string, at: string): Promise<boolean> {
    return outbox.disableSubscription(this.#ctx, id, at);
  }

  dueMessages(now: string, limit: number): Promise<OutboxMessage[]> {
    return outbox.dueMessages(this.#ctx, now, limit);
  }

  nextMessageAt(): Promise<string | undefined> {
    return outbox.nextMessageAt(this.#ctx);
  }

  markDelivered(id: number, at: string): Promise<void> {
    return outbox.markDelivered(this.#ctx, id, at);
  }

  markFailed(id: number, attempts: number, nextAttemptAt: string, error: string, dead: boolean): Promise<void> {
    return outbox.markFailed(this.#ctx, id, attempts, nextAttemptAt, error, dead);
  }

  redeliver(q: { id?: number; subscriptionId?: string }, now: string): Promise<number> {
    return outbox.redeliver(this.#ctx, q, now);
  }

  outboxCounts(): Promise<Record<OutboxMessage['status'], number>> {
    return outbox.outboxCounts(this.#ctx);
  }

  outbox(q: { status?: OutboxMessage['status']; subscriptionId?: string; limit?: number }): Promise<OutboxMessage[]> {
    return outbox.outbox(this.#ctx, q);
  }
}
