import type { BatchItem } from '../formats/types.js';
import { BatchChecksum, type ChecksumAlgorithm } from '../envelope/checksum.js';
import { CODELISTS } from '../generated/codelists.js';
import { newIssue, NOT_READ_WHOLE, type IssueCode } from './codes.js';
import { IssueCollector } from './collector.js';
import { aboutRecordOrHeader, type Issue } from './issue.js';
import { looksAt, type AnyRecord, type DeferredLocation, type EndContext, type PartitionContext, type RuleContext, type RuleInstance } from './rule.js';
import { RULES } from './rules/index.js';
import { checkSchema, hasSchema, NONE, similar, type SchemaFinding } from './schema-check.js';
import { INDEX_OWNER, RECORD_TYPES as TYPE_LIST, RecordIndex, recordTypeNumber } from './record-index.js';
import { Facts, OWNERS, type FactsOptions } from './facts/facts.js';
import type { AloneFinding } from './parallel/alone-checks.js';

const RECORD_TYPES = new Set(CODELISTS.recordType.codes.map((c) => c.code));


interface ActiveRule { instance: RuleInstance; types?: ReadonlySet<string>; /** whose facts */ owner: number; acrossRecords: boolean }

/**
 * Validates the items of one or more batches read by the format readers: schema first
 * (critical), then the semantic rules in index order on schema-valid records only, so a
 * broken record does not cascade into semantic findings (FSJC-VAL-005).
 */
export class Validator {
  private readonly rules: ActiveRule[];
  // per-file state
  private file = '';
  private header: AnyRecord | undefined;
  private headerValid = false;
  private fatal = false;
  private records = 0;
  private sums: BatchChecksum[] = [];
  /** The files begun, by number: a fact names its file by number. */
  private readonly files: string[] = [];

  /**
   * @internal Set while a record worker checks the current file's records (validate.ts): for a
   * record it found valid with the header seen as `headerValid` says, the findings of the rules
   * that look at one record alone; the record then skips here its schema and those rules.
   */
  checkedElsewhere: ((index: number, headerValid: boolean) => readonly AloneFinding[] | undefined) | undefined;

  /** @internal facts kept for checks across records, decided at the end of the input */
  readonly facts: Facts;
  /** @internal the records of the input by identifier, for the rules' decisions at the end */
  readonly index: RecordIndex;

  /** `facts` tunes where and from what size the facts spill to temporary files. */
  constructor(readonly collector: IssueCollector, facts: FactsOptions = {}) {
    this.rules = RULES.map((r, i) => ({ instance: r.create(), types: r.recordTypes ? new Set(r.recordTypes) : undefined, owner: INDEX_OWNER + 1 + i, acrossRecords: !!r.acrossRecords }));
    if (this.rules.length >= OWNERS) throw new Error('validator: more rules than fact owners');
    this.facts = new Facts(facts);
    this.index = new RecordIndex(this.rules.flatMap((r) => (r.instance.resolve?.definition ? [r.instance.resolve] : [])));
  }

  /** Starts a new batch (file). */
  begin(file: string, format?: string): void {
    this.collector.startFile(file, format);
    this.files.push(file);
    this.file = file;
    this.header = undefined;
    this.headerValid = false;
    this.fatal = false;
    this.records = 0;
    // until the header names an algorithm, keep both sums so the header may come last
    this.sums = [new BatchChecksum('SM3'), new BatchChecksum('SHA-256')];
  }

  /**
   * Takes the next item of a reader. For a record, returns how many blocking findings it got
   * (from the reader, the schema and the rules), so a caller can decide on further checks.
   */
  accept(item: BatchItem): number {
    switch (item.kind) {
      case 'issue':
        if (NOT_READ_WHOLE.has(item.issue.code)) this.fatal = true;
        // a reader's finding about a record waits for the record, to be reconciled with the schema's
        if (aboutRecordOrHeader(item.issue) && !this.fatal) this.readerIssues.push({ file: this.file, ...item.issue });
        else this.collector.add({ file: this.file, ...item.issue });
        return 0;
      case 'header':
        this.onHeader(item.value, item.position.line, item.recordsBefore);
        return 0;
      case 'record':
        // `lines` may be costly to compute (XML): only read it when a finding needs a line
        return this.onRecord(item.value, item.index, item.position.line, 'lines' in item ? new LazyLines(item) : undefined);
      case 'end':
        this.flushReaderIssues();
        this.end(item.bytes, item.records);
        return 0;
    }
    return 0;
  }

