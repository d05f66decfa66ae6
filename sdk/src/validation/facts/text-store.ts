import type { MemoryBudget } from './budget.js';
import { readAll, writeAll } from './scratch.js';

/** A length this large is stored in the two code units before the text. */
const LONG = 0xffff;
/** Code units read at once from the file: texts asked for in order share a read, one asked for alone costs little. */
const WINDOW = 1 << 11;

/**
 * The texts facts need only for messages and issue fields (identifiers, reference values), kept
 * beside the fixed-width rows and named by a number: offset × 65536 + length, in UTF-16 code
 * units. Texts follow each other in chunks of the budget's size while the budget allows, then
 * the chunks are appended to a temporary file and filled again; a text may straddle chunks.
 */
export class TextStore {
  private readonly chunks: Uint16Array[] = [];
  private readonly chunkUnits: number;
  /** The chunk being filled, and the units in it: the chunks before it are full. */
  private chunk = -1;
  private fill: number;
  /** Code units in the file, before those in memory. */
  spilled = 0;
  fd = -1;

  constructor(private readonly budget: MemoryBudget) {
    this.chunkUnits = budget.chunk / 2;
    this.fill = this.chunkUnits;
  }

  /** A reference to a new copy of `s`. */
  add(s: string): number {
    const n = s.length;
    const at = this.spilled + this.chunk * this.chunkUnits + this.fill;
    if (n >= LONG) {
      this.unit(n >>> 16);
      this.unit(n & 0xffff);
    }
    for (let i = 0; i < n;) {
      if (this.fill === this.chunkUnits) this.next();
      const u = this.chunks[this.chunk];
      const end = Math.min(n, i + this.chunkUnits - this.fill);
      let k = this.fill;
      for (; i < end; i++) u[k++] = s.charCodeAt(i);
      this.fill = k;
    }
    return at * 65536 + (n >= LONG ? LONG : n);
  }

  private unit(c: number): void {
    if (this.fill === this.chunkUnits) this.next();
    this.chunks[this.chunk][this.fill++] = c;
  }

  /** The text of a reference. */
  text(ref: number): string {
    return (this.reader_ ??= this.reader()).text(ref);
  }

  private reader_: TextReader | undefined;

  /**
   * A reader with a window of its own on the file: texts asked for in the order they were
   * stored come from one read each window, even while other readers read elsewhere.
   */
  reader(): TextReader {
    return new TextReader(this);
  }

  /** @internal Units [at, end) in memory (none of them in the file): the chunk and where they start in it, up to its end. */
  inMemory(at: number): { units: Uint16Array; start: number; end: number } {
    const p = at - this.spilled;
    const c = Math.floor(p / this.chunkUnits);
    return { units: this.chunks[c], start: p - c * this.chunkUnits, end: this.chunkUnits };
  }

  private next(): void {
    if (this.chunk + 1 === this.chunks.length) {
      const held = this.chunks.length * this.budget.chunk;
      const buffer = this.budget.chunkBuffer(held === 0 || held < this.budget.floor);
      if (buffer) this.chunks.push(new Uint16Array(buffer));
      else this.spill();
    }
    this.chunk++;
    this.fill = 0;
  }

  /** Appends the chunks (all full) to the file. */
  private spill(): void {
    if (this.fd < 0) this.fd = this.budget.scratch.open('texts');
    for (let c = 0; c <= this.chunk; c++) writeAll(this.fd, new Uint8Array(this.chunks[c].buffer, 0, this.budget.chunk), (this.spilled + c * this.chunkUnits) * 2);
    this.spilled += (this.chunk + 1) * this.chunkUnits;
    this.chunk = -1;
  }
}

/** Reads texts back from a store: from its memory, or through a window on its file. */
export class TextReader {
  private window = new Uint16Array(0);
  private windowAt = 0;
  private windowEnd = 0;

  constructor(private readonly store: TextStore) {}

  text(ref: number): string {
    let at = Math.floor(ref / 65536);
    let n = ref - at * 65536;
    if (n === LONG) {
      const length = this.units(at, 2);
      n = length.charCodeAt(0) * 65536 + length.charCodeAt(1);
      at += 2;
    }
    return this.units(at, n);
  }

  /** Units [at, at + n) as a string, from the file and from memory as they lie. */
  private units(at: number, n: number): string {
    let s = '';
    for (let p = at, end = at + n; p < end;) {
      let units: Uint16Array;
      let start: number;
      let stop: number;
      if (p < this.store.spilled) {
        this.load(p, end);
        units = this.window;
        start = p - this.windowAt;
        stop = Math.min(end, this.windowEnd) - this.windowAt;
      } else {
        ({ units, start } = this.store.inMemory(p));
        stop = Math.min(start + (end - p), units.length);
      }
      for (let i = start; i < stop; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(stop, i + 8192)) as unknown as number[]);
      p += stop - start;
    }
    return s;
  }

  /** Makes the file's units from `at` readable in the window, up to `end` or the window's size. */
  private load(at: number, end: number): void {
    if (at >= this.windowAt && at < this.windowEnd && (end <= this.windowEnd || this.windowEnd === this.store.spilled)) return;
    const length = Math.min(Math.max(end - at, WINDOW), this.store.spilled - at);
    if (this.window.length < length) this.window = new Uint16Array(length);
    readAll(this.store.fd, new Uint8Array(this.window.buffer), length * 2, at * 2);
    this.windowAt = at;
    this.windowEnd = at + length;
  }
}
