/**
 * Dense numbers for string IDs (the cases of a city): the first ID added is 0, the next 1, and so on.
 * An open-addressing table of 32-bit hashes and numbers in one typed array: a lookup reads one
 * place of it and, when the hash matches, the ID itself to compare; a Map of a million strings
 * reads its buckets, its entries and the key's hash apart, each a cache miss.
 */
export class IdTable {
  /** The IDs by number. */
  readonly ids: string[] = [];
  private mask = 1023;
  /** Pairs [hash, number]; number -1: empty. At most half full. */
  private table = new Int32Array(2 * 1024).fill(-1);

  get size(): number {
    return this.ids.length;
  }

  /** The number of an ID, or -1 if it has none. */
  get(id: string): number {
    const h = hash(id);
    const t = this.table;
    for (let j = h & this.mask; ; j = (j + 1) & this.mask) {
      const n = t[2 * j + 1];
      if (n < 0) return -1;
      if (t[2 * j] === h && this.ids[n] === id) return n;
    }
  }

  /** The number of an ID, given on first sight. */
  add(id: string): number {
    const h = hash(id);
    const t = this.table;
    let j = h & this.mask;
    for (; ; j = (j + 1) & this.mask) {
      const n = t[2 * j + 1];
      if (n < 0) break;
      if (t[2 * j] === h && this.ids[n] === id) return n;
    }
    const n = this.ids.length;
    this.ids.push(id);
    t[2 * j] = h;
    t[2 * j + 1] = n;
    if (2 * this.ids.length > this.mask) this.grow();
    return n;
  }

  private grow(): void {
    const old = this.table;
    this.mask = 2 * this.mask + 1;
    const t = (this.table = new Int32Array(2 * (this.mask + 1)).fill(-1));
    for (let k = 0; k < old.length; k += 2) {
      const n = old[k + 1];
      if (n < 0) continue;
      let j = old[k] & this.mask;
      while (t[2 * j + 1] >= 0) j = (j + 1) & this.mask;
      t[2 * j] = old[k];
      t[2 * j + 1] = n;
    }
  }
}

/** FNV-1a over the UTF-16 code units, then mixed so that the low bits (the table's index) depend on every unit. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}
