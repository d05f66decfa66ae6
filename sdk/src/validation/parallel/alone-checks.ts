import type { IssueCode } from '../codes.js';
import { looksAt, type AnyRecord, type RuleContext, type RuleInstance } from '../rule.js';
import { RULES } from '../rules/index.js';

/** A finding of a rule that looks at one record alone, made off the validating thread. */
export interface AloneFinding {
  /** The record's index in its batch. */
  index: number;
  code: IssueCode;
  /** Relative to the record. */
  pointer: string;
  params?: Record<string, string | number>;
  requirement?: string;
}

/** No findings: one frozen list for every record that has none. */
export const NO_FINDINGS: readonly AloneFinding[] = Object.freeze([]);

/**
 * The rules that look at one record alone (not `acrossRecords`), in index order, for a record
 * that passed its schema: what the validating thread would find with them, given the same header.
 * They read only the record and the header, so their findings do not depend on which thread runs
 * them; the rules across records never report on a record at once, so these findings, given out
 * before those rules run, keep their place.
 */
export class AloneChecks implements RuleContext {
  private readonly rules: { instance: RuleInstance; types?: ReadonlySet<string> }[];
  private readonly byType = new Map<string, RuleInstance[]>();
  private out: AloneFinding[] = [];
  private index = 0;
  /** The batch's header while it is valid, as the rules see it on the validating thread. */
  header: AnyRecord | undefined;

  constructor() {
    this.rules = RULES.filter((r) => !r.acrossRecords).map((r) => ({ instance: r.create(), types: r.recordTypes ? new Set(r.recordTypes) : undefined }));
  }

  /** Runs the rules on record `index` (schema-valid), adding its findings to `out`. */
  check(index: number, record: AnyRecord, out: AloneFinding[]): void {
    this.out = out;
    this.index = index;
    const type = record.recordType as string;
    let list = this.byType.get(type);
    if (!list) this.byType.set(type, (list = this.rules.filter((r) => looksAt(r, type)).map((r) => r.instance)));
    for (let i = 0; i < list.length; i++) list[i].record!(record, this, NO_LOCATION);
  }

  report(code: IssueCode, pointer: string, params?: Record<string, string | number>, requirement?: string): void {
    const f: AloneFinding = { index: this.index, code, pointer };
    if (params) f.params = params;
    if (requirement) f.requirement = requirement;
    this.out.push(f);
  }

  // what only rules across records may ask for
  lineOf(): number | undefined { return across('lineOf'); }
  keep(): void { across('keep'); }
  text(): number { return across('text'); }
  pointerId(): number { return across('pointerId'); }
  decide(): void { across('decide'); }
  knownRecordType(): number { return across('knownRecordType'); }
  get firstOfItsId(): boolean { return across('firstOfItsId'); }
  mayHaveRecord(): boolean { return across('mayHaveRecord'); }
  fingerprint(): Int32Array { return across('fingerprint'); }
}

const NO_LOCATION = Object.freeze({ recordIndex: -1, recordType: '', pointer: '' });

function across(what: string): never {
  throw new Error(`validator: a rule that looks at one record alone asked for ${what}; mark it acrossRecords`);
}
