import { instant } from '../input.js';
import { at, type ReviewCheck, type ReviewFinding } from '../types.js';

/** The time each record type says its subject happened, against which recordedAt is compared. */
const HAPPENED_AT: Record<string, string> = { case: 'receivedAt', event: 'occurredAt' };

/**
 * Recorded before it happened (FSJC-CONF-024): recordedAt is when the system entered the record,
 * which cannot precede the receipt of a case or the occurrence of an event; such a record was
 * most likely back-dated.
 */
export const recordedBeforeOccurred: ReviewCheck = {
  id: 'review.recordedBeforeOccurred',
  severity: 'warning',
  requirement: 'FSJC-CONF-024',
  recordTypes: Object.keys(HAPPENED_AT),
  run(input) {
    const out: ReviewFinding[] = [];
    for (const r of input.latest) {
      const field = HAPPENED_AT[r.record.recordType];
      if (!field) continue;
      const recorded = instant(r.record.recordedAt);
      const happened = instant(r.record[field]);
      if (recorded < happened) {
        out.push({ code: recordedBeforeOccurred.id, ...at(r, 'recordedAt'), params: { recordedAt: r.record.recordedAt, field, value: r.record[field] } });
      }
    }
    return out;
  },
};
