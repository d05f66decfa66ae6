import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchFormat } from '../../formats/types.js';
import { NO_FINDINGS, type AloneFinding } from './alone-checks.js';

/** What the validating thread sends the record worker: the input's bytes, in order, then the end. */
export type OracleInput = { chunk: Uint8Array } | { end: true };
/**
 * What the worker answers: a status for each of the records from, from+1, …, and the findings
 * of the rules that look at one record alone on those that passed their schema, in record order.
 */
export type OracleVerdicts = { from: number; status: Uint8Array; findings: AloneFinding[] } | { done: true } | { idle: number };

/** For tests: the worker's built file, and whether this thread waits for the worker chunk by chunk (then the worker says `idle` with the pieces of input it has read). */
export interface RecordWorkerOptions {
  file?: URL;
  /** The worker's verdicts on a chunk come before this thread reads it (so it surely uses them). */
  lockstep?: boolean;
  maxLag?: number;
}

/** The record is left to the validating thread (it failed its schema, or the reader found a fault). */
export const UNDECIDED = 0;
/** The record passed its schema; its rules ran with no valid header read before it. */
export const PASSED = 1;
/** The record passed its schema; its rules ran with the batch's valid header. */
export const PASSED_WITH_HEADER = 2;

/** Bytes a message to the worker carries at most. */
const PIECE = 256 << 10;
/** Input chunks read ahead of the reader, so the worker is working on what the reader comes to next. */
const READ_AHEAD = 4;
/**
 * Records the worker may fall behind this thread, once it has started answering, before it is
 * stopped: on a busy machine it would only take time from this thread, and the input it has not
 * read would pile up in its queue. While it starts (a few hundred milliseconds) this thread goes
 * ahead on its own; the worker then catches up where it has the less work of the two, or else
 * the two take records as they come.
 */
const MAX_LAG = 50_000;

/** The built worker beside this module (ESM) or beside the CommonJS bundle. */
function defaultWorkerFile(): URL | undefined {
  try {
    return new URL('./record-worker.js', import.meta.url);
  } catch {
    return typeof __filename === 'string' ? pathToFileURL(path.join(path.dirname(__filename), 'record-worker.js')) : undefined;
  }
}

/**
 * A second thread that checks records against their schemas, and runs the rules that look at one
 * record alone, while this one does everything else (FSJC-VAL-004: large files validated fast).
 * The worker reads the same bytes with the same reader, so its record numbers are the reader's;
 * a record it found valid skips here the schema and those rules, whose findings the worker gives,
 * provided the worker saw the header as this thread does. A record it has not decided yet, an
 * invalid one, or any record once the worker has failed or fallen too far behind, is checked
 * here as usual: this thread never waits for the worker, and the findings are exactly those of
 * one thread.
 */
export class RecordOracle {
  private readonly runs: { from: number; status: Uint8Array; findings: AloneFinding[]; next: number }[] = [];
  /** Records decided so far: 0..known-1. */
  private known = 0;
  private finished = false;

  private constructor(private readonly worker: Worker, private readonly maxLag: number) {
    worker.on('message', (m: OracleVerdicts) => {
      if ('done' in m) this.finish();
      else if ('idle' in m) {
        this.chunksRead = m.idle;
        if (this.chunksRead >= this.chunksSent) this.wakeUp();
      } else {
        this.runs.push({ ...m, next: 0 });
        this.known = m.from + m.status.length;
      }
    });
    // a worker that fails leaves the rest to this thread
    worker.on('error', () => this.finish());
    worker.on('exit', () => this.finish());
  }

  /** Starts a worker for one input, or undefined where the built worker file is not there. */
  static start(format: BatchFormat, o: RecordWorkerOptions = {}): RecordOracle | undefined {
    const file = o.file ?? defaultWorkerFile();
    if (!file || file.protocol !== 'file:' || !fs.existsSync(fileURLToPath(file))) return undefined;
    const worker = new Worker(file, { workerData: { format, lockstep: !!o.lockstep } });
    worker.unref();
    const oracle = new RecordOracle(worker, o.maxLag ?? MAX_LAG);
    oracle.lockstep = !!o.lockstep;
    return oracle;
  }

  private lockstep = false;
  private chunksSent = 0;
  private chunksRead = 0;
  private waiting: (() => void) | undefined;
  private wakeUp(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }
  /** Lockstep: until the worker has read all it was sent (or stopped). */
  private idle(): Promise<void> {
    return this.finished || this.chunksRead >= this.chunksSent ? Promise.resolve() : new Promise((r) => (this.waiting = r));
  }

  /** Records decided so far (0 … decided − 1). */
  get decided(): number {
    return this.known;
  }

  /** True once the worker has finished, failed or been stopped. */
  get stopped(): boolean {
    return this.finished;
  }

  /** The input's bytes, with the chunks read a few ahead and each sent to the worker as it is read. */
  async *feed(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    const it = source[Symbol.asyncIterator]();
    const ahead: Uint8Array[] = [];
    let done = false;
    for (;;) {
      while (!done && ahead.length < (this.lockstep ? 1 : READ_AHEAD)) {
        const r = await it.next();
        if (r.done) {
          done = true;
          this.post({ end: true });
        } else {
          this.post({ chunk: r.value });
          ahead.push(r.value);
        }
        if (this.lockstep) await this.idle();
      }
      if (!ahead.length) return;
      yield ahead.shift()!;
    }
  }

  private post(m: OracleInput): void {
    if (this.finished) return;
    if ('end' in m) return this.worker.postMessage(m);
    // copies of its own, handed over (cloning in postMessage costs several times more), in pieces
    // small enough to die young in the worker: larger ones outlive its young generation and pile
    // up until a full collection, which made memory grow with the input
    for (let at = 0; at < m.chunk.length; at += PIECE) {
      const copy = new Uint8Array(m.chunk.subarray(at, at + PIECE));
      this.chunksSent++;
      this.worker.postMessage({ chunk: copy }, [copy.buffer]);
    }
  }

  /**
   * For record `index`, when the worker has found it valid by now with the header seen as
   * `headerValid` says: the findings of the rules that look at one record alone (often none).
   * Otherwise undefined: the record is checked here. Asked in increasing order.
   */
  verdict(index: number, headerValid: boolean): readonly AloneFinding[] | undefined {
    if (index >= this.known) {
      if (this.known > 0 && index - this.known > this.maxLag && !this.finished) void this.close();
      return undefined;
    }
    while (this.runs.length && this.runs[0].from + this.runs[0].status.length <= index) this.runs.shift();
    const run = this.runs[0];
    if (!run || index < run.from) return undefined;
    const status = run.status[index - run.from];
    if (status !== (headerValid ? PASSED_WITH_HEADER : PASSED)) return undefined;
    const f = run.findings;
    while (run.next < f.length && f[run.next].index < index) run.next++;
    if (run.next === f.length || f[run.next].index !== index) return NO_FINDINGS;
    const start = run.next;
    while (run.next < f.length && f[run.next].index === index) run.next++;
    return f.slice(start, run.next);
  }

  private finish(): void {
    this.finished = true;
    this.wakeUp();
  }

  async close(): Promise<void> {
    this.finish();
    await this.worker.terminate();
  }
}
