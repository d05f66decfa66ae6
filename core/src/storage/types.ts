import type { Receipt } from '@fsjc/sdk';

/**
 * The storage layer of the monitoring core: one interface, two backends (embedded SQLite and
 * PostgreSQL) behind kysely. The batch log is the truth (append-only, hash-chained); every other
 * table is a projection of it or operational state (tokens, audit, outbox, engine cursor).
 */

/** A batch as received, before it has a place in the log. */
export interface LogEntryInput {
  /** When the centre received it (ISO 8601, +08:00). */
  receivedAt: string;
  senderSystemId: string;
  senderUnitId: string;
  sequenceNumber: number;
  /** The header's idempotencyKey, or `<senderSystemId>#<sequenceNumber>`. */
  idempotencyKey: string;
  /** application/json, application/x-ndjson or application/xml */
  mediaType: string;
  /** utf-8, gb18030 or gbk */
  encoding: string;
  /** The request body exactly as received. */
  body: Uint8Array;
  /** SM3 of body, lowercase hex. */
  bodyDigest: string;
  recordCount: number;
  /** Indices of records not accepted (per-record acceptance); their rows are not projected. */
  rejected: number[];
  /** Token ID of the principal that submitted it (audit). */
  principalId: string;
}

export interface LogEntry extends LogEntryInput {
  /** 1, 2, 3, … without gaps. */
  seq: number;
  prevHash: string;
  hash: string;
  receipt: Receipt;
}

/** One accepted record revision, as projected into the state tables. */
export interface ProjectedRecord {
  /** Position in the batch. */
  index: number;
  senderSystemId: string;
  recordType: string;
  id: string;
  revision: number;
  /** The case the record belongs to (a case's own ID for a case record). */
  caseId?: string;
  /** The unit responsible for it (handlingUnitId of a case; the case's unit for its events; unitId of a signal, feedback, …). */
  unitId?: string;
  /** Division code of that unit. */
  regionCode?: string;
  /** caseNumber of a case record (public progress look-up). */
  caseNumber?: string;
  /** The record's JSON text. */
  body: string;
}

export interface StoredRecord extends ProjectedRecord {
  seq: number;
}

export interface RecordQuery {
  recordType?: string;
  id?: string;
  caseId?: string;
  caseNumber?: string;
  /** Only records whose unitId is one of these (scope filtering); an empty array matches nothing. */
  unitIds?: readonly string[];
  regionCode?: string;
  /** Only the latest revision of each (senderSystemId, id) (default true). */
  latestOnly?: boolean;
  /** Keyset paging: records after this (seq, index) pair, in log order. */
  after?: { seq: number; index: number };
  limit?: number;
}

/** A signal as the centre holds it now, plus what the server needs to filter and stream it. */
export interface StoredSignal {
  id: string;
  caseId?: string;
  unitId: string;
  regionCode?: string;
  level: string;
  status: string;
  /** The signal record's JSON text. */
  body: string;
  /** Log position after which the engine produced this state. */
  seq: number;
  updatedAt: string;
}

export interface SignalQuery {
  id?: string;
  caseId?: string;
  unitIds?: readonly string[];
  status?: string;
  level?: string;
  limit?: number;
  /** Keyset paging by ID. */
  afterId?: string;
}

/** One change of a signal, kept in order for the event stream and its replay (Last-Event-ID). */
export interface SignalChange {
  /** Assigned by the store: 1, 2, 3, … */
  changeId?: number;
  signalId: string;
  kind: 'opened' | 'escalated' | 'closed' | 'updated';
  unitId: string;
  regionCode?: string;
  body: string;
  at: string;
}

export interface OutboxMessage {
  /** Assigned by the store. */
  id?: number;
  subscriptionId: string;
  /** e.g. signal.opened, notification */
  eventType: string;
  /** JSON text delivered as the body. */
  payload: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  status: 'pending' | 'delivered' | 'dead';
  lastError?: string;
  deliveredAt?: string;
}

export interface Subscription {
  id: string;
  url: string;
  /** HMAC-SM3 key for the X-FSJC-Signature header. */
  secret: string;
  /** Event types delivered (e.g. ['signal.opened', 'notification']); empty = all. */
  eventTypes: string[];
  /** Only events about these units; empty = all. */
  unitIds: string[];
  createdAt: string;
  disabledAt?: string;
}

export type Role = 'admin' | 'city-centre' | 'district-centre' | 'city-department' | 'department' | 'system';

export interface TokenRow {
  id: string;
  /** SM3 of the secret token (lowercase hex); the secret itself is never stored. */
  hash: string;
  role: Role;
  /** The unit the holder belongs to (department, system's owner, centre). */
  unitId?: string;
  /** The district a district centre or district system covers. */
  regionCode?: string;
  /** For systems: the senderSystemId it may submit as. */
  systemId?: string;
  label: string;
  createdAt: string;
  revokedAt?: string;
}

export interface AuditRow {
  at: string;
  tokenId?: string;
  method: string;
  path: string;
  status: number;
  /** What was done, e.g. batch.submit, signal.feedback, token.issue. */
  action: string;
  detail?: string;
}

export interface ScoreRow {
  /** e.g. 2026-10, 2026-Q4, 2026 */
  period: string;
  level: string;
  computedAt: string;
  /** The scorer's whole result (JSON text). */
  body: string;
}

export type AppendResult = { entry: LogEntry; replayed: boolean; conflict?: undefined } | { conflict: LogEntry; entry?: undefined; replayed?: undefined };

