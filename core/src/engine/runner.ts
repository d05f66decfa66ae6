import { Engine, formatInstant, readRecords, type BatchFormat, type BatchLike, type FsjcRecord, type Signal, type SignalChanges } from '@fsjc/sdk';
import type { Registry } from '../registry/registry.js';
import type { LogEntry, OutboxMessage, SignalChange, Store, StoredSignal, Subscription } from '../storage/types.js';
import type { CentreClock } from './clock.js';

const FORMAT: Record<string, BatchFormat> = { 'application/json': 'json', 'application/x-ndjson': 'ndjson', 'application/xml': 'xml' };
/**
 * Most records the engine takes in one go before letting other work run: one full batch, so a
 * receipt waits behind at most one batch's evaluation (three at a time put p99 near 0.5 s).
 */
const SLICE_RECORDS = 500;
/** setTimeout's largest delay. */
const MAX_DELAY = 2 ** 31 - 1;

/** The accepted records of a log entry, read back from the bytes as received (FSJC-API-030). */
export async function entryRecords(entry: LogEntry): Promise<FsjcRecord[]> {
  const { records } = await readRecords(entry.body, FORMAT[entry.mediaType] ?? 'json');
  if (!entry.rejected.length) return records as FsjcRecord[];
  const rejected = new Set(entry.rejected);
  return (records as FsjcRecord[]).filter((_r, i) => !rejected.has(i));
}

function batchOf(entry: LogEntry, records: readonly FsjcRecord[]): BatchLike {
  return { records, report: { reportedAt: Date.parse(entry.receivedAt), reportedBy: entry.senderUnitId } };
}

export interface RunnerOptions {
  store: Store;
  registry: Registry;
  clock: CentreClock;
  profile?: string;
  /** Active webhook subscriptions, for the outbox. */
  subscriptions: () => readonly Subscription[];
  /** Called after each step's output is committed (wakes the event stream and the deliverer). */
  onSaved?: () => void;
  /** How long a committed batch may wait to be applied with the ones after it (default 250 ms). */
  coalesceMs?: number;
  /** Called when a step fails; the runner goes on with the next. */
  onError?: (e: unknown) => void;
}

/**
 * Runs the warning engine for the centre (FSJC-API-050): every committed batch is applied
 * incrementally, in log order; time-driven changes happen at the instants the engine predicts,
 * by one timer (no polling of the city); every step's signals, their changes and the outbox
 * messages they call for are committed with the log position they cover, so after a restart the
 * runner reloads up to that position and catches up from the log.
 */
export class EngineRunner {
  engine!: Engine;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private seq = 0;

  constructor(private readonly o: RunnerOptions) {}

  /** Reloads the engine from the log and catches up: entries after the saved cursor are applied one by one. */
  async start(): Promise<{ loaded: number; caughtUp: number }> {
    const cursor = await this.o.store.engineCursor();
    const loaded: BatchLike[] = [];
    const later: LogEntry[] = [];
    for await (const entry of this.o.store.entries(1)) {
      if (entry.seq <= cursor.seq) loaded.push(batchOf(entry, await entryRecords(entry)));
      else later.push(entry);
    }
    const now = cursor.asOf ? Date.parse(cursor.asOf) : this.o.clock.now();
    this.engine = Engine.load(loaded, { profile: this.o.profile, now });
    this.seq = cursor.seq;
    // what came after the saved output is applied again, a page of entries at a time
    for (let i = 0; i < later.length; i += 100) {
      const page = later.slice(i, i + 100);
      const batches = await Promise.all(page.map(async (entry) => batchOf(entry, await entryRecords(entry))));
      await this.step(page[page.length - 1].seq, (e) => e.applyBatches(batches));
    }
    await this.step(this.seq, (e) => e.advance(this.o.clock.now()));
    this.schedule();
    return { loaded: loaded.length, caughtUp: later.length };
  }

  private pending: BatchLike[] = [];
  private pendingSeq = 0;
  private flushTimer: NodeJS.Timeout | undefined;

