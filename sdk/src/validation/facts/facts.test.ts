import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBudget } from './budget.js';
import { Facts, type FactRow, type PartitionResolver } from './facts.js';
import { KeyTable } from './key-table.js';
import { RowLog, RowReader } from './row-log.js';
import { ScratchDir } from './scratch.js';
import { TextStore } from './text-store.js';

const dirs: string[] = [];
function tempParent(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-facts-test-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the stores behind deferred checks', () => {
  it('gives back every row in the order appended, from memory or from its file', () => {
    for (const limit of [16 << 20, 1024, 0]) {
      const scratch = new ScratchDir(tempParent());
      const log = new RowLog(4, new MemoryBudget(limit, scratch), 'rows');
      const n = 10_000;
      for (let i = 0; i < n; i++) {
        const w = log.push();
        log.i32[w] = i;
        log.f64[(w >> 1) + 1] = i * 1.5;
      }
      expect(log.rows).toBe(n);
      expect(log.spilled > 0).toBe(limit < 16 << 20);
      const reader = new RowReader(log, 4096);
      let wrong = 0;
      for (let i = 0; i < n; i++) {
        const w = reader.at(i);
        if (reader.i32[w] !== i || reader.f64[(w >> 1) + 1] !== i * 1.5) wrong++;
      }
      // out of order too
      const w = reader.at(17);
      expect(reader.i32[w]).toBe(17);
      expect(wrong).toBe(0);
      scratch.dispose();
    }
  });

  it('gives back texts by reference, long or not, from memory or from its file', () => {
    const scratch = new ScratchDir(tempParent());
    const store = new TextStore(new MemoryBudget(4096, scratch));
    const texts = ['C440605-1', '', '佛山市南海区市场监督管理局', 'x'.repeat(70_000), 'U-440605-SCJ'];
    const refs: number[] = [];
    for (let k = 0; k < 200; k++) for (const t of texts) refs.push(store.add(`${t}${k}`));
    expect(scratch.path).toBeDefined();
    const reader = store.reader();
    let wrong = 0;
    refs.forEach((ref, i) => {
      const expected = `${texts[i % texts.length]}${Math.floor(i / texts.length)}`;
      if (store.text(ref) !== expected || reader.text(ref) !== expected) wrong++;
    });
    expect(wrong).toBe(0);
    scratch.dispose();
  });

  it('numbers identifiers in the order they first appear, through its growth', () => {
    const keys = new KeyTable(16);
    for (let i = 0; i < 5000; i++) expect(keys.slot(i * 7919, (i << 1) | 1)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(keys.slot(i * 7919, (i << 1) | 1)).toBe(i);
    expect(keys.size).toBe(5000);
    keys.clear();
    expect(keys.slot(7919, 3)).toBe(0);
  });
});

/** Records every fact replayed, and reports one finding a fact. */
class Recorder implements PartitionResolver<Facts> {
  readonly seen: { partition: number; slot: number; site: number; value: number }[] = [];
  partition = -1;
  begin() {
    this.partition++;
  }
  fact(row: FactRow, facts: Facts) {
    this.seen.push({ partition: this.partition, slot: row.slot, site: row.site, value: row.value });
    facts.report(row.site, row.sub, 'ref.notInInput', `/f${row.value}`, row.line, { value: row.value });
  }
}

describe('facts', () => {
  const keep = (facts: Facts, n: number) => {
    for (let i = 0; i < n; i++) {
      facts.record(i % 3, i, 5, `E-${i}`);
      facts.add(0, 1, `C-${i % 50}`, 0, i + 1, 0, i);
      facts.add(0, 1, `E-${i}`, 0, i + 1, 0, i + 0.5);
    }
  };

  for (const budget of [16 << 20, 2048]) {
    it(`replays each partition in the order facts were kept, and gives findings back in record order (budget ${budget})`, () => {
      const parent = tempParent();
      const facts = new Facts({ budget, tempDir: parent });
      keep(facts, 2000);
      expect(facts.directory !== undefined).toBe(budget < 16 << 20);
      const r = new Recorder();
      facts.resolve([r], facts);
      expect(r.seen.length).toBe(4000);
      // within a partition, in the order kept; one key, one slot
      const slots = new Map<string, string>();
      for (let i = 1; i < r.seen.length; i++) {
        const [a, b] = [r.seen[i - 1], r.seen[i]];
        if (a.partition === b.partition) expect(a.site * 2 + (a.value % 1 ? 1 : 0)).toBeLessThan(b.site * 2 + (b.value % 1 ? 1 : 0));
      }
      for (const s of r.seen) {
        const key = s.value % 1 ? `E-${s.site}` : `C-${s.site % 50}`;
        const id = `${s.partition}:${s.slot}`;
        if (slots.has(key)) expect(slots.get(key)).toBe(id);
        slots.set(key, id);
      }
      const out: string[] = [];
      facts.emit((at, code, pointer, line) => out.push(`${at.file} ${at.recordIndex} ${at.recordId} ${pointer} ${line}`));
      expect(out.length).toBe(4000);
      expect(out.slice(0, 4)).toEqual(['0 0 E-0 /f0 1', '0 0 E-0 /f0.5 1', '1 1 E-1 /f1 2', '1 1 E-1 /f1.5 2']);
      expect(out.at(-1)).toBe('1 1999 E-1999 /f1999.5 2000');
      facts.dispose();
      expect(fs.readdirSync(parent)).toEqual([]);
    });
  }

  it('gives many findings back in record order, merged from sorted runs that spilled', () => {
    const parent = tempParent();
    const facts = new Facts({ budget: 4096, tempDir: parent });
    const n = 30_000; // 60 000 findings: several runs
    keep(facts, n);
    facts.resolve([new Recorder()], facts);
    let last = -1;
    let count = 0;
    let wrong = 0;
    facts.emit((at, code, pointer) => {
      const place = at.recordIndex * 2 + (pointer.endsWith('.5') ? 1 : 0);
      if (place !== last + 1 || at.recordId !== `E-${at.recordIndex}`) wrong++;
      last = place;
      count++;
    });
    expect(count).toBe(2 * n);
    expect(wrong).toBe(0);
    facts.dispose();
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('never touches the disk for a batch of thousands of records', () => {
    const parent = tempParent();
    const facts = new Facts({ tempDir: parent });
    keep(facts, 5000);
    facts.resolve([new Recorder()], facts);
    facts.emit(() => {});
    expect(facts.directory).toBeUndefined();
    expect(fs.readdirSync(parent)).toEqual([]);
    facts.dispose();
  });
});
