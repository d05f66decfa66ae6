import { Column } from '../facts/partition-state.js';
import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import { NONE, RECORD_TYPES, RecordIndex, recordTypeNumber } from '../record-index.js';
import type { Rule, RuleContext } from '../rule.js';

const KEEP_REFERENCES = (f: FieldPlan) => !!f.references;
const TARGETS = new WeakMap<FieldPlan, number>();
/** The record type number a reference field names, looked up once a field. */
function targetNumber(field: FieldPlan): number {
  let n = TARGETS.get(field);
  if (n === undefined) TARGETS.set(field, (n = recordTypeNumber(field.references!)));
  return n;
}

/** The fact a reference keeps: its target, with the referenced type (`aux`), pointer (`a`) and value (`value`, a text). */
const REFERENCE = 0;
/** More references (`a` of them) to a target no record had when they were read: only their number matters. */
const MORE = 1;
/** Targets whose later references are counted, not kept, while no record has them. */
const COUNTED = 1 << 12;

/**
 * FSJC-DATA-009: a reference names a record of the referenced type. Within the files validated
 * together a reference to a record of another type is an error; a target that is not in the input
 * at all may have been sent earlier, so it is only noted (the receiving centre checks it), once a
 * target with the number of references to it and the first of them. Item references use the item
 * code, not the record id.
 *
 * The findings are those of a check made while reading with every identifier in memory. A
 * reference read after its target's first record is checked against that record's type: at once
 * when that record was read lately, else at the end of the input, where a target's facts are
 * replayed in input order with the record index. Of the references read before the target's
 * first record, the first is checked against it at the end, or, with no such record in the input,
 * noted with their number; after the first, they are only counted. Nothing is let go, however
 * many targets wait.
 */
export const references: Rule = {
  id: 'references',
  codes: ['ref.wrongType', 'ref.notInInput'],
  acrossRecords: true,
  create: () => {
    // the current record, so one callback serves every field (no closure per field)
    const cur = { ctx: undefined as unknown as RuleContext, target: '', type: 0 };
    // Targets no record had when their reference was kept, by fingerprint, with the number of
    // references to them read since: of references read before any record has their target,
    // only the first and their number are ever reported, so the others need not be kept (units
    // and posts outside the input are named by nearly every record). A target leaves when a
    // record has it (its later references are kept), or when another takes its place.
    let counted: { his: Int32Array; los: Int32Array; counts: Int32Array; keys: string[] } | undefined;
    const flush = (ctx: RuleContext, i: number) => {
      const c = counted!;
      if (c.counts[i] > 0) ctx.keep(MORE, c.keys[i], 0, 0, c.counts[i], 0);
      c.counts[i] = 0;
      c.los[i] = 0; // lo is never 0: the place is empty
    };
    /** A record has `key` now: references to it are kept from here on. */
    const defined = (ctx: RuleContext, key: string) => {
      const fp = ctx.fingerprint(key);
      const i = (fp[1] >>> 1) & (COUNTED - 1);
      if (counted!.los[i] === fp[1] && counted!.his[i] === fp[0]) flush(ctx, i);
    };
    const visit = (v: unknown, pointer: string) => {
      if (typeof v !== 'string') return;
      const ctx = cur.ctx;
      const key = cur.target === 'item' ? RecordIndex.itemKey(v) : v;
      // the target's first record read lately: decided at once, as the end would
      const known = ctx.knownRecordType(key);
      if (known >= 0) {
        if (known !== cur.type) ctx.decide('ref.wrongType', pointer, { value: v, expected: cur.target, actual: RECORD_TYPES[known] });
        return;
      }
      const fp = ctx.fingerprint(key);
      const hi = fp[0];
      const lo = fp[1];
      const i = (lo >>> 1) & (COUNTED - 1);
      if (counted && counted.los[i] === lo && counted.his[i] === hi) {
        counted.counts[i]++;
        return;
      }
      if (!ctx.mayHaveRecord(key)) {
        const c = (counted ??= { his: new Int32Array(COUNTED), los: new Int32Array(COUNTED), counts: new Int32Array(COUNTED), keys: new Array<string>(COUNTED) });
        flush(ctx, i);
        c.his[i] = hi;
        c.los[i] = lo;
        c.keys[i] = key;
      }
      ctx.keep(REFERENCE, key, cur.type, ctx.lineOf(pointer) ?? 0, ctx.pointerId(pointer), ctx.text(v, key));
    };

    // the partition being resolved: targets referenced before any record had their identifier,
    // by slot the number of their entry, each entry the first such reference and their count
    const entryOf = new Column(-1);
    const waiting = { slot: [] as number[], site: [] as number[], sub: [] as number[], line: [] as number[], pointer: [] as number[], type: [] as number[], value: [] as number[], count: [] as number[] };
    const at = { site: 0, sub: 0 };

    return {
      record(record, ctx) {
        cur.ctx = ctx;
        if (counted) {
          defined(ctx, record.id);
          if (record.recordType === 'item') defined(ctx, RecordIndex.itemKey(record.itemCode));
        }
        const fields = selectFields(record.recordType, 'references', KEEP_REFERENCES);
        for (let i = 0; i < fields.length; i++) {
          cur.target = fields[i].references!;
          cur.type = targetNumber(fields[i]);
          forEachValue(record, fields[i], visit);
        }
      },
      endRecords(ctx) {
        if (counted) for (let i = 0; i < COUNTED; i++) flush(ctx, i);
      },
      resolve: {
        begin() {
          entryOf.reset();
          for (const list of Object.values(waiting)) list.length = 0;
        },
        fact(row, ctx) {
          if (row.kind === MORE) {
            // always after the first reference to the target, which made its entry
            const entry = entryOf.get(row.slot);
            if (entry >= 0) waiting.count[entry] += row.a;
            return;
          }
          const found = ctx.index.typeNumber(row.slot);
          if (found !== NONE) {
            if (found !== row.aux) ctx.report(row, 'ref.wrongType', ctx.pointer(row.a), row.line, { value: ctx.text(row.value), expected: RECORD_TYPES[row.aux], actual: RECORD_TYPES[found] });
            return;
          }
          const entry = entryOf.get(row.slot);
          if (entry >= 0) {
            waiting.count[entry]++;
            return;
          }
          entryOf.set(row.slot, waiting.slot.length);
          waiting.slot.push(row.slot);
          waiting.site.push(row.site);
          waiting.sub.push(row.sub);
          waiting.line.push(row.line);
          waiting.pointer.push(row.a);
          waiting.type.push(row.aux);
          waiting.value.push(row.value);
          waiting.count.push(1);
        },
        end(ctx) {
          for (let i = 0; i < waiting.slot.length; i++) {
            at.site = waiting.site[i];
            at.sub = waiting.sub[i];
            const found = ctx.index.typeNumber(waiting.slot[i]);
            // a record with the identifier came later: the first reference before it is checked
            if (found === waiting.type[i]) continue;
            const value = ctx.text(waiting.value[i]);
            const expected = RECORD_TYPES[waiting.type[i]];
            if (found !== NONE) ctx.report(at, 'ref.wrongType', ctx.pointer(waiting.pointer[i]), waiting.line[i], { value, expected, actual: RECORD_TYPES[found] });
            else ctx.report(at, 'ref.notInInput', ctx.pointer(waiting.pointer[i]), waiting.line[i], { value, expected, count: waiting.count[i] });
          }
        },
      },
    };
  },
};
