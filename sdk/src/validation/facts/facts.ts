import { fingerprint } from '../fingerprint.js';
import { DEFAULT_BUDGET, MemoryBudget } from './budget.js';
import { DeferredFindings, SUBS } from './findings.js';
import { KeyTable } from './key-table.js';
import { RowLog, RowReader } from './row-log.js';
import { ScratchDir } from './scratch.js';
import { TextStore } from './text-store.js';

/** Partitions of the facts, by the top bits of their identifier's fingerprint. */
export const PARTITIONS = 64;
const PARTITION_SHIFT = 26;
/**
 * A fact, 8 words: fingerprint (2), site (the record it was kept for), owner (5 bits), kind (3),
 * aux (10) and sub (14) in one word, line, a, value (64 bits).
 */
const ROW = 8;
/** A site, 4 words: record index, file × 32 + record type, reference to the record's id. */
const SITE = 4;
/** Participants in the facts (the record index and the rules), by the 5 bits a row has for them. */
export const OWNERS = 32;
/** What `aux` can hold. */
export const AUX = 1 << 10;
/** Texts remembered by key, so that a repeated reference value is stored once. */
const RECENT = 1 << 12;
/** Bytes of a partition's file read at once. */
const READ_CHUNK = 1 << 20;

export interface FactsOptions {
  /** Bytes the facts may hold in memory before they spill to temporary files (default 16 MB). */
  budget?: number;
  /** Where the temporary directory goes (default: the system's). */
  tempDir?: string;
}

/** One fact as the resolvers see it, read back in the order facts were kept. */
export class FactRow {
  /** The number of the fact's identifier in its partition (0, 1, 2 … by first appearance). */
  slot = 0;
  kind = 0;
  aux = 0;
  /** The record the fact was kept for, and the fact's place among that record's facts. */
  site = 0;
  sub = 0;
  /** The line of the fact's field, 0 when unknown. */
  line = 0;
  a = 0;
  value = 0;
}

/** Decides on the facts of one partition, for one participant (the record index or a rule). */
export interface PartitionResolver<C> {
  /** A partition starts: no identifier is known. */
  begin?(): void;
  /** The participant's next fact of the partition, in the order facts were kept in the input. */
  fact?(row: FactRow, ctx: C): void;
  /** Every fact of the partition has been seen. */
  end?(ctx: C): void;
}

/** Where a deferred finding is: the record its fact was kept for. */
export interface FactSite {
  file: number;
  recordIndex: number;
  recordType: number;
  recordId: string;
}

/**
 * Facts for checks across records, decided at the end of the input (FSJC-VAL-004): while records
 * stream, participants keep fixed-width rows (a record's definition, a reference to resolve, a
 * time to compare) keyed by the 64-bit fingerprint of an identifier, in 64 partitions by
 * fingerprint. Rows stay in memory up to a budget, then go to one temporary file a partition; the
 * texts needed only for messages go to a text store beside them. At the end, each partition is
 * read back alone, in the order its facts were kept, and joined on a hash table of its
 * identifiers (a Grace hash join): memory is about the budget and one partition's identifiers,
 * however large the input. Findings come back in record order.
 *
 * A small input (facts filling a sixteenth of the budget: thousands of records by default) is
 * one partition: its facts stay in one array in the order kept and are joined at once, so a
 * batch validated in memory costs few allocations and never touches the disk. Beyond, the 64
 * partitions' small hash tables are quicker to join than one large one.
 */
export class Facts {
  private readonly scratch: ScratchDir;
  private readonly budget: MemoryBudget;
  private readonly texts: TextStore;
  private readonly partitions: RowLog[] = [];
  /** Every fact in the order kept, until the input outgrows one partition (then undefined). */
  private whole: RowLog | undefined;
  private readonly wholeLimit: number;
  private readonly sites: RowLog;
  private readonly findings: DeferredFindings;
  private readonly pointers = new Map<string, number>();
  private readonly pointerList: string[] = [];
  private readonly fp = new Int32Array(2);
  private lastKey: string | undefined;
  private site = -1;
  private sub = 0;
  private siteReader: RowReader | undefined;

  constructor(opts: FactsOptions = {}) {
    this.scratch = new ScratchDir(opts.tempDir);
    this.budget = new MemoryBudget(opts.budget ?? DEFAULT_BUDGET, this.scratch);
    this.texts = new TextStore(this.budget);
    this.whole = new RowLog(ROW, this.budget, 'facts');
    this.wholeLimit = this.budget.limit / 16 / (ROW * 4);
    this.sites = new RowLog(SITE, this.budget, 'sites');
    this.findings = new DeferredFindings(this.budget, this.texts);
  }

