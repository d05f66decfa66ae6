import { formatInstant, type FsjcRecord, type Signal } from '@fsjc/sdk';
import type { Registry } from '../registry/registry.js';
import type { LogEntry, OutboxMessage, ScoreRow, SignalChange, Store, StoredSignal, Subscription } from '../storage/types.js';
import type { CentreClock } from './clock.js';
import type { EngineEntry, StepOutput } from './engine-core.js';
import { inProcessHost, workerHost, type EngineHost } from './host.js';

export { entryRecords } from './engine-core.js';

/** setTimeout's largest delay. */
const MAX_DELAY = 2 ** 31 - 1;
/** Log entries sent to the engine in one message when loading or catching up. */
const PAGE = 100;

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
  /** Where the engine's worker file is (default: beside the built package), or false to run the engine in this thread. */
  worker?: URL | false;
}

/**
 * Runs the warning engine for the centre (FSJC-API-050): every committed batch is applied
 * incrementally, in log order; time-driven changes happen at the instants the engine predicts,
 * by one timer (no polling of the city); every step's signals, their changes and the outbox
 * messages they call for are committed with the log position they cover, so after a restart the
 * runner reloads up to that position and catches up from the log.
 *
 * The engine itself runs in a worker thread where the package is built (engine-worker.ts), so its
 * evaluation and garbage collection do not hold up receipts; from the sources (the tests) it runs
 * in this thread. Should the worker stop, a new one is loaded from the log.
 */
export class EngineRunner {
  private host: EngineHost;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private seq = 0;
  private asOf = 0;
  private nextChangeAt: number | undefined;
  private started = false;

  constructor(private readonly o: RunnerOptions) {
    this.host = this.makeHost();
  }

  private makeHost(): EngineHost {
    const options = { profile: this.o.profile };
    if (this.o.worker === false) return inProcessHost(options);
    const onExit = (e: Error) => {
      // before the first load has succeeded the error reaches start() instead
      if (this.stopped || !this.started) return;
      this.o.onError?.(e);
      // the engine's state went with the worker: a new one reloads from the log and catches up
      this.host = this.makeHost();
      void this.enqueue(async () => { await this.load(); });
    };
    return workerHost(options, onExit, this.o.worker) ?? inProcessHost(options);
  }

  /** True when the engine runs in a worker thread. */
  get threaded(): boolean { return this.host.threaded; }

  /** Reloads the engine from the log and catches up: entries after the saved cursor are applied a page at a time. */
  async start(): Promise<{ loaded: number; caughtUp: number }> {
    const result = await this.after(() => this.load());
    this.started = true;
    return result;
  }

  private async load(): Promise<{ loaded: number; caughtUp: number }> {
    const cursor = await this.o.store.engineCursor();
    let page: EngineEntry[] = [];
    const later: LogEntry[] = [];
    let loaded = 0;
    for await (const entry of this.o.store.entries(1)) {
      if (entry.seq > cursor.seq) { later.push(entry); continue; }
      page.push(fromLog(entry));
      loaded++;
      if (page.length === PAGE) { await this.host.call('load', page); page = []; }
    }
    if (page.length) await this.host.call('load', page);
    const now = cursor.asOf ? Date.parse(cursor.asOf) : this.o.clock.now();
    this.took(await this.host.call('loaded', now));
    this.seq = cursor.seq;
    // what came after the saved output is applied again, a page of entries at a time
    for (let i = 0; i < later.length; i += PAGE) {
      const entries = later.slice(i, i + PAGE).map(fromLog);
      await this.step(entries[entries.length - 1].seq, this.host.call('apply', entries));
    }
    await this.step(this.seq, this.host.call('advance', this.o.clock.now()));
    // batches that arrived meanwhile and are now covered by the log read above are not applied twice
    this.pending = this.pending.filter((e) => e.seq > this.seq);
    return { loaded, caughtUp: later.length };
  }

  private pending: EngineEntry[] = [];
  private flushTimer: NodeJS.Timeout | undefined;