  private readerIssues: Issue[] = [];

  private flushReaderIssues(): number {
    for (const i of this.readerIssues) this.collector.add(i);
    const n = this.readerIssues.length;
    this.readerIssues = [];
    return n;
  }

  /**
   * One fault, one finding (FSJC-VAL-005) across the XML mapping and the schema: a value the
   * reader could not map is not reported again by the schema, and an unknown element next to a
   * missing required one is a misspelling, reported once.
   */
  private reconcile(base: string, findings: readonly SchemaFinding[]): readonly SchemaFinding[] {
    if (!this.readerIssues.length) return findings;
    const mine = this.readerIssues.filter((i) => i.pointer === base || i.pointer?.startsWith(base + '/'));
    if (!mine.length) return findings;
    const at = mine.map((i) => (i.pointer ?? base).slice(base.length));
    let kept = findings.filter((f) => !at.some((p) => p !== '' && (f.pointer === p || f.pointer.startsWith(p + '/'))));
    for (const issue of mine) {
      if (issue.code !== 'xml.unknownElement') continue;
      const rel = (issue.pointer ?? base).slice(base.length);
      const parent = rel.slice(0, rel.lastIndexOf('/'));
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      const match = kept.find((f) => f.code === 'schema.required' && f.pointer.slice(0, f.pointer.lastIndexOf('/')) === parent && similar(name, String(f.params?.field)));
      if (match) {
        kept = kept.filter((f) => f !== match);
        issue.params = { ...issue.params, expected: String(match.params?.field) };
      }
    }
    return kept;
  }

  private emit(code: IssueCode, where: Partial<Issue>, params?: Record<string, string | number>, requirement?: string): void {
    const issue = newIssue(code, params, { file: this.file, ...where });
    if (requirement) issue.requirement = requirement;
    this.collector.add(issue);
  }

  private onHeader(value: unknown, line: number | undefined, recordsBefore: number): void {
    if (recordsBefore > 0) this.emit('envelope.headerNotFirst', { pointer: '/header', line }, { recordsBefore });
    const findings = this.reconcile('/header', checkSchema('header', value));
    const fromReader = this.flushReaderIssues();
    for (const f of findings) this.emit(f.code as IssueCode, { pointer: `/header${f.pointer}`, line }, f.params, f.requirement);
    if (value && typeof value === 'object' && !Array.isArray(value)) this.header = value as AnyRecord;
    this.headerValid = findings.length === 0 && fromReader === 0;
    if (!this.headerValid) return;
    const algorithm = this.header?.checksum?.algorithm as ChecksumAlgorithm | undefined;
    if (recordsBefore === 0) this.sums = algorithm ? [new BatchChecksum(algorithm)] : [];
    const ctx = this.context({ pointer: '/header', line });
    for (const r of this.rules) r.instance.header?.(this.header!, ctx);
  }

  private readonly byType = new Map<string, ActiveRule[]>();
  /** The rules that look at records of a type, in index order. */
  private rulesFor(type: string): ActiveRule[] {
    let list = this.byType.get(type);
    if (!list) this.byType.set(type, (list = this.rules.filter((r) => looksAt(r, type))));
    return list;
  }

  private readonly location: DeferredLocation = { recordIndex: 0, recordType: '', pointer: '' };

  /** One rule context, reused for every record: rules must copy what they keep. */
  private readonly ctx = new RecordContext(this);

  private context(where: Partial<Issue>, lines?: LazyLines): RecordContext {
    this.ctx.where = where;
    this.ctx.lines = lines;
    return this.ctx;
  }

  /** @internal */
  reportFor(where: Partial<Issue>, lines: LazyLines | undefined, code: IssueCode, pointer: string, params?: Record<string, string | number>, requirement?: string): void {
    const line = lines ? lines.lineOf(pointer) ?? where.line : where.line;
    this.emit(code, { recordIndex: where.recordIndex, recordType: where.recordType, recordId: where.recordId, pointer: (where.pointer ?? '') + pointer, line }, params, requirement);
  }

  /** @internal */
  currentHeader(): AnyRecord | undefined {
    return this.headerValid ? this.header : undefined;
  }

