import { Column } from '../facts/partition-state.js';
import type { Rule } from '../rule.js';

/**
 * FSJC-DATA-003 and FSJC-DATA-010: an identifier names one record of the sending system; the same
 * identifier and revision twice in one batch is a duplicate, reported on the later record. Decided
 * at the end of the input on the record index's definitions: an identifier's records in input
 * order, each compared with the highest revision of the same batch before it.
 */
export const duplicateIds: Rule = {
  id: 'duplicate-ids',
  codes: ['id.duplicate'],
  acrossRecords: true,
  create: () => {
    // the partition being resolved: per identifier, the batch last seen and its highest revision
    const batchOf = new Column(-1);
    const highest = new Column(-1);
    return {
      resolve: {
        begin() {
          batchOf.reset();
          highest.reset();
        },
        definition(row, ctx) {
          const revision = row.value;
          if (batchOf.get(row.slot) !== row.a) {
            batchOf.set(row.slot, row.a);
            highest.set(row.slot, revision);
            return;
          }
          const before = highest.get(row.slot);
          if (before === revision) ctx.report(row, 'id.duplicate', '/id', row.line, { id: ctx.recordId(row.site), revision });
          else if (revision > before) highest.set(row.slot, revision);
        },
      },
    };
  },
};
