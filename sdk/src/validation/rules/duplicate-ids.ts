import { fingerprint } from '../fingerprint.js';
import type { Rule } from '../rule.js';

/**
 * FSJC-DATA-003 and FSJC-DATA-010: an identifier names one record of the sending system; the same
 * identifier and revision twice in one batch is a duplicate. Identifiers are indexed by
 * fingerprint so memory stays small for batches of millions of records.
 */
export const duplicateIds: Rule = {
  id: 'duplicate-ids',
  codes: ['id.duplicate'],
  create: () => {
    // fingerprint → highest revision seen; identifiers are unique across record types
    let seen = new Map<number, number>();
    return {
      record(record, ctx) {
        const key = fingerprint(record.id);
        const revision = record.revision ?? 1;
        const prev = seen.get(key);
        if (prev === revision) {
          ctx.report('id.duplicate', '/id', { id: record.id, revision });
          return;
        }
        if (prev === undefined || prev < revision) seen.set(key, revision);
      },
      endBatch() { seen = new Map(); },
    };
  },
};