  /**
   * Takes a committed batch. Batches are applied a moment later (`coalesceMs`, default 250 ms), all
   * that arrived in between together and in log order, so a busy centre does one evaluation per
   * case and one write for many batches instead of one each.
   */
  push(entry: LogEntry, accepted: readonly FsjcRecord[]): void {
    this.pending.push(batchOf(entry, accepted));
    this.pendingSeq = entry.seq;
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      void this.flushPending();
    }, this.o.coalesceMs ?? 250);
  }

  private flushPending(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.pending.length) return;
      const batches = this.pending;
      const seq = this.pendingSeq;
      this.pending = [];
      // a few thousand records at a time, letting requests in between: receipts do not wait long
      // behind the engine; one write of the output at the end
      const changes: SignalChanges = { opened: [], escalated: [], closed: [], updated: [], notifications: [] };
      for (let i = 0; i < batches.length;) {
        const slice: BatchLike[] = [];
        for (let n = 0; i < batches.length && (n === 0 || n + batches[i].records.length <= SLICE_RECORDS); i++) {
          n += batches[i].records.length;
          slice.push(batches[i]);
        }
        const c = this.engine.applyBatches(slice);
        for (const k of ['opened', 'escalated', 'closed', 'updated', 'notifications'] as const) (changes[k] as unknown[]).push(...c[k]);
        if (i < batches.length) await new Promise((r) => setImmediate(r));
      }
      await this.step(seq, () => changes);
    });
  }

  /** Moves time on to the centre's clock now (the timer does this by itself). */
  tick(): Promise<void> {
    return this.enqueue(() => this.step(this.seq, (e) => e.advance(this.o.clock.now())));
  }

  /** Applies what is waiting now and resolves when every step is done. */
  async idle(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    await this.flushPending();
    await this.queue;
  }

  async stop(): Promise<void> {
    await this.idle();
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.queue;
  }

  get cursor(): number { return this.seq; }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work).catch((e) => this.o.onError?.(e));
    this.queue = run;
    return run;
  }

  private async step(seq: number, change: (e: Engine) => SignalChanges): Promise<void> {
    const changes = change(this.engine);
    await this.save(seq, changes);
    this.seq = seq;
    this.schedule();
  }

  private async save(seq: number, changes: SignalChanges): Promise<void> {
    const at = formatInstant(this.o.clock.now());
    const signals = new Map<string, StoredSignal>();
    const rows: SignalChange[] = [];
    const outbox: OutboxMessage[] = [];
    const subs = this.o.subscriptions().filter((s) => !s.disabledAt);
    const wants = (s: Subscription, type: string, unitId: string) =>
      (!s.eventTypes.length || s.eventTypes.includes(type)) && (!s.unitIds.length || s.unitIds.includes(unitId));
    const record = (kind: SignalChange['kind'], signal: Signal) => {
      const body = JSON.stringify(signal);
      const regionCode = this.o.registry.regionOf(signal.unitId);
      // a signal may close and open again in one step: what is kept is where it ends
      const now = this.engine.signal(signal.id) ?? signal;
      signals.set(signal.id, { id: now.id, caseId: now.caseId, unitId: now.unitId, regionCode, level: now.level, status: now.status, body: now === signal ? body : JSON.stringify(now), seq, updatedAt: at });
      rows.push({ signalId: signal.id, kind, unitId: signal.unitId, regionCode, body, at });
      for (const s of subs) if (wants(s, `signal.${kind}`, signal.unitId)) outbox.push(message(s, `signal.${kind}`, body, at));
    };
    for (const s of changes.opened) record('opened', s);
    for (const s of changes.escalated) record('escalated', s);
    for (const s of changes.updated) record('updated', s);
    for (const s of changes.closed) record('closed', s);
    for (const n of changes.notifications) {
      const body = JSON.stringify(n);
      for (const s of subs) if (wants(s, 'notification', n.unitId)) outbox.push(message(s, 'notification', body, at));
    }
    await this.o.store.saveEngineStep({ seq, asOf: formatInstant(this.engine.asOf), signals: [...signals.values()], changes: rows, outbox });
    this.o.onSaved?.();
  }

  /** One timer, set for the next instant the engine says anything can change by time alone. */
  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.engine.nextChangeAt();
    if (next === undefined) return;
    const delay = Math.min(MAX_DELAY, Math.max(0, Math.ceil(this.o.clock.delayUntil(next))));
    this.timer = setTimeout(() => { this.timer = undefined; void this.tick(); }, delay);
    this.timer.unref();
  }
}

function message(s: Subscription, eventType: string, payload: string, at: string): OutboxMessage {
  return { subscriptionId: s.id, eventType, payload, createdAt: at, attempts: 0, nextAttemptAt: at, status: 'pending' };
}
