import type { IssueCode } from './codes.js';
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
   * Every record seen so far in the input (the current one is added after the rules ran), shared
   * by the rules so each record costs one map entry.
   */
  readonly index: RecordIndex;
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
  /** The records of the whole input. */
  readonly index: RecordIndex;
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
  create(): RuleInstance;
}

export interface RuleInstance {
  header?(header: AnyRecord, ctx: RuleContext): void;
  /** `location` identifies the current record for deferred findings. */
  record?(record: AnyRecord, ctx: RuleContext, location: DeferredLocation): void;
  /** End of one batch (one file). */
  endBatch?(ctx: EndContext): void;
  /** End of all the files validated together. */
  endInput?(ctx: EndContext): void;
}
