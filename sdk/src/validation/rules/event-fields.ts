import { EVENT_FIELDS } from '../../generated/event-fields.js';
import { escapePointer } from '../plan.js';
import type { Rule } from '../rule.js';

/**
 * FSJC-DATA-030: an event gives the fields Table 5 says its type shall give beyond those the
 * schema requires. The table is data (standard/tables/event-fields.csv), not code.
 */
export const eventFields: Rule = {
  id: 'event-fields',
  codes: ['event.fieldMissing'],
  recordTypes: ['event'],
  create: () => ({
    record(record, ctx) {
      const row = EVENT_FIELDS[record.eventType];
      if (!row) return;
      for (const field of row.shall) {
        if (record[field] === undefined) ctx.report('event.fieldMissing', `/${escapePointer(field)}`, { eventType: record.eventType, field }, row.requirement);
      }
    },
  }),
};
