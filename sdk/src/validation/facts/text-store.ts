import type { MemoryBudget } from './budget.js';
import { readAll, writeAll } from './scratch.js';

/** A length this large is stored in the two code units before the text. */
const LONG = 0xffff;
/** Code units read at once from the file: texts asked for in order share a read, one asked for alone costs little. */
const WINDOW = 1 << 11;
const FIRST_UNITS = 4096;

/**
 * The texts facts need only for messages and issue fields (identifiers, reference values), kept
 * beside the fixed-width rows and named by a number: offset × 65536 + length, in UTF-16 code
 * units. In memory while the budget allows, then appended to a temporary file.
 */
export class TextStore {
  private units = new Uint16Array(0);
  /** Code units in memory, after the `spilled` ones in the file. */
  private used = 0;
  private spilled = 0;
  private fd = -1;

  constructor(private readonly budget: MemoryBudget) {}

  /** A reference to a new copy of `s`. */
  add(s: string): number {
    const n = s.length;
    const long = n >= LONG;
    const need = long ? n + 2 : n;
    if (this.used + need > this.units.length) this.makeRoom(need);
    const at = this.spilled + this.used;
    const u = this.units;
    let k = this.used;
    if (long) {
      u[k++] = n >>> 16;
      u[k++] = n & 0xffff;
    }
    for (let i = 0; i < n; i++) u[k++] = s.charCodeAt(i);
    this.used = k;
    return at * 65536 + (long ? LONG : n);
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

  /** @internal Makes units [at, at + n) readable; returns the array and where they start in it. */
  locate(at: number, n: number, reader: TextReader): number {
    if (at >= this.spilled) {
      reader.found = this.units;
      return at - this.spilled;
    }
    return reader.load(this.fd, at, n, this.spilled);
  }

  private makeRoom(need: number): void {
    const size = this.units.length;
    const more = Math.max(FIRST_UNITS, size, need);
    if (this.budget.take(more * 2, size === 0 || size * 2 < this.budget.floor)) return this.grow(size + more);
    this.spill();
    if (need > size) {
      this.budget.take(need * 2, true);
      this.grow(need);
    }
  }

  private grow(size: number): void {
    const units = new Uint16Array(size);
    units.set(this.units.subarray(0, this.used));
    this.units = units;
  }

  private spill(): void {
    if (this.fd < 0) this.fd = this.budget.scratch.open('texts');
    writeAll(this.fd, new Uint8Array(this.units.buffer, 0, this.used * 2), this.spilled * 2);
    this.spilled += this.used;
    this.used = 0;
  }
}

/** Reads texts back from a store: from its memory, or through a window on its file. */
export class TextReader {
  found = new Uint16Array(0);
  private window = new Uint16Array(0);
  private windowAt = 0;
  private windowEnd = 0;

  constructor(private readonly store: TextStore) {}

  text(ref: number): string {
    let at = Math.floor(ref / 65536);
    let n = ref - at * 65536;
    if (n === LONG) {
      const k = this.store.locate(at, 2, this);
      n = this.found[k] * 65536 + this.found[k + 1];
      at += 2;
    }
    const k = this.store.locate(at, n, this);
    const u = this.found;
    let s = '';
    for (let i = k; i < k + n; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, Math.min(k + n, i + 8192)) as unknown as number[]);
    return s;
  }

  /** @internal Units [at, at + n) of the file (of `end` units) into the window, unless there already. */
  load(fd: number, at: number, n: number, end: number): number {
    if (at < this.windowAt || at + n > this.windowEnd) {
      const length = Math.min(Math.max(n, WINDOW), end - at);
      if (this.window.length < length) this.window = new Uint16Array(length);
      readAll(fd, new Uint8Array(this.window.buffer), length * 2, at * 2);
      this.windowAt = at;
      this.windowEnd = at + length;
    }
    this.found = this.window;
    return at - this.windowAt;
  }
}
