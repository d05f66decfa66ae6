import type { MemoryBudget } from './budget.js';
import { readAll, writeAll } from './scratch.js';

const FIRST_ROWS = 16;
const EMPTY = new ArrayBuffer(0);

/**
 * Rows of `width` 32-bit words (even, so a row may hold 64-bit numbers at even words), appended
 * in order: in memory while the budget allows, then appended to a temporary file of their own.
 * Row k is the k-th appended, wherever it is now.
 */
export class RowLog {
  i32 = new Int32Array(EMPTY);
  f64 = new Float64Array(EMPTY);
  /** Rows in memory, after the `spilled` ones in the file. */
  private used = 0;
  private capacity = 0;
  spilled = 0;
  fd = -1;

  constructor(readonly width: number, private readonly budget: MemoryBudget, private readonly name: string) {}

  get rows(): number {
    return this.spilled + this.used;
  }

  /** Adds a row at the end; returns its first word in `i32` (read `i32` and `f64` after the call). */
  push(): number {
    if (this.used === this.capacity) this.makeRoom();
    return this.used++ * this.width;
  }

  private makeRoom(): void {
    const bytes = this.capacity * this.width * 4;
    const more = Math.max(FIRST_ROWS, this.capacity) * this.width * 4;
    if (this.budget.take(more, this.capacity === 0 || bytes < this.budget.floor)) this.grow(this.capacity + more / (this.width * 4));
    else this.spill();
  }

  private grow(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * this.width * 4);
    const i32 = new Int32Array(buffer);
    i32.set(this.i32.subarray(0, this.used * this.width));
    this.i32 = i32;
    this.f64 = new Float64Array(buffer);
    this.capacity = capacity;
  }

  /** Gives the memory back to the budget; the log is empty and unusable. */
  release(): void {
    this.budget.give(this.capacity * this.width * 4);
    this.i32 = new Int32Array(EMPTY);
    this.f64 = new Float64Array(EMPTY);
    this.capacity = this.used = this.spilled = 0;
  }

  /** Appends the rows in memory to the file. */
  private spill(): void {
    if (this.fd < 0) this.fd = this.budget.scratch.open(this.name);
    const bytes = this.width * 4;
    writeAll(this.fd, new Uint8Array(this.i32.buffer, 0, this.used * bytes), this.spilled * bytes);
    this.spilled += this.used;
    this.used = 0;
  }
}

/**
 * Reads a log's rows back in chunks of its file (and from memory for the rest), so a log of any
 * length is read with one chunk held. Rows read in increasing order cost one read per chunk.
 */
export class RowReader {
  i32: Int32Array;
  f64: Float64Array;
  private readonly bytes: Uint8Array;
  private readonly own: { i32: Int32Array; f64: Float64Array };
  private first = 0;
  private end = 0;

  /** `buffer`, when given, holds the chunks (at least a row); it may be shared by readers used one at a time. */
  constructor(private readonly log: RowLog, chunkBytes = 1 << 20, buffer?: ArrayBuffer) {
    const rowBytes = log.width * 4;
    const rows = Math.max(1, Math.min(Math.floor((buffer?.byteLength ?? chunkBytes) / rowBytes), log.spilled));
    buffer ??= new ArrayBuffer(log.spilled ? rows * rowBytes : 0);
    this.bytes = new Uint8Array(buffer, 0, log.spilled ? rows * rowBytes : 0);
    this.own = { i32: new Int32Array(buffer), f64: new Float64Array(buffer) };
    this.i32 = log.i32;
    this.f64 = log.f64;
  }

  /** The first word of row `row` in `i32` (and its half in `f64`). */
  at(row: number): number {
    const log = this.log;
    if (row >= log.spilled) {
      this.i32 = log.i32;
      this.f64 = log.f64;
      return (row - log.spilled) * log.width;
    }
    if (row < this.first || row >= this.end) this.load(row);
    this.i32 = this.own.i32;
    this.f64 = this.own.f64;
    return (row - this.first) * log.width;
  }

  private load(row: number): void {
    const rowBytes = this.log.width * 4;
    const rows = Math.min(this.bytes.length / rowBytes, this.log.spilled - row);
    readAll(this.log.fd, this.bytes, rows * rowBytes, row * rowBytes);
    this.first = row;
    this.end = row + rows;
  }
}