  /** The temporary directory, once something has spilled. */
  get directory(): string | undefined {
    return this.scratch.path;
  }

  /** Starts the facts of a record: where its findings would be. */
  record(file: number, recordIndex: number, recordType: number, recordId: string): void {
    const sites = this.sites;
    const w = sites.push();
    sites.i32[w] = recordIndex;
    sites.i32[w + 1] = file * 32 + recordType;
    sites.f64[(w >> 1) + 1] = this.texts.add(recordId);
    this.site = sites.rows - 1;
    this.sub = 0;
  }

  /** Keeps a fact of the current record for `owner`, about the identifier `key`. */
  add(owner: number, kind: number, key: string, aux: number, line: number, a: number, value: number): void {
    const fp = this.fp;
    // a record's identifier is often the key of several facts in a row
    this.fingerprint(key);
    let log = this.whole;
    if (log === undefined) log = this.partitions[fp[0] >>> PARTITION_SHIFT];
    else if (log.rows >= this.wholeLimit) log = this.partition()[fp[0] >>> PARTITION_SHIFT];
    const w = log.push();
    const i32 = log.i32;
    i32[w] = fp[0];
    i32[w + 1] = fp[1];
    i32[w + 2] = this.site;
    i32[w + 3] = (owner & (OWNERS - 1)) | ((kind & 7) << 5) | ((aux & (AUX - 1)) << 8) | (this.sub << 18);
    i32[w + 4] = line;
    i32[w + 5] = a;
    log.f64[(w >> 1) + 3] = value;
    if (this.sub < SUBS - 1) this.sub++;
  }

  /** Deals the facts kept so far out to the partitions, which take every fact from now on. */
  private partition(): RowLog[] {
    const whole = this.whole!;
    this.whole = undefined;
    for (let p = 0; p < PARTITIONS; p++) this.partitions.push(new RowLog(ROW, this.budget, `partition-${p}`));
    const reader = new RowReader(whole);
    const n = whole.rows;
    for (let i = 0; i < n;) {
      const count = Math.min(reader.run(i), n - i);
      deal(reader.i32, reader.start, count, this.partitions);
      i += count;
    }
    whole.release();
    return this.partitions;
  }

  /**
   * A reference to a text needed for messages. With a `key` that determines the text (the key of
   * a fact whose value the text is), a text met recently with the same key is stored once:
   * reference values repeat (units, cases), and the key's fingerprint is wanted by the fact anyway.
   */
  text(s: string, key?: string): number {
    if (key === undefined) return this.texts.add(s);
    this.fingerprint(key);
    const fp = this.fp;
    const i = (fp[1] >>> 1) & (RECENT - 1);
    const recent = (this.recent ??= { his: new Int32Array(RECENT), los: new Int32Array(RECENT), refs: new Float64Array(RECENT) });
    if (recent.his[i] === fp[0] && recent.los[i] === fp[1]) return recent.refs[i];
    const ref = this.texts.add(s);
    recent.his[i] = fp[0];
    recent.los[i] = fp[1];
    recent.refs[i] = ref;
    return ref;
  }

  // texts stored lately, by their key's fingerprint (lo is never 0: an empty place matches nothing)
  private recent: { his: Int32Array; los: Int32Array; refs: Float64Array } | undefined;

  /**
   * The fingerprint of an identifier, high and low words (read it before the next call: the
   * array is reused), computed once for facts about the same key in a row.
   */
  fingerprintOf(key: string): Int32Array {
    this.fingerprint(key);
    return this.fp;
  }

  // the two keys fingerprinted last: a record's facts name its id and its case over and over
  private fingerprint(key: string): void {
    if (key === this.lastKey) return;
    const fp = this.fp;
    const hi = fp[0];
    const lo = fp[1];
    if (key === this.prevKey) {
      fp[0] = this.prevHi;
      fp[1] = this.prevLo;
    } else fingerprint(key, fp, 0);
    this.prevKey = this.lastKey;
    this.prevHi = hi;
    this.prevLo = lo;
    this.lastKey = key;
  }

  private prevKey: string | undefined;
  private prevHi = 0;
  private prevLo = 0;

  /** The text of a reference. */
  textOf(ref: number): string {
    return this.texts.text(ref);
  }