  private onRecord(value: unknown, index: number, line: number | undefined, lines?: LazyLines): number {
    const before = this.collector.counts.critical + this.collector.counts.error;
    this.onRecordInner(value, index, line, lines);
    return this.collector.counts.critical + this.collector.counts.error - before;
  }

  private onRecordInner(value: unknown, index: number, line: number | undefined, lines?: LazyLines): void {
    this.records++;
    for (const s of this.sums) s.add(value);
    const base = `/records/${index}`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.flushReaderIssues();
      this.emit('schema.type', { recordIndex: index, pointer: base, line }, { expected: 'object' });
      return;
    }
    const rec = value as AnyRecord;
    const type = rec.recordType;
    if (typeof type !== 'string' || !RECORD_TYPES.has(type) || !hasSchema(type)) {
      const where: Partial<Issue> = { recordIndex: index, recordId: typeof rec.id === 'string' ? rec.id : undefined, line };
      this.flushReaderIssues();
      if (type === undefined) this.emit('schema.required', { ...where, pointer: `${base}/recordType` }, { field: 'recordType' });
      else this.emit('schema.unknownRecordType', { ...where, pointer: `${base}/recordType` }, { value: String(type) });
      return;
    }
    const elsewhere = this.readerIssues.length ? undefined : this.checkedElsewhere?.(index, this.headerValid);
    const findings = this.reconcile(base, elsewhere ? NONE : checkSchema(type, rec));
    const fromReader = this.flushReaderIssues();
    if (findings.length || fromReader) {
      const where: Partial<Issue> = { recordIndex: index, recordType: type, recordId: typeof rec.id === 'string' ? rec.id : undefined, line };
      for (const f of findings) {
        const l = lines ? lines.lineOf(f.pointer) ?? line : line;
        this.emit(f.code as IssueCode, { ...where, pointer: base + f.pointer, line: l }, f.params, f.requirement);
      }
      return;
    }
    // one location object, reused: rules copy what they keep
    const location = this.location;
    location.file = this.file;
    location.recordIndex = index;
    location.recordType = type;
    location.recordId = rec.id;
    location.pointer = base;
    location.line = line;
    const ctx = this.context(location, lines);
    // the record's identifiers first: a reference to the record itself finds it
    const typeNumber = recordTypeNumber(type);
    this.facts.record(this.files.length - 1, index, typeNumber, rec.id);
    const idLine = lines ? lines.lineOf('/id') ?? line : line;
    this.index.add(this.facts, rec.id, typeNumber, type === 'event' ? rec.eventType : undefined, this.files.length, rec.revision ?? 1, idLine ?? 0, type === 'item' ? rec.itemCode : undefined);
    // the rules across records report nothing at once, so the others' findings keep their place
    if (elsewhere) for (const f of elsewhere) this.reportFor(location, lines, f.code, f.pointer, f.params, f.requirement);
    for (const r of this.rulesFor(type)) {
      if (elsewhere && !r.acrossRecords) continue;
      ctx.owner = r.owner;
      ctx.acrossRecords = r.acrossRecords;
      r.instance.record!(rec, ctx, location);
    }
    ctx.acrossRecords = false;
  }

  private end(bytes: number, records: number): void {
    if (!this.fatal) {
      const h = this.headerValid ? this.header : undefined;
      if (!this.header) this.emit('envelope.missingHeader', { pointer: '/header' });
      if (h) {
        if (h.recordCount !== this.records) this.emit('envelope.recordCount', { pointer: '/header/recordCount' }, { declared: h.recordCount, actual: this.records });
        if (h.checksum) {
          const sum = this.sums.find((s) => s.algorithm === h.checksum.algorithm);
          const actual = sum?.digest();
          if (actual !== undefined && actual !== h.checksum.value) this.emit('envelope.checksum', { pointer: '/header/checksum/value' }, { algorithm: h.checksum.algorithm, declared: h.checksum.value, actual });
        } else {
          this.emit('envelope.checksumMissing', { pointer: '/header/checksum' });
        }
      }
    }
    const endCtx = this.endContext();
    for (const r of this.rules) r.instance.endBatch?.(endCtx);
    this.collector.endFile(bytes, records);
  }

  private endContext(): EndContext {
    return {
      reportAt: (loc: DeferredLocation, code, params) => {
        this.collector.add(newIssue(code, params, { file: loc.file, recordIndex: loc.recordIndex, recordType: loc.recordType, recordId: loc.recordId, pointer: loc.pointer, line: loc.line }));
      },
    };
  }

  /**
   * Ends the input: findings that could only be decided once every file was read, given out in
   * record order. The caller disposes of the validator afterwards, however this ends.
   */
  finish(): void {
    const facts = this.facts;
    for (const r of this.rules) {
      if (!r.instance.endRecords) continue;
      this.ctx.owner = r.owner;
      r.instance.endRecords(this.ctx);
    }
    const ctx: PartitionContext = {
      index: this.index,
      report: (at, code, pointer, line, params) => facts.report(at.site, at.sub, code, pointer, line, params),
      text: (ref) => facts.textOf(ref),
      pointer: (id) => facts.pointerOf(id),
      recordId: (site) => facts.recordId(site),
    };
    facts.resolve([this.index, ...this.rules.map((r) => r.instance.resolve)], ctx);
    const endCtx = this.endContext();
    for (const r of this.rules) r.instance.endInput?.(endCtx);
    facts.emit((at, code, pointer, line, params) => {
      this.collector.add(newIssue(code, params, { file: this.files[at.file], recordIndex: at.recordIndex, recordType: TYPE_LIST[at.recordType], recordId: at.recordId, pointer: `/records/${at.recordIndex}${pointer}`, line: line || undefined }));
    });
  }

  /** Removes the facts' temporary files, if any: for a validation given up before `finish`. */
  dispose(): void {
    this.facts.dispose();
  }
}

