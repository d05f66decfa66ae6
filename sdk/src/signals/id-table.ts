/**
 * Dense numbers for string IDs (the cases of a city): the first ID added is 0, the next 1, and so on.
 * An open-addressing table of 32-bit hashes and numbers in one typed array: a lookup reads one
 * place of it and, when the hash matches, the ID itself to compare; a Map of a million strings
 * reads its buckets, its entries and the key's hash apart, each a cache miss.
 */
export class IdTable {
  /** The IDs by number. */
  readonly ids: string[] = [];
  // small to start: a world of one case (a vendor's pre-check) makes a few of these
  private mask = 15;
  /** Pairs [hash, number]; number -1: empty. At most half full. */
  private table = new Int32Array(2 * 16).fill(-1);

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

/**
 * FNV-1a over the UTF-16 code units, then mixed so that the low bits (the table's index) depend on
 * every unit. Records not validated may lack an ID: anything else is hashed as its text, and kept
 * apart from that text by the comparison, as a Map would.
 */
function hash(id: string): number {
  const s = typeof id === 'string' ? id : String(id);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/**
 * A map from string IDs to values on an IdTable: read like a Map (in the order IDs were first
 * set), written by number, so that replacing a value hashes its ID once. No deletion.
 */
export class IdMap<V> implements ReadonlyMap<string, V> {
  private readonly table = new IdTable();
  private readonly held: V[] = [];

  get size(): number {
    return this.table.size;
  }

  /** The number of an ID, given on first sight (its value undefined until set). */
  numberOf(id: string): number {
    return this.table.add(id);
  }

  at(n: number): V | undefined {
    return this.held[n];
  }

  setAt(n: number, value: V): void {
    if (n === this.held.length) this.held.push(value);
    else this.held[n] = value;
  }

  get(id: string): V | undefined {
    const n = this.table.get(id);
    return n < 0 ? undefined : this.held[n];
  }

  has(id: string): boolean {
    return this.table.get(id) >= 0;
  }

  keys(): MapIterator<string> {
    return this.table.ids.values();
  }

  values(): MapIterator<V> {
    return this.held.values();
  }

  *entries(): MapIterator<[string, V]> {
    const ids = this.table.ids;
    for (let n = 0; n < ids.length; n++) yield [ids[n], this.held[n]];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(visit: (value: V, id: string, map: ReadonlyMap<string, V>) => void): void {
    const ids = this.table.ids;
    for (let n = 0; n < ids.length; n++) visit(this.held[n], ids[n], this);
  }
}
