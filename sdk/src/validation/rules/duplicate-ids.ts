import { Column } from '../facts/partition-state.js';
import type { Rule } from '../rule.js';

/** The fact each record keeps: its id, with its batch (`a`) and revision (`value`). */
const REVISION = 0;

/**
 * FSJC-DATA-003 and FSJC-DATA-010: an identifier names one record of the sending system; the same
 * identifier and revision twice in one batch is a duplicate, reported on the later record. Each
 * record keeps a fact; at the end of the input an identifier's facts are replayed in input
 * order, each compared with the highest revision of the same batch before it.
 */
export const duplicateIds: Rule = {
  id: 'duplicate-ids',
  codes: ['id.duplicate'],
  create: () => {
    // the partition being resolved: per identifier, the batch last seen and its highest revision
    const batchOf = new Column(-1);
    const highest = new Column(-1);
    return {
      record(record, ctx) {
        ctx.keep(REVISION, record.id, 0, ctx.lineOf('/id') ?? 0, ctx.batch, record.revision ?? 1);
      },
      resolve: {
        begin() {
          batchOf.reset();
          highest.reset();
        },
        fact(row, ctx) {
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