/** One batch of a group commit. */
export interface AppendItem {
  input: LogEntryInput;
  records: readonly ProjectedRecord[];
  receiptFor: (entry: Omit<LogEntry, 'receipt'>) => Receipt;
  /** TEST ONLY (fault switch idempotency-off): appended without the replay and conflict checks. */
  unchecked?: boolean;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Applies pending migrations (versioned, in order, each once). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /**
   * Appends a batch and projects its accepted records in one transaction. When a batch with the
   * same (senderSystemId, idempotencyKey) is already in the log nothing is written and the stored
   * entry is returned with `replayed: true`. When the same (senderSystemId, sequenceNumber) holds
   * a different idempotency key, `conflict` is that entry and nothing is written. `receiptFor` is
   * called inside the transaction once the seq and hashes are known.
   */
  appendBatch(
    input: LogEntryInput,
    records: readonly ProjectedRecord[],
    receiptFor: (entry: Omit<LogEntry, 'receipt'>) => Receipt,
  ): Promise<AppendResult>;
  /**
   * Appends several batches in one transaction (group commit: one durable write for many), each
   * exactly as `appendBatch` would, in order; a later batch sees the earlier ones.
   */
  appendBatches(items: readonly AppendItem[]): Promise<AppendResult[]>;
  entry(seq: number): Promise<LogEntry | undefined>;
  entryByKey(senderSystemId: string, idempotencyKey: string): Promise<LogEntry | undefined>;
  entryBySequence(senderSystemId: string, sequenceNumber: number): Promise<LogEntry | undefined>;
  /** Entries in log order from `fromSeq` (inclusive), `pageSize` at a time. */
  entries(fromSeq?: number, pageSize?: number): AsyncIterable<LogEntry>;
  /** The last entry's seq and hash (0 and the genesis hash when empty). */
  head(): Promise<{ seq: number; hash: string }>;
  /** Recomputes every chain hash; the first entry that does not match, if any. */
  verifyChain(): Promise<{ ok: true; entries: number } | { ok: false; seq: number; reason: string }>;
  /** The highest revision stored for each of these record IDs of one sender. */
  latestRevisions(senderSystemId: string, ids: readonly string[]): Promise<Map<string, number>>;

  records(q: RecordQuery): Promise<StoredRecord[]>;
  /** Empties the projection and rebuilds it from the log with `project` (the server's parser). */
  rebuildProjection(project: (entry: LogEntry) => ProjectedRecord[] | Promise<ProjectedRecord[]>): Promise<{ entries: number; records: number }>;
  /** Raw multi-row insert of projected records outside the log (benchmark baseline only). */
  bulkInsertRecords(seq: number, records: readonly ProjectedRecord[]): Promise<void>;

  /** Engine output after log position `seq`, in one transaction: signal states, their changes, outbox messages, and the cursor. */
  saveEngineStep(step: { seq: number; asOf: string; signals: StoredSignal[]; changes: SignalChange[]; outbox: OutboxMessage[] }): Promise<void>;
  /** Where the engine's saved output stands: the last log seq it covers and its as-of instant. */
  engineCursor(): Promise<{ seq: number; asOf?: string }>;
  /** Signals in ID order (byte order on both backends, for `afterId` paging). */
  signals(q: SignalQuery): Promise<StoredSignal[]>;
  /** Changes after `afterChangeId` in order (SSE replay). */
  signalChanges(afterChangeId: number, limit?: number): Promise<SignalChange[]>;
  /** The number of the newest signal change (0 when there is none). */
  lastChangeId(): Promise<number>;

  saveScores(rows: readonly ScoreRow[]): Promise<void>;
  scores(q: { period?: string; level?: string }): Promise<ScoreRow[]>;
  /** Periods that have scores, newest first. */
  scorePeriods(): Promise<string[]>;

  insertToken(row: TokenRow): Promise<void>;
  tokenByHash(hash: string): Promise<TokenRow | undefined>;
  revokeToken(id: string, at: string): Promise<boolean>;
  tokens(): Promise<TokenRow[]>;

  /** Appends audit rows (the server buffers and writes them in groups). */
  audit(rows: readonly AuditRow[]): Promise<void>;
  /** Audit rows, newest first. */
  auditRows(q: { tokenId?: string; action?: string; limit?: number }): Promise<AuditRow[]>;

  saveSubscription(s: Subscription): Promise<void>;
  subscriptions(): Promise<Subscription[]>;
  disableSubscription(id: string, at: string): Promise<boolean>;
  /** Messages due for delivery at `now` (pending, nextAttemptAt ≤ now), oldest first. */
  dueMessages(now: string, limit: number): Promise<OutboxMessage[]>;
  /** The earliest nextAttemptAt of a pending message (for the delivery timer). */
  nextMessageAt(): Promise<string | undefined>;
  markDelivered(id: number, at: string): Promise<void>;
  markFailed(id: number, attempts: number, nextAttemptAt: string, error: string, dead: boolean): Promise<void>;
  /** Puts dead (or delivered) messages back to pending, now, with attempts counted afresh; by ID or every dead one of a subscription. Returns how many. */
  redeliver(q: { id?: number; subscriptionId?: string }, now: string): Promise<number>;
  /** Messages in the order they were written. */
  outbox(q: { status?: OutboxMessage['status']; subscriptionId?: string; limit?: number }): Promise<OutboxMessage[]>;
  /** How many messages are in each state, counted by the database. */
  outboxCounts(): Promise<Record<OutboxMessage['status'], number>>;
}
