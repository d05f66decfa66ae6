/**
 * A few thousand numbers by identifier fingerprint, for what rules learn while reading and can
 * use at once: direct-mapped, so a newer identifier takes the place of an older one, and what is
 * not there must be decided at the end. Made on the first `set`.
 */
export class RecentByKey {
  private his: Int32Array | undefined;
  private los: Int32Array | undefined;
  private values: Float64Array | undefined;

  constructor(private readonly size = 1 << 12) {}

  /** The number of the identifier, or `fallback` if it is not (or no longer) here. */
  get(hi: number, lo: number, fallback: number): number {
    const los = this.los;
    if (!los) return fallback;
    const i = (lo >>> 1) & (this.size - 1);
    return los[i] === lo && this.his![i] === hi ? this.values![i] : fallback;
  }

  set(hi: number, lo: number, value: number): void {
    if (!this.los) {
      this.his = new Int32Array(this.size);
      this.los = new Int32Array(this.size); // lo is never 0: an empty place matches nothing
      this.values = new Float64Array(this.size);
    }
    const i = (lo >>> 1) & (this.size - 1);
    this.his![i] = hi;
    this.los[i] = lo;
    this.values![i] = value;
  }
}
