/**
 * The identifiers of one partition, by fingerprint, numbered 0, 1, 2 … in the order they first
 * appear: the hash table of the join, whose numbers index the resolvers' per-identifier state.
 * Open addressing with linear probing, at most half full; cleared for each partition.
 */
export class KeyTable {
  private his = new Int32Array(0);
  private los = new Int32Array(0);
  private slots = new Int32Array(0);
  private shift = 32;
  size = 0;

  constructor(capacity = 1 << 10) {
    this.allocate(capacity);
  }

  /** Empties the table, keeping its room. */
  clear(): void {
    if (this.size) this.los.fill(0);
    this.size = 0;
  }

  /** The number of the identifier with this fingerprint, given the next number if it is new. */
  slot(hi: number, lo: number): number {
    const los = this.los;
    const mask = los.length - 1;
    let i = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const l = los[i];
      if (l === 0) break;
      if (l === lo && this.his[i] === hi) return this.slots[i];
      i = (i + 1) & mask;
    }
    if (this.size * 2 >= los.length) {
      this.rehash();
      return this.slot(hi, lo);
    }
    los[i] = lo;
    this.his[i] = hi;
    this.slots[i] = this.size;
    return this.size++;
  }

  private allocate(capacity: number): void {
    let bits = 4;
    while (1 << bits < capacity) bits++;
    this.his = new Int32Array(1 << bits);
    this.los = new Int32Array(1 << bits);
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  private rehash(): void {
    const { his, los, slots } = this;
    this.allocate(los.length * 2);
    const mask = this.los.length - 1;
    for (let j = 0; j < los.length; j++) {
      const lo = los[j];
      if (lo === 0) continue;
      const hi = his[j];
      let i = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
      while (this.los[i] !== 0) i = (i + 1) & mask;
      this.los[i] = lo;
      this.his[i] = hi;
      this.slots[i] = slots[j];
    }
  }
}
