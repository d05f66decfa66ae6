import { instant } from '../input.js';
import { at, type ReviewCheck, type ReviewFinding } from '../types.js';

/**
 * An event before its case was received (FSJC-CONF-024, FSJC-DATA-050), between the latest
 * revisions of both, wherever in the files they are. Events of a case not in the files are left
 * alone: its receipt is unknown.
 */
export const beforeReceipt: ReviewCheck = {
  id: 'review.beforeReceipt',
  severity: 'warning',
  requirement: 'FSJC-CONF-024',
  recordTypes: ['case', 'event'],
  run(input) {
    const out: ReviewFinding[] = [];
    for (const r of input.latest) {
      if (r.record.recordType !== 'event' || typeof r.record.caseId !== 'string') continue;
      const c = input.caseOf(r.sender, r.record.caseId);
      if (!c) continue;
      const received = instant(c.record.receivedAt);
      const occurred = instant(r.record.occurredAt);
      if (occurred < received) {
        out.push({ code: beforeReceipt.id, ...at(r, 'occurredAt'), params: { eventType: String(r.record.eventType), occurredAt: r.record.occurredAt, caseId: r.record.caseId, receivedAt: c.record.receivedAt } });
      }
    }
    return out;
  },
};
