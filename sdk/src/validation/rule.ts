import type { IssueCode } from './codes.js';
import type { FactRow, PartitionResolver } from './facts/facts.js';
import type { RecordIndex } from './record-index.js';

/** A record as the rules see it: a schema-valid JSON object. */
export type AnyRecord = Record<string, any>;

export interface RuleContext {
  /** Reports a finding on the current record (or the header), at a pointer relative to it. */
  report(code: IssueCode, pointer: string, params?: Record<string, string | number>, requirement?: string): void;
  /** The line of a field of the current record (XML and NDJSON), for findings kept for later. */
  lineOf(pointer: string): number | undefined;
  /** The header of the current batch, once it has been read. */
  readonly header: AnyRecord | undefined;
  /**
   * Keeps a fact about the current record for the rule's decision at the end of the input (see
   * `RuleInstance.resolve`): its kind (0–7), the identifier it is about, a small number (`aux`,
   * below 1024), the line of its field (0: none), a 32-bit integer (`a`) and a number (`value`).
   * Facts are fixed-width: texts go in by `text`, pointers by `pointerId`.
   */
  keep(kind: number, key: string, aux: number, line: number, a: number, value: number): void;
  /**
   * A number for a text needed only in messages (e.g. a reference's value), kept beside the
   * facts. Given the `key` of the fact the text belongs to, when the key determines the text, a
   * text repeated with its key is kept once.
   */
  text(s: string, key?: string): number;
  /** A number for a pointer relative to the record. */
  pointerId(pointer: string): number;
  /**
   * A finding decided while reading (from what is known for certain, see `knownRecordType`),
   * given out with those decided at the end, in record order, at a pointer relative to the record.
   */
  decide(code: IssueCode, pointer: string, params: Record<string, string | number>): void;
  /**
   * The record type number of the input's first record with this identifier, when certain while
   * reading (that record was read lately), else -1: the end of the input decides.
   */
  knownRecordType(key: string): number;
  /** Whether the current record is certainly the input's first with its id (false when unsure). */
  readonly firstOfItsId: boolean;
  /**
   * Whether a record with this identifier may have been read so far: false only when certainly
   * not. Exact answers come at the end; this one lets a rule count facts instead of keeping them.
   */
  mayHaveRecord(key: string): boolean;
  /** The 64-bit fingerprint of an identifier, high and low words (the array is reused by the next call). */
  fingerprint(key: string): Int32Array;
}

/** A finding kept for later, when a rule can only decide at the end of a batch or input. */
export interface DeferredLocation {
  file?: string;
  recordIndex: number;
  recordType: string;
  recordId?: string;
  pointer: string;
  line?: number;
}

export interface EndContext {
  reportAt(location: DeferredLocation, code: IssueCode, params?: Record<string, string | number>): void;
}

/** What a rule's resolver has at the end of the input, for one partition of identifiers. */
export interface PartitionContext {
  /** The records of the whole input with the partition's identifiers. */
  readonly index: RecordIndex;
  /**
   * A finding at a fact (`site` and `sub` of a fact row): on the record the fact was kept for,
   * at a pointer relative to it, at a line (0: the record's). Given out in record order at the end.
   */
  report(at: { site: number; sub: number }, code: IssueCode, pointer: string, line: number, params: Record<string, string | number>): void;
  /** The text of a number from `RuleContext.text`. */
  text(ref: number): string;
  /** The pointer of a number from `RuleContext.pointerId`. */
  pointer(id: number): string;
  /** The id of the record a fact was kept for. */
  recordId(site: number): string;
}

/**
 * One semantic rule, like an ajv keyword module: an ID, the codes it can emit and a factory for
 * its per-validation state. Rules run in the order of the index; each is pure apart from its
 * own state.
 */
export interface Rule {
  id: string;
  codes: readonly IssueCode[];
  /** Record types the rule looks at; all when absent. */
  recordTypes?: readonly string[];
  /**
   * The rule checks records against each other: it keeps facts (`keep`) or decides from what was
   * read before (`decide`), so it runs on the validating thread, in record order, and never
   * reports on a record at once. A rule without it looks at one record (and the header) alone,
   * so a second thread may run it (parallel/alone-checks.ts).
   */
  acrossRecords?: boolean;
  create(): RuleInstance;
}

/** A rule's decisions at the end of the input, one partition of identifiers at a time. */
export interface RuleResolver extends PartitionResolver<PartitionContext> {
  /**
   * A record's definition, as the record index keeps it, before the index takes it in: the
   * record's id (the key), record type and event type (`aux`), batch number from 1 (`a`),
   * revision (`value`) and the line of its id. Rules that decide on the records themselves need
   * keep no facts of their own.
   */
  definition?(row: FactRow, ctx: PartitionContext): void;
}

/** Whether a rule (its instance and record types) looks at records of a type. */
export function looksAt(rule: { instance: RuleInstance; types?: ReadonlySet<string> }, type: string): boolean {
  return !!rule.instance.record && (!rule.types || rule.types.has(type));
}

export interface RuleInstance {
  header?(header: AnyRecord, ctx: RuleContext): void;
  /** `location` identifies the current record for deferred findings. */
  record?(record: AnyRecord, ctx: RuleContext, location: DeferredLocation): void;
  /** End of one batch (one file). */
  endBatch?(ctx: EndContext): void;
  /** After the last record of the input, before the facts are resolved: facts a rule still holds are kept. */
  endRecords?(ctx: RuleContext): void;
  /**
   * Decides on the facts the rule kept (`RuleContext.keep`), at the end of the input: one
   * partition of identifiers at a time, each partition's facts in the order they were kept, with
   * the record index of the same partition.
   */
  resolve?: RuleResolver;
  /** End of all the files validated together. */
  endInput?(ctx: EndContext): void;
}
