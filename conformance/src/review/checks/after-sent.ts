import { instant } from '../input.js';
import { at, type ReviewCheck, type ReviewFinding } from '../types.js';

/** The times of cases and events that say when something happened (FSJC-DATA-051), by record type. */
const HAPPENED: Record<string, readonly string[]> = {
  case: ['receivedAt', 'recordedAt'],
  event: ['occurredAt', 'startedAt', 'recordedAt'],
};

/**
 * A time after the batch was sent (FSJC-CONF-024): nothing can have happened after it was reported.
 * No clock tolerance here: the validator tolerates 5 minutes before it calls this an error
 * (time.afterSent), and a warning is what a few minutes' drift deserves.
 */
export const afterSent: ReviewCheck = {
  id: 'review.afterSent',
  severity: 'warning',
  requirement: 'FSJC-CONF-024',
  recordTypes: Object.keys(HAPPENED),
  run(input) {
    const out: ReviewFinding[] = [];
    for (const r of input.latest) {
      if (Number.isNaN(r.sentAt)) continue;
      for (const field of HAPPENED[r.record.recordType] ?? []) {
        const t = instant(r.record[field]);
        if (t > r.sentAt) out.push({ code: afterSent.id, ...at(r, field), params: { field, value: r.record[field], sentAt: r.sentAtText } });
      }
    }
    return out;
  },
};