  /**
   * Takes a committed batch with its accepted records (and their JSON texts, where ingest has
   * them). Batches are applied a moment later (`coalesceMs`, default 250 ms), all that arrived in
   * between together and in log order, so a busy centre does one evaluation per case and one
   * write for many batches instead of one each.
   */
  push(entry: LogEntry, accepted: readonly FsjcRecord[], bodies?: readonly string[]): void {
    this.pending.push({
      seq: entry.seq, receivedAt: entry.receivedAt, senderUnitId: entry.senderUnitId,
      bodies: bodies && bodies.length === accepted.length ? bodies : accepted.map((r) => JSON.stringify(r)),
    });
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      void this.flushPending();
    }, this.o.coalesceMs ?? 250);
  }

  private flushPending(): Promise<void> {
    return this.enqueue(async () => {
      const entries = this.pending.filter((e) => e.seq > this.seq);
      this.pending = [];
      if (!entries.length) return;
      await this.step(entries[entries.length - 1].seq, this.host.call('apply', entries));
    });
  }

  /** Moves time on to the centre's clock now (the timer does this by itself). */
  tick(): Promise<void> {
    return this.enqueue(() => this.step(this.seq, this.host.call('advance', this.o.clock.now())));
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
    await this.host.close();
  }

  get cursor(): number { return this.seq; }

  /** The engine's current signals. */
  signals(): Promise<Signal[]> {
    return this.after(() => this.host.call('signals'));
  }

  /** Signals not closed, by level. */
  openByLevel(): Promise<Record<string, number>> {
    return this.after(() => this.host.call('openByLevel'));
  }

  /** One period's scores at every level, from the engine's world and signals (FSJC-API-061). */
  scores(period: string, o: { profile?: string; computedAt: string }): Promise<ScoreRow[]> {
    return this.after(() => this.host.call('scores', period, o));
  }

  /** Runs a question after the steps queued so far. */
  private after<T>(ask: () => Promise<T>): Promise<T> {
    const run = this.queue.then(ask);
    this.queue = run.then(() => undefined, () => undefined);
    return run;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work).catch((e) => this.o.onError?.(e));
    this.queue = run;
    return run;
  }

  private took(out: StepOutput): void {
    this.asOf = out.asOf;
    this.nextChangeAt = out.nextChangeAt;
  }

  private async step(seq: number, output: Promise<StepOutput>): Promise<void> {
    const out = await output;
    this.took(out);
    await this.save(seq, out);
    this.seq = seq;
    this.schedule();
  }

  private async save(seq: number, out: StepOutput): Promise<void> {
    const at = formatInstant(this.o.clock.now());
    const signals = new Map<string, StoredSignal>();
    const rows: SignalChange[] = [];
    const outbox: OutboxMessage[] = [];
    const subs = this.o.subscriptions().filter((s) => !s.disabledAt);
    const wants = (s: Subscription, type: string, unitId: string) =>
      (!s.eventTypes.length || s.eventTypes.includes(type)) && (!s.unitIds.length || s.unitIds.includes(unitId));
    for (const { kind, signal, body, end } of out.changes) {
      const regionCode = this.o.registry.regionOf(signal.unitId);
      // a signal may close and open again in one step: what is kept is where it ends
      signals.set(signal.id, { ...end, regionCode: this.o.registry.regionOf(end.unitId), seq, updatedAt: at });
      rows.push({ signalId: signal.id, kind, unitId: signal.unitId, regionCode, body, at });
      for (const s of subs) if (wants(s, `signal.${kind}`, signal.unitId)) outbox.push(message(s, `signal.${kind}`, body, at));
    }
    for (const n of out.notifications) {
      for (const s of subs) if (wants(s, 'notification', n.unitId)) outbox.push(message(s, 'notification', n.body, at));
    }
    await this.o.store.saveEngineStep({ seq, asOf: formatInstant(this.asOf), signals: [...signals.values()], changes: rows, outbox });
    this.o.onSaved?.();
  }

  /** One timer, set for the next instant the engine says anything can change by time alone. */
  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.nextChangeAt;
    if (next === undefined) return;
    const delay = Math.min(MAX_DELAY, Math.max(0, Math.ceil(this.o.clock.delayUntil(next))));
    this.timer = setTimeout(() => { this.timer = undefined; void this.tick(); }, delay);
    this.timer.unref();
  }
}

function fromLog(entry: LogEntry): EngineEntry {
  return { seq: entry.seq, receivedAt: entry.receivedAt, senderUnitId: entry.senderUnitId, log: { body: entry.body, mediaType: entry.mediaType, rejected: entry.rejected } };
}

function message(s: Subscription, eventType: string, payload: string, at: string): OutboxMessage {
  return { subscriptionId: s.id, eventType, payload, createdAt: at, attempts: 0, nextAttemptAt: at, status: 'pending' };
}
