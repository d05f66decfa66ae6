import { CODELISTS } from '../../generated/codelists.js';
import { fingerprint } from '../fingerprint.js';
import { fieldPlan, forEachValue } from '../plan.js';
import type { DeferredLocation, Rule } from '../rule.js';

const TYPES = CODELISTS.recordType.codes.map((c) => c.code);
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
    const known = new Map<number, number>(); // fingerprint of id (or item code) → record type index
    const pending = new Map<number, { target: string; type: string; count: number; first: DeferredLocation }>();
    // forward references that turned out to name a record of another type
    const mistyped: { target: string; type: string; actual: string; first: DeferredLocation }[] = [];
    const keyOf = (type: string, value: string) => fingerprint(type === 'item' ? `item\u0000${value}` : value);
    return {
      record(record, ctx, location) {
        const typeIndex = TYPES.indexOf(record.recordType);
        const own = keyOf(record.recordType, record.recordType === 'item' ? record.itemCode : record.id);
        if (!known.has(own)) known.set(own, typeIndex);
        const waiting = pending.get(own);
        if (waiting) {
          if (waiting.type !== record.recordType) mistyped.push({ ...waiting, actual: record.recordType });
          pending.delete(own);
        }
        for (const field of fieldPlan(record.recordType)) {
          if (!field.references) continue;
          const target = field.references;
          forEachValue(record, field.segments, (v, pointer) => {
            if (typeof v !== 'string') return;
            const key = keyOf(target, v);
            const found = known.get(key);
            if (found !== undefined) {
              if (TYPES[found] !== target) ctx.report('ref.wrongType', pointer, { value: v, expected: target, actual: TYPES[found] });
              return;
            }
            const p = pending.get(key);
            if (p) p.count++;
            else if (pending.size < MAX_PENDING) pending.set(key, { target: v, type: target, count: 1, first: { ...location, pointer: location.pointer + pointer } });
          });
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
