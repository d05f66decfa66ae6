import type { FactRow } from './facts.js';

/**
 * A value per identifier of the partition being resolved, by slot; a slot never set reads as
 * the default. Starting a partition costs nothing: only the slots up to the highest set are
 * filled, as they are reached.
 */
export class Column {
  private values = new Float64Array(64);
  /** Slots [0, reached) hold values. */
  private reached = 0;

  constructor(private readonly fallback: number) {}

  reset(): void {
    this.reached = 0;
  }

  get(slot: number): number {
    return slot < this.reached ? this.values[slot] : this.fallback;
  }

  /** Sets the value of a slot that has none (reads as the default, which must not be NaN). */
  setIfUnset(slot: number, value: number): void {
    if (slot >= this.reached) this.set(slot, value);
    else if (this.values[slot] === this.fallback) this.values[slot] = value;
  }

  set(slot: number, value: number): void {
    if (slot >= this.reached) {
      if (slot >= this.values.length) {
        const grown = new Float64Array(Math.max(slot + 1, this.values.length * 2));
        grown.set(this.values.subarray(0, this.reached));
        this.values = grown;
      }
      // slots come in order: mostly the next one, with nothing to fill
      if (slot > this.reached) this.values.fill(this.fallback, this.reached, slot);
      this.reached = slot + 1;
    }
    this.values[slot] = value;
  }
}

/** Facts of a partition kept aside until its end (their decision needs every fact of it). */
export class FactStash {
  private readonly ints: number[] = [];
  private readonly values: number[] = [];

  get length(): number {
    return this.values.length;
  }

  push(row: FactRow): void {
    this.ints.push(row.slot, row.kind, row.aux, row.site, row.sub, row.line, row.a);
    this.values.push(row.value);
  }

  /** Puts the i-th fact kept into `row`. */
  load(i: number, row: FactRow): FactRow {
    const k = i * 7;
    const n = this.ints;
    row.slot = n[k];
    row.kind = n[k + 1];
    row.aux = n[k + 2];
    row.site = n[k + 3];
    row.sub = n[k + 4];
    row.line = n[k + 5];
    row.a = n[k + 6];
    row.value = this.values[i];
    return row;
  }

  clear(): void {
    this.ints.length = 0;
    this.values.length = 0;
  }
}
