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

/**
 * FSJC-DATA-009: a reference names a record of the referenced type. Within the files validated
 * together a reference to a record of another type is an error; a target that is not in the input
 * at all may have been sent earlier, so it is only noted (the receiving centre checks it), once a
 * target with the number of references to it and the first of them. Item references use the item
 * code, not the record id.
 *
 * Every reference keeps a fact; at the end of the input a target's facts are replayed in input
 * order with the record index, so the findings are those of a check made while reading: a
 * reference read after the target's first record is checked against that record's type; of the
 * references read before it, the first is checked against it once the partition's facts are all
 * known, or, with no such record in the input, noted with their count. Nothing is let go, however
 * many targets wait.
 */
export const references: Rule = {
  id: 'references',
  codes: ['ref.wrongType', 'ref.notInInput'],
  create: () => {
    // the current record, so one callback serves every field (no closure per field)
    const cur = { ctx: undefined as unknown as RuleContext, target: '', type: 0 };
    const visit = (v: unknown, pointer: string) => {
      if (typeof v !== 'string') return;
      const ctx = cur.ctx;
      const key = cur.target === 'item' ? RecordIndex.itemKey(v) : v;
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
        const fields = selectFields(record.recordType, 'references', KEEP_REFERENCES);
        for (let i = 0; i < fields.length; i++) {
          cur.target = fields[i].references!;
          cur.type = targetNumber(fields[i]);
          forEachValue(record, fields[i], visit);
        }
      },
      resolve: {
        begin() {
          entryOf.reset();
          for (const list of Object.values(waiting)) list.length = 0;
        },
        fact(row, ctx) {
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
            const value = ctx.text(waiting.value[i]);
            const expected = RECORD_TYPES[waiting.type[i]];
            // a record with the identifier came later: the first reference before it is checked
            if (found !== NONE) {
              if (found !== waiting.type[i]) ctx.report(at, 'ref.wrongType', ctx.pointer(waiting.pointer[i]), waiting.line[i], { value, expected, actual: RECORD_TYPES[found] });
            } else {
              ctx.report(at, 'ref.notInInput', ctx.pointer(waiting.pointer[i]), waiting.line[i], { value, expected, count: waiting.count[i] });
            }
          }
        },
      },
    };
  },
};
