import type { Rule } from '../rule.js';

/**
 * FSJC-DATA-003 and FSJC-DATA-010: an identifier names one record of the sending system; the same
 * identifier and revision twice in one batch is a duplicate. Uses the shared record index.
 */
export const duplicateIds: Rule = {
  id: 'duplicate-ids',
  codes: ['id.duplicate'],
  create: () => ({
    record(record, ctx) {
      const revision = record.revision ?? 1;
      if (ctx.index.revisionInBatch(record.id) === revision) ctx.report('id.duplicate', '/id', { id: record.id, revision });
    },
  }),
};
