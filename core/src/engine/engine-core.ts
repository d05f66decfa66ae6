import { Engine, readRecords, type BatchFormat, type BatchLike, type FsjcRecord, type Signal, type SignalChanges } from '@fsjc/sdk';
import { computeScores } from '../scores/compute.js';
import type { LogEntry, ScoreRow, SignalChange } from '../storage/types.js';

const FORMAT: Record<string, BatchFormat> = { 'application/json': 'json', 'application/x-ndjson': 'ndjson', 'application/xml': 'xml' };

/** The accepted records of a log entry, read back from the bytes as received (FSJC-API-030). */
export async function entryRecords(entry: Pick<LogEntry, 'body' | 'mediaType' | 'rejected'>): Promise<FsjcRecord[]> {
  const { records } = await readRecords(entry.body, FORMAT[entry.mediaType] ?? 'json');
  if (!entry.rejected.length) return records as FsjcRecord[];
  const rejected = new Set(entry.rejected);
  return (records as FsjcRecord[]).filter((_r, i) => !rejected.has(i));
}

/**
 * A committed batch as the engine takes it: when and by whom it was reported, and its accepted
 * records, either as JSON texts (fresh from ingest) or as the log entry's bytes (on restart).
 */
export interface EngineEntry {
  seq: number;
  receivedAt: string;
  senderUnitId: string;
  bodies?: readonly string[];
  log?: Pick<LogEntry, 'body' | 'mediaType' | 'rejected'>;
}

/** One signal's change in a step, ready to store: its record then, and where it stands at the end of the step. */
export interface ChangeOutput {
  kind: SignalChange['kind'];
  signal: Pick<Signal, 'id' | 'unitId'>;
  body: string;
  /** Where the signal ends the step (a signal may close and open again in one step). */
  end: { id: string; caseId?: string; unitId: string; level: string; status: string; body: string };
}

/** What one engine step gives the runner to commit. */
export interface StepOutput {
  /** The engine's as-of instant after the step (epoch ms). */
  asOf: number;
  /** The next instant anything can change by time alone. */
  nextChangeAt?: number;
  changes: ChangeOutput[];
  notifications: { unitId: string; body: string }[];
}

async function batchOf(entry: EngineEntry): Promise<BatchLike> {
  const records = entry.bodies ? entry.bodies.map((b) => JSON.parse(b) as FsjcRecord) : await entryRecords(entry.log!);
  return { records, report: { reportedAt: Date.parse(entry.receivedAt), reportedBy: entry.senderUnitId } };
}

/**
 * The engine's side of the runner: owns the warning engine and answers in plain data, so it can
 * live in a worker thread (engine-worker.ts) with its own heap, or in the server's thread. Calls
 * come one at a time, in order.
 */
export class EngineCore {
  private engine: Engine | undefined;
  private loading: BatchLike[] = [];

  constructor(private readonly options: { profile?: string } = {}) {}

  /** Takes entries already covered by the saved output; `loaded` builds the engine from them. */
  async load(entries: readonly EngineEntry[]): Promise<void> {
    for (const e of entries) this.loading.push(await batchOf(e));
  }

  /** Builds the engine from what `load` took, as of `now`. */
  loaded(now: number): StepOutput {
    this.engine = Engine.load(this.loading, { profile: this.options.profile, now });
    this.loading = [];
    return this.output({ opened: [], escalated: [], closed: [], updated: [], notifications: [] });
  }

  /** Applies committed entries, in log order. */
  async apply(entries: readonly EngineEntry[]): Promise<StepOutput> {
    const batches = await Promise.all(entries.map(batchOf));
    return this.output(this.ready().applyBatches(batches));
  }

  /** Moves the engine's time on to `to`. */
  advance(to: number): StepOutput {
    return this.output(this.ready().advance(to));
  }

  signals(): Signal[] {
    return this.ready().signals();
  }

  /** Signals not closed, by level. */
  openByLevel(): Record<string, number> {
    const open: Record<string, number> = {};
    this.ready().forEachSignal((s) => { if (s.status !== 'CLOSED') open[s.level] = (open[s.level] ?? 0) + 1; });
    return open;
  }

  scores(period: string, o: { profile?: string; computedAt: string }): ScoreRow[] {
    return computeScores(this.ready(), period, o);
  }

  private ready(): Engine {
    if (!this.engine) throw new Error('the engine is not loaded');
    return this.engine;
  }

  private output(changes: SignalChanges): StepOutput {
    const engine = this.ready();
    const out: ChangeOutput[] = [];
    const add = (kind: ChangeOutput['kind'], signal: Signal) => {
      const body = JSON.stringify(signal);
      const now = engine.signal(signal.id) ?? signal;
      out.push({
        kind, signal: { id: signal.id, unitId: signal.unitId }, body,
        end: { id: now.id, caseId: now.caseId, unitId: now.unitId, level: now.level, status: now.status, body: now === signal ? body : JSON.stringify(now) },
      });
    };
    for (const s of changes.opened) add('opened', s);
    for (const s of changes.escalated) add('escalated', s);
    for (const s of changes.updated) add('updated', s);
    for (const s of changes.closed) add('closed', s);
    return {
      asOf: engine.asOf,
      nextChangeAt: engine.nextChangeAt(),
      changes: out,
      notifications: changes.notifications.map((n) => ({ unitId: n.unitId, body: JSON.stringify(n) })),
    };
  }
}

/** The calls a host forwards to an EngineCore. */
export type EngineCall = 'load' | 'loaded' | 'apply' | 'advance' | 'signals' | 'openByLevel' | 'scores';
