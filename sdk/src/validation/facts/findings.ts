import type { MemoryBudget } from './budget.js';
import { RowLog, RowReader } from './row-log.js';
import type { TextStore } from './text-store.js';

/** Facts of one record told apart in the order of findings; beyond, a record's findings tie. */
export const SUBS = 1 << 14;

/** Bytes of each run read at once while merging: 64 runs hold 4 MB at most. */
const RUN_CHUNK = 64 << 10;

interface Decided { key: number; text: string }

/**
 * Findings decided at the end of the input, given back in record order (file, record, then the
 * order the record's facts were kept), whichever partition decided them. A partition's findings
 * are sorted into a run of rows (sort key, text of the finding) that spills like the facts, and
 * the runs are merged: memory holds one partition's findings, not the input's.
 */
export class DeferredFindings {
  private partition: Decided[] = [];
  private readonly log: RowLog;
  /** Where each run starts in the log, and where the last ends. */
  private readonly runs: number[] = [0];

  constructor(budget: MemoryBudget, private readonly texts: TextStore) {
    this.log = new RowLog(4, budget, 'findings');
  }

  /** A finding at a fact (`site`, `sub`): its code, pointer in the record, line (0: none), params. */
  add(site: number, sub: number, code: string, pointer: string, line: number, params: Record<string, string | number>): void {
    this.partition.push({ key: site * SUBS + sub, text: JSON.stringify([code, pointer, line, params]) });
  }

  /** Ends the findings of a partition: sorted into a run. */
  endRun(): void {
    const found = this.partition;
    if (!found.length) return;
    // a stable sort: the findings of one fact keep the order they were made in
    found.sort((a, b) => a.key - b.key);
    const log = this.log;
    for (const f of found) {
      const w = log.push() >> 1;
      log.f64[w] = f.key;
      log.f64[w + 1] = this.texts.add(f.text);
    }
    this.runs.push(log.rows);
    this.partition = [];
  }

  /** Every finding, in record order. */
  forEach(fn: (site: number, code: string, pointer: string, line: number, params: Record<string, string | number>) => void): void {
    const n = this.runs.length - 1;
    if (!n) return;
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
      // few runs, and most inputs have few findings: a scan for the least is enough
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
}
