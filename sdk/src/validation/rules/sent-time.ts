import { parseDateTime } from '../../clock/time.js';
import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import type { Rule } from '../rule.js';

const KEEP_SENT_TIME = (f: FieldPlan) => f.def === 'dateTime' && f.segments[f.segments.length - 1] !== 'dueAt';

/** Clock difference between systems that is tolerated before a time counts as after sending. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** FSJC-DATA-051: nothing in a batch happened after the batch was sent. */
export const sentTime: Rule = {
  id: 'sent-time',
  codes: ['time.afterSent'],
  create: () => {
    let header: unknown;
    let sent = NaN;
    let sentAt = '';
    return {
    record(record, ctx) {
      if (ctx.header !== header) { header = ctx.header; sent = ctx.header ? parseDateTime(ctx.header.sentAt) : NaN; sentAt = ctx.header?.sentAt ?? ''; }
      if (Number.isNaN(sent)) return;
      // a due date lies in the future by nature
      for (const field of selectFields(record.recordType, 'sent-time', KEEP_SENT_TIME)) {
        forEachValue(record, field, (v, pointer) => {
          if (typeof v === 'string' && later(v, sentAt, sent)) ctx.report('time.afterSent', pointer, { value: v, sentAt: ctx.header!.sentAt });
        });
      }
    },
    };
  },
};

/**
 * Whether `value` is later than sentAt plus the tolerance. Times with the same offset and whole
 * seconds compare as strings; a string that is not later than sentAt needs no further work.
 */
function later(value: string, sentAt: string, sent: number): boolean {
  if (value.length === 25 && sentAt.length === 25 && value.endsWith(sentAt.slice(19)) && value <= sentAt) return false;
  return parseDateTime(value) > sent + CLOCK_TOLERANCE_MS;
}
