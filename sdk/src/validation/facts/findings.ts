import type { MemoryBudget } from './budget.js';
import { RowLog, RowReader } from './row-log.js';
import type { TextStore } from './text-store.js';

/** Facts of one record told apart in the order of findings; beyond, a record's findings tie. */
export const SUBS = 1 << 14;

/** Findings held as they are before they are written out as runs: most inputs have fewer. */
const HELD = 1 << 14;
/** Bytes of each run read at once while merging: 64 runs hold 4 MB at most. */
const RUN_CHUNK = 64 << 10;

type Params = Record<string, string | number>;
interface Decided { key: number; code: string; pointer: string; line: number; params: Params }

/**
 * Findings decided at the end of the input, given back in record order (file, record, then the
 * order the record's facts were kept), whichever partition decided them. They are held as they
 * are while few; beyond, the findings held are sorted into a run of rows (sort key, text of the
 * finding) that spills like the facts, and the runs are merged: memory holds a bounded number
 * of findings and one partition's, not the input's.
 */
export class DeferredFindings {
  private held: Decided[] = [];
  private readonly log: RowLog;
  /** Where each run starts in the log, and where the last ends. */
  private readonly runs: number[] = [0];

  constructor(budget: MemoryBudget, private readonly texts: TextStore) {
    this.log = new RowLog(4, budget, 'findings');
  }

  /** A finding at a fact (`site`, `sub`): its code, pointer in the record, line (0: none), params. */
  add(site: number, sub: number, code: string, pointer: string, line: number, params: Params): void {
    this.held.push({ key: site * SUBS + sub, code, pointer, line, params });
    if (this.held.length >= HELD) this.writeRun();
  }

  /** Every finding, in record order. */
  forEach(fn: (site: number, code: string, pointer: string, line: number, params: Params) => void): void {
    if (this.runs.length === 1) {
      for (const f of sorted(this.held)) fn(Math.floor(f.key / SUBS), f.code, f.pointer, f.line, f.params);
      this.held = [];
      return;
    }
    this.writeRun();
    const n = this.runs.length - 1;
    const readers = Array.from({ length: n }, () => new RowReader(this.log, RUN_CHUNK));
    const texts = Array.from({ length: n }, () => this.texts.reader());
    const next = this.runs.slice(0, n);
    const keys = new Float64Array(n);
    const keyOf = (r: number) => {
      if (next[r] === this.runs[r + 1]) return Infinity;
      const w = readers[r].at(next[r]); // before reading f64: `at` may change it
      return readers[r].f64[w >> 1];
    };
    for (let r = 0; r < n; r++) keys[r] = keyOf(r);
    for (;;) {
      // few runs: a scan for the least is enough
      let best = -1;
      for (let r = 0; r < n; r++) if (keys[r] !== Infinity && (best < 0 || keys[r] < keys[best])) best = r;
      if (best < 0) return;
      const reader = readers[best];
      const w = reader.at(next[best]) >> 1;
      const [code, pointer, line, params] = JSON.parse(texts[best].text(reader.f64[w + 1]));
      fn(Math.floor(keys[best] / SUBS), code, pointer, line, params);
      next[best]++;
      keys[best] = keyOf(best);
    }
  }

  /** Sorts the findings held into a run. */
  private writeRun(): void {
    if (!this.held.length) return;
    const log = this.log;
    for (const f of sorted(this.held)) {
      const w = log.push() >> 1;
      log.f64[w] = f.key;
      log.f64[w + 1] = this.texts.add(JSON.stringify([f.code, f.pointer, f.line, f.params]));
    }
    this.runs.push(log.rows);
    this.held = [];
  }
}

/**
 * In record order. The sort is stable, so the findings of one fact keep the order they were made
 * in; facts of different partitions never share a key (beyond SUBS facts a record, they keep the
 * partitions' order).
 */
const sorted = (list: Decided[]) => list.sort((a, b) => a.key - b.key);