  /** The number of a pointer relative to a record; few distinct ones, kept in memory. */
  pointer(p: string): number {
    let n = this.pointers.get(p);
    if (n === undefined) {
      this.pointers.set(p, (n = this.pointerList.length));
      this.pointerList.push(p);
    }
    return n;
  }

  pointerOf(n: number): string {
    return this.pointerList[n];
  }

  /** The id of the record at a site. */
  recordId(site: number): string {
    const reader = (this.siteReader ??= new RowReader(this.sites, 64 << 10));
    const w = reader.at(site);
    return this.texts.text(reader.f64[(w >> 1) + 1]);
  }

  /**
   * A finding decided while reading, given out with those decided at the end, in record order:
   * it takes the place of a fact of the current record.
   */
  reportHere(code: string, pointer: string, line: number, params: Record<string, string | number>): void {
    this.findings.add(this.site, this.sub, code, pointer, line, params);
    if (this.sub < SUBS - 1) this.sub++;
  }

  /** A finding decided at the end, at the fact (`site`, `sub`). */
  report(site: number, sub: number, code: string, pointer: string, line: number, params: Record<string, string | number>): void {
    this.findings.add(site, sub, code, pointer, line, params);
  }

  /**
   * Replays every partition in turn, its facts in the order they were kept, each to the resolver
   * of its owner.
   */
  resolve<C>(resolvers: readonly (PartitionResolver<C> | undefined)[], ctx: C): void {
    const keys = new KeyTable(64);
    const row = new FactRow();
    // one buffer for reading back every partition that spilled
    let buffer: ArrayBuffer | undefined;
    for (const log of this.whole ? [this.whole] : this.partitions) {
      const n = log.rows;
      if (!n) continue;
      keys.clear();
      for (const r of resolvers) r?.begin?.();
      if (log.spilled) buffer ??= new ArrayBuffer(READ_CHUNK);
      const reader = new RowReader(log, READ_CHUNK, buffer);
      for (let i = 0; i < n;) {
        const count = Math.min(reader.run(i), n - i);
        replay(reader.i32, reader.f64, reader.start, count, keys, row, resolvers, ctx);
        i += count;
      }
      for (const r of resolvers) r?.end?.(ctx);
    }
  }

  /** The findings decided at the end, in record order, with where they are. */
  emit(fn: (at: FactSite, code: string, pointer: string, line: number, params: Record<string, string | number>) => void): void {
    const sites = new RowReader(this.sites, 64 << 10);
    const ids = this.texts.reader();
    const at: FactSite = { file: 0, recordIndex: 0, recordType: 0, recordId: '' };
    this.findings.forEach((site, code, pointer, line, params) => {
      const w = sites.at(site);
      at.recordIndex = sites.i32[w];
      at.file = sites.i32[w + 1] >>> 5;
      at.recordType = sites.i32[w + 1] & 31;
      at.recordId = ids.text(sites.f64[(w >> 1) + 1]);
      fn(at, code, pointer, line, params);
    });
  }

  /** Removes the temporary files, if any; the facts are gone. */
  dispose(): void {
    this.scratch.dispose();
  }
}

/**
 * Replays `count` rows from word `w` to their owners' resolvers. A function of its own, called
 * for every run of rows: it is optimised after a few runs, not after a long loop.
 */
function replay<C>(i32: Int32Array, f64: Float64Array, w: number, count: number, keys: KeyTable, row: FactRow, resolvers: readonly (PartitionResolver<C> | undefined)[], ctx: C): void {
  for (let k = 0; k < count; k++, w += ROW) {
    const meta = i32[w + 3];
    row.slot = keys.slot(i32[w], i32[w + 1]);
    row.site = i32[w + 2];
    row.kind = (meta >>> 5) & 7;
    row.aux = (meta >>> 8) & (AUX - 1);
    row.sub = meta >>> 18;
    row.line = i32[w + 4];
    row.a = i32[w + 5];
    row.value = f64[(w >> 1) + 3];
    resolvers[meta & (OWNERS - 1)]!.fact!(row, ctx);
  }
}

/** Appends `count` rows from word `w` to their partitions (a function of its own, as `replay`). */
function deal(from: Int32Array, w: number, count: number, partitions: RowLog[]): void {
  for (let k = 0; k < count; k++, w += ROW) {
    const log = partitions[from[w] >>> PARTITION_SHIFT];
    const to = log.push();
    const i32 = log.i32;
    for (let j = 0; j < ROW; j++) i32[to + j] = from[w + j];
  }
}
