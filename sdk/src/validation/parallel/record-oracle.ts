import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchFormat } from '../../formats/types.js';

/** What the validating thread sends the schema worker: the input's bytes, in order, then the end. */
export type OracleInput = { chunk: Uint8Array } | { end: true };
/** What the worker answers: for records from, from+1, …, 1 when the record passes its schema. */
export type OracleVerdicts = { from: number; bits: Uint8Array } | { done: true };

/** Input chunks read ahead of the reader, so the worker is working on what the reader comes to next. */
const READ_AHEAD = 4;
/**
 * Records the worker may fall behind this thread, once it has started answering, before it is
 * stopped: on a busy machine it would only take time from this thread, and the input it has not
 * read would pile up in its queue. While it starts (a few hundred milliseconds) this thread goes
 * ahead on its own; the worker, being faster, then catches up.
 */
const MAX_LAG = 50_000;

/** The built worker beside this module (ESM) or beside the CommonJS bundle. */
function defaultWorkerFile(): URL | undefined {
  try {
    return new URL('./schema-worker.js', import.meta.url);
  } catch {
    return typeof __filename === 'string' ? pathToFileURL(path.join(path.dirname(__filename), 'schema-worker.js')) : undefined;
  }
}

/**
 * A second thread that checks records against their schemas while this one does everything else
 * (FSJC-VAL-004: large files validated fast). The worker reads the same bytes with the same
 * reader, so its record numbers are the reader's; it answers one bit a record, and only a
 * record it found valid skips the check here. A record it has not decided yet, an invalid one,
 * or any record once the worker has failed or fallen too far behind, is checked here as usual:
 * this thread never waits for the worker, and the findings are exactly those of one thread.
 */
export class SchemaOracle {
  private readonly runs: { from: number; bits: Uint8Array }[] = [];
  /** Records decided so far: 0..known-1. */
  private known = 0;
  private finished = false;

  private constructor(private readonly worker: Worker, private readonly maxLag: number) {
    worker.on('message', (m: OracleVerdicts) => {
      if ('done' in m) this.finish();
      else {
        this.runs.push(m);
        this.known = m.from + m.bits.length;
      }
    });
    // a worker that fails leaves the rest to this thread
    worker.on('error', () => this.finish());
    worker.on('exit', () => this.finish());
  }

  /** Starts a worker for one input, or undefined where the built worker file is not there. */
  static start(format: BatchFormat, file: URL | undefined = defaultWorkerFile(), o: { maxLag?: number } = {}): SchemaOracle | undefined {
    if (!file || file.protocol !== 'file:' || !fs.existsSync(fileURLToPath(file))) return undefined;
    const worker = new Worker(file, { workerData: { format } });
    worker.unref();
    return new SchemaOracle(worker, o.maxLag ?? MAX_LAG);
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
      while (!done && ahead.length < READ_AHEAD) {
        const r = await it.next();
        if (r.done) {
          done = true;
          this.post({ end: true });
        } else {
          this.post({ chunk: r.value });
          ahead.push(r.value);
        }
      }
      if (!ahead.length) return;
      yield ahead.shift()!;
    }
  }

  private post(m: OracleInput): void {
    if (this.finished) return;
    if ('end' in m) return this.worker.postMessage(m);
    // a copy of its own, handed over: cloning the chunk in postMessage costs several times more
    const copy = new Uint8Array(m.chunk);
    this.worker.postMessage({ chunk: copy }, [copy.buffer]);
  }

  /** Whether the worker has found record `index` valid by now; asked in increasing order. */
  passed(index: number): boolean {
    if (index >= this.known) {
      if (this.known > 0 && index - this.known > this.maxLag && !this.finished) void this.close();
      return false;
    }
    while (this.runs.length && this.runs[0].from + this.runs[0].bits.length <= index) this.runs.shift();
    const run = this.runs[0];
    return !!run && index >= run.from && run.bits[index - run.from] === 1;
  }

  private finish(): void {
    this.finished = true;
  }

  async close(): Promise<void> {
    this.finish();
    await this.worker.terminate();
  }
}
