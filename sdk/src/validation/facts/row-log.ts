import type { MemoryBudget } from './budget.js';
import { readAll, writeAll } from './scratch.js';

const EMPTY = new ArrayBuffer(0);
const EMPTY_I32 = new Int32Array(EMPTY);
const EMPTY_F64 = new Float64Array(EMPTY);

interface Chunk { i32: Int32Array; f64: Float64Array }

/**
 * Rows of `width` 32-bit words (even, so a row may hold 64-bit numbers at even words), appended
 * in order: in memory while the budget allows, then appended to a temporary file of their own.
 * Row k is the k-th appended, wherever it is now. Memory comes in chunks of the budget's size,
 * never copied to grow and kept to be filled again after a spill: nothing is left for the
 * garbage collector to find.
 */
export class RowLog {
  /** The chunk being filled. */
  i32: Int32Array = new Int32Array(EMPTY);
  f64: Float64Array = new Float64Array(EMPTY);
  private readonly chunks: Chunk[] = [];
  readonly chunkRows: number;
  /** The chunk being filled, and its rows: the chunks before it are full. */
  private chunk = -1;
  private fill: number;
  /** Rows in the file, before those in memory. */
  spilled = 0;
  fd = -1;

  constructor(readonly width: number, private readonly budget: MemoryBudget, private readonly name: string) {
    this.chunkRows = budget.chunk / (width * 4);
    this.fill = this.chunkRows;
  }

  get rows(): number {
    return this.spilled + this.chunk * this.chunkRows + this.fill;
  }

  /** Adds a row at the end; returns its first word in `i32` (read `i32` and `f64` after the call). */
  push(): number {
    if (this.fill === this.chunkRows) this.next();
    return this.fill++ * this.width;
  }

  /** The chunk `c` of those in memory. */
  inMemory(c: number): Chunk {
    return this.chunks[c];
  }

  private next(): void {
    if (this.chunk + 1 === this.chunks.length) {
      const held = this.chunks.length * this.budget.chunk;
      const buffer = this.budget.chunkBuffer(held === 0 || held < this.budget.floor);
      if (buffer) this.chunks.push({ i32: new Int32Array(buffer), f64: new Float64Array(buffer) });
      else this.spill();
    }
    const c = this.chunks[++this.chunk];
    this.i32 = c.i32;
    this.f64 = c.f64;
    this.fill = 0;
  }

  /** Gives the memory back to the budget, for other logs; the log is empty. */
  release(): void {
    this.budget.giveBack(this.chunks.map((c) => c.i32.buffer as ArrayBuffer));
    this.chunks.length = 0;
    this.i32 = new Int32Array(EMPTY);
    this.f64 = new Float64Array(EMPTY);
    this.chunk = -1;
    this.fill = this.chunkRows;
    this.spilled = 0;
  }

  /** Appends the rows in memory (full chunks) to the file. */
  private spill(): void {
    if (this.fd < 0) this.fd = this.budget.scratch.open(this.name);
    const bytes = this.budget.chunk;
    for (let c = 0; c <= this.chunk; c++) writeAll(this.fd, new Uint8Array(this.chunks[c].i32.buffer, 0, bytes), (this.spilled + c * this.chunkRows) * this.width * 4);
    this.spilled += (this.chunk + 1) * this.chunkRows;
    this.chunk = -1;
  }
}

/**
 * Reads a log's rows back in chunks of its file (and from memory for the rest), so a log of any
 * length is read with one chunk held. Rows read in increasing order cost one read per chunk.
 */
export class RowReader {
  i32: Int32Array;
  f64: Float64Array;
  /** The chunk read from the file, made when first needed. */
  private own: { bytes: Uint8Array; i32: Int32Array; f64: Float64Array } | undefined;
  private first = 0;
  private end = 0;

  /** `buffer`, when given, holds the chunks (at least a row); it may be shared by readers used one at a time. */
  constructor(private readonly log: RowLog, private readonly chunkBytes = 1 << 20, private readonly buffer?: ArrayBuffer) {
    this.i32 = EMPTY_I32;
    this.f64 = EMPTY_F64;
  }

  /** The first word of row `row` in `i32`, after `run`. */
  start = 0;

  /**
   * Makes row `row` and those after it readable in `i32` and `f64` from word `start`; returns how
   * many are there in a row (the end of the log aside), for loops over many rows.
   */
  run(row: number): number {
    const log = this.log;
    if (row >= log.spilled) {
      const r = row - log.spilled;
      const c = Math.floor(r / log.chunkRows);
      const chunk = log.inMemory(c);
      this.i32 = chunk.i32;
      this.f64 = chunk.f64;
      this.start = (r - c * log.chunkRows) * log.width;
      return log.chunkRows - (r - c * log.chunkRows);
    }
    if (row < this.first || row >= this.end) this.load(row);
    this.i32 = this.own!.i32;
    this.f64 = this.own!.f64;
    this.start = (row - this.first) * log.width;
    return this.end - row;
  }

  /** The first word of row `row` in `i32` (and its half in `f64`). */
  at(row: number): number {
    this.run(row);
    return this.start;
  }

  private load(row: number): void {
    const rowBytes = this.log.width * 4;
    if (!this.own) {
      const buffer = this.buffer ?? new ArrayBuffer(Math.max(1, Math.min(Math.floor(this.chunkBytes / rowBytes), this.log.spilled)) * rowBytes);
      const rows = Math.floor(buffer.byteLength / rowBytes);
      this.own = { bytes: new Uint8Array(buffer, 0, rows * rowBytes), i32: new Int32Array(buffer), f64: new Float64Array(buffer) };
    }
    const rows = Math.min(this.own.bytes.length / rowBytes, this.log.spilled - row);
    readAll(this.log.fd, this.own.bytes, rows * rowBytes, row * rowBytes);
    this.first = row;
    this.end = row + rows;
  }
}
