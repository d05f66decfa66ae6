import type { Generated } from 'kysely';

/**
 * The tables as kysely sees them (column names in snake_case). Timestamps are ISO 8601 text as the
 * standard writes them; JSON is kept as text; bytes are BLOB (SQLite) or bytea (PostgreSQL).
 */
export interface Database {
  log_entries: LogEntryTable;
  log_head: LogHeadTable;
  records: RecordTable;
  signals: SignalTable;
  signal_changes: SignalChangeTable;
  engine_cursor: EngineCursorTable;
  tokens: TokenTable;
  audit_log: AuditTable;
  subscriptions: SubscriptionTable;
  outbox: OutboxTable;
  scores: ScoreTable;
}

/** One batch as received, in log order. */
export interface LogEntryTable {
  seq: number;
  received_at: string;
  sender_system_id: string;
  sender_unit_id: string;
  sequence_number: number;
  idempotency_key: string;
  media_type: string;
  encoding: string;
  body: Uint8Array;
  body_digest: string;
  record_count: number;
  /** JSON array of record indices. */
  rejected: string;
  principal_id: string;
  prev_hash: string;
  hash: string;
  /** The receipt's JSON. */
  receipt: string;
}

/** The single row (id 1) holding the last entry's seq and hash: appends lock it. */
export interface LogHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface RecordTable {
  sender_system_id: string;
  id: string;
  revision: number;
  record_type: string;
  case_id: string | null;
  unit_id: string | null;
  region_code: string | null;
  case_number: string | null;
  seq: number;
  idx: number;
  body: string;
}

export interface SignalTable {
  id: string;
  case_id: string | null;
  unit_id: string;
  region_code: string | null;
  level: string;
  status: string;
  body: string;
  seq: number;
  updated_at: string;
}

export interface SignalChangeTable {
  change_id: Generated<number>;
  signal_id: string;
  kind: string;
  unit_id: string;
  region_code: string | null;
  body: string;
  at: string;
}

/** The single row (id 1) saying how far the engine's saved output goes. */
export interface EngineCursorTable {
  id: number;
  seq: number;
  as_of: string | null;
}

export interface TokenTable {
  id: string;
  hash: string;
  role: string;
  unit_id: string | null;
  region_code: string | null;
  system_id: string | null;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  token_id: string | null;
  method: string;
  path: string;
  status: number;
  action: string;
  detail: string | null;
}

export interface SubscriptionTable {
  id: string;
  url: string;
  secret: string;
  /** JSON array. */
  event_types: string;
  /** JSON array. */
  unit_ids: string;
  created_at: string;
  disabled_at: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  subscription_id: string;
  event_type: string;
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  /** next_attempt_at in milliseconds since the epoch, so due messages compare as numbers whatever the offset written. */
  next_attempt_ms: number;
  status: string;
  last_error: string | null;
  delivered_at: string | null;
}

export interface ScoreTable {
  period: string;
  level: string;
  computed_at: string;
  body: string;
}
