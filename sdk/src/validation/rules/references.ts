import { RecordIndex } from '../record-index.js';
import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import type { AnyRecord, DeferredLocation, Rule, RuleContext } from '../rule.js';

const KEEP_REFERENCES = (f: FieldPlan) => !!f.references;

/** Distinct unresolved targets tracked before further ones are let go, to bound memory. */
const MAX_PENDING = 20_000;

/**
 * FSJC-DATA-009: a reference names a record of the referenced type. Within the files validated
 * together a reference to a record of another type is an error; a target that is not in the input
 * at all may have been sent earlier, so it is only noted (the receiving centre checks it).
 * Item references use the item code, not the record id.
 */
export const references: Rule = {
  id: 'references',
  codes: ['ref.wrongType', 'ref.notInInput'],
  create: () => {
    // keyed by the target string itself: bounded by MAX_PENDING
    const pending = new Map<string, { target: string; type: string; count: number; first: DeferredLocation }>();
    // forward references that turned out to name a record of another type
    const mistyped: { target: string; type: string; actual: string; first: DeferredLocation }[] = [];
    const settle = (own: string, recordType: string) => {
      const waiting = pending.get(own);
      if (!waiting) return;
      if (waiting.type !== recordType) mistyped.push({ ...waiting, actual: recordType });
      pending.delete(own);
    };
    // the current record, so one callback serves every field (no closure per field)
    const cur = { record: {} as AnyRecord, ctx: undefined as unknown as RuleContext, location: undefined as unknown as DeferredLocation, target: '' };
    const visit = (v: unknown, pointer: string) => {
      if (typeof v !== 'string') return;
      const { record, ctx, location, target } = cur;
      const key = target === 'item' ? RecordIndex.itemKey(v) : v;
      const found = ctx.index.typeOf(key) ?? (key === record.id ? record.recordType : undefined);
      if (found !== undefined) {
        if (found !== target) ctx.report('ref.wrongType', pointer, { value: v, expected: target, actual: found });
        return;
      }
      const p = pending.get(key);
      if (p) p.count++;
      else if (pending.size < MAX_PENDING) pending.set(key, { target: v, type: target, count: 1, first: { ...location, pointer: location.pointer + pointer, line: ctx.lineOf(pointer) } });
    };
    return {
      record(record, ctx, location) {
        if (pending.size) {
          settle(record.id, record.recordType);
          if (record.recordType === 'item') settle(RecordIndex.itemKey(record.itemCode), 'item');
        }
        cur.record = record;
        cur.ctx = ctx;
        cur.location = location;
        for (const field of selectFields(record.recordType, 'references', KEEP_REFERENCES)) {
          cur.target = field.references!;
          forEachValue(record, field, visit);
        }
      },
      endInput(ctx) {
        for (const m of mistyped) ctx.reportAt(m.first, 'ref.wrongType', { value: m.target, expected: m.type, actual: m.actual });
        mistyped.length = 0;
        for (const p of pending.values()) ctx.reportAt(p.first, 'ref.notInInput', { value: p.target, expected: p.type, count: p.count });
        pending.clear();
      },
    };
  },
};
