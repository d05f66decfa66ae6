/**
 * 64-bit fingerprints of identifiers and a compact hash table keyed by them. Validation indexes
 * every record of a file by identifier; 12 or 16 bytes of typed array a slot instead of the
 * identifier strings keep memory small, and no number is allocated per key. For
 * ten million distinct identifiers the chance of any collision is below 1 in 10⁵.
 */

let hi = 0;
let lo = 0;

/** Computes the fingerprint of `s` into the module's scratch registers (no allocation). */
function hash(s: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // finalise so that similar identifiers spread over the table
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  hi = h1 | 0;
  lo = (h2 | 1) | 0; // never 0: an empty slot has lo === 0
}

/**
 * Open-addressing hash table from identifier fingerprints to non-negative numbers: 64-bit
 * numbers (16 bytes a slot), or 32-bit ones (12 bytes a slot) where they suffice. Filled to at
 * most three quarters before it doubles.
 */
export class FingerprintTable {
  private his: Int32Array;
  private los: Int32Array;
  private vals: Float64Array | Uint32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 12, private readonly values: 'f64' | 'u32' = 'f64') {
    this.his = new Int32Array(capacity);
    this.los = new Int32Array(capacity);
    this.vals = values === 'f64' ? new Float64Array(capacity) : new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(): number {
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask;
    while (this.los[i] !== 0 && (this.los[i] !== lo || this.his[i] !== hi)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for `id`, or -1. */
  get(id: string): number {
    hash(id);
    const i = this.slot();
    return this.los[i] === 0 ? -1 : this.vals[i];
  }

  set(id: string, value: number): void {
    hash(id);
    this.put(value, this.slot());
  }

  /**
   * Finds the slot of `id` (hashing it once) and replaces its value with `next(previous)`, where
   * previous is -1 for a new key.
   */
  update(id: string, next: (previous: number) => number): void {
    hash(id);
    const i = this.slot();
    this.put(next(this.los[i] === 0 ? -1 : this.vals[i]), i);
  }

  /** Sets the value only if `id` has none; returns the value now stored. */
  setIfAbsent(id: string, value: number): number {
    hash(id);
    const i = this.slot();
    if (this.los[i] !== 0) return this.vals[i];
    this.put(value, i);
    return value;
  }

  /** Stores at slot `i`, found by slot() for the current fingerprint. */
  private put(value: number, i: number): void {
    if (this.los[i] === 0) {
      if ((this.count + 1) * 4 > this.his.length * 3) {
        const h = hi, l = lo;
        this.grow();
        hi = h;
        lo = l;
        i = this.slot();
      }
      this.count++;
      this.his[i] = hi;
      this.los[i] = lo;
    }
    this.vals[i] = value;
  }

  private grow(): void {
    const { his, los, vals } = this;
    const n = his.length * 2;
    this.his = new Int32Array(n);
    this.los = new Int32Array(n);
    this.vals = this.values === 'f64' ? new Float64Array(n) : new Uint32Array(n);
    this.mask = n - 1;
    for (let j = 0; j < his.length; j++) {
      if (los[j] === 0) continue;
      hi = his[j];
      lo = los[j];
      const i = this.slot();
      this.his[i] = hi;
      this.los[i] = lo;
      this.vals[i] = vals[j];
    }
  }
}
