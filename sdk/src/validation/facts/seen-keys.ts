/** Identifiers kept one by one before the filter is made: an input this small gains nothing from it. */
const FEW = 1 << 11;
/** Bits of the filter (1 MB): few false answers at 600 000 identifiers, one in three at 3.6 million. */
const BITS = 1 << 23;
/** Blocks of 512 bits: the high word's top bits choose one. */
const BLOCK_SHIFT = 32 - Math.log2(BITS / 512);

/**
 * Identifiers met so far, by fingerprint, as a Bloom filter of fixed size: `mayHave` is false only
 * for an identifier certainly not met, and true otherwise (always, while fewer than FEW were met:
 * they are only listed until then). Memory stays the same however many are added; only the share
 * of uncertain answers grows.
 */
export class SeenKeys {
  private list: Int32Array | undefined = new Int32Array(64);
  private listed = 0;
  private bits: Int32Array | undefined;

  add(hi: number, lo: number): void {
    if (this.bits) return this.set(hi, lo);
    let list = this.list!;
    if (this.listed === list.length) {
      if (list.length >= 2 * FEW) {
        this.fill();
        return this.set(hi, lo);
      }
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      this.list = list = grown;
    }
    list[this.listed++] = hi;
    list[this.listed++] = lo;
  }

  // both bits of a key in one block of 512 (a cache line), chosen by the high word: one memory
  // access a question; the low word picks the bits
  mayHave(hi: number, lo: number): boolean {
    const bits = this.bits;
    if (!bits) return true;
    const block = (hi >>> BLOCK_SHIFT) << 4;
    const a = lo & 511;
    const b = (lo >>> 9) & 511;
    return (bits[block + (a >>> 5)] & (1 << (a & 31))) !== 0 && (bits[block + (b >>> 5)] & (1 << (b & 31))) !== 0;
  }

  private set(hi: number, lo: number): void {
    const bits = this.bits!;
    const block = (hi >>> BLOCK_SHIFT) << 4;
    const a = lo & 511;
    const b = (lo >>> 9) & 511;
    bits[block + (a >>> 5)] |= 1 << (a & 31);
    bits[block + (b >>> 5)] |= 1 << (b & 31);
  }

  /** Makes the filter from the list. */
  private fill(): void {
    const list = this.list!;
    this.bits = new Int32Array(BITS / 32);
    for (let i = 0; i < this.listed; i += 2) this.set(list[i], list[i + 1]);
    this.list = undefined;
  }
}