class RecordContext implements RuleContext {
  where: Partial<Issue> = {};
  lines: LazyLines | undefined;
  /** The rule running, whose facts `keep` keeps. */
  owner = 0;
  /** Whether that rule checks records against each other (it may not report at once). */
  acrossRecords = false;
  constructor(private readonly v: Validator) {}
  report(code: IssueCode, pointer: string, params?: Record<string, string | number>, requirement?: string): void {
    // its findings would come before those of the rules after it when a worker runs those (alone-checks.ts)
    if (this.acrossRecords) throw new Error(`validator: a rule across records reported ${code} at once; it should decide() or keep()`);
    this.v.reportFor(this.where, this.lines, code, pointer, params, requirement);
  }
  get header(): AnyRecord | undefined {
    return this.v.currentHeader();
  }
  lineOf(pointer: string): number | undefined {
    return this.lines ? this.lines.lineOf(pointer) ?? this.where.line : this.where.line;
  }
  keep(kind: number, key: string, aux: number, line: number, a: number, value: number): void {
    this.v.facts.add(this.owner, kind, key, aux, line, a, value);
  }
  text(s: string, key?: string): number {
    return this.v.facts.text(s, key);
  }
  pointerId(pointer: string): number {
    return this.v.facts.pointer(pointer);
  }
  decide(code: IssueCode, pointer: string, params: Record<string, string | number>): void {
    this.v.facts.reportHere(code, pointer, this.lineOf(pointer) ?? 0, params);
  }
  knownRecordType(key: string): number {
    return this.v.index.knownTypeNumber(this.v.facts, key);
  }
  get firstOfItsId(): boolean {
    return this.v.index.firstOfItsId;
  }
  mayHaveRecord(key: string): boolean {
    return this.v.index.mayHave(this.v.facts, key);
  }
  fingerprint(key: string): Int32Array {
    return this.v.facts.fingerprintOf(key);
  }
}

/** An XML record's element lines: the reader's look-up, or the whole table read from the item when first asked. */
class LazyLines {
  private map: Pick<Map<string, number>, 'get'> | undefined;
  constructor(private readonly item: { lines?: Pick<Map<string, number>, 'get'>; lineOf?(pointer: string): number | undefined }) {}
  /** The line of the nearest element at or above a pointer relative to the record. */
  lineOf(pointer: string): number | undefined {
    if (this.item.lineOf) return this.item.lineOf(pointer);
    this.map ??= this.item.lines ?? new Map();
    return lineFor(this.map, pointer);
  }
}

/** The line of the nearest element at or above a pointer (XML). */
function lineFor(lines: Pick<Map<string, number>, 'get'>, pointer: string): number | undefined {
  let p = pointer;
  for (;;) {
    const l = lines.get(p);
    if (l !== undefined) return l;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

