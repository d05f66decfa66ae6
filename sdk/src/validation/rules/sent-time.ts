import { fieldPlan, forEachValue } from '../plan.js';
import type { Rule } from '../rule.js';

/** Clock difference between systems that is tolerated before a time counts as after sending. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** FSJC-DATA-051: nothing in a batch happened after the batch was sent. */
export const sentTime: Rule = {
  id: 'sent-time',
  codes: ['time.afterSent'],
  create: () => ({
    record(record, ctx) {
      const sent = ctx.header ? Date.parse(ctx.header.sentAt) : NaN;
      if (Number.isNaN(sent)) return;
      for (const field of fieldPlan(record.recordType)) {
        if (field.def !== 'dateTime') continue;
        // a due date lies in the future by nature
        const name = field.segments[field.segments.length - 1];
        if (name === 'dueAt') continue;
        forEachValue(record, field.segments, (v, pointer) => {
          if (typeof v === 'string' && Date.parse(v) > sent + CLOCK_TOLERANCE_MS) ctx.report('time.afterSent', pointer, { value: v, sentAt: ctx.header!.sentAt });
        });
      }
    },
  }),
};
