import { RULES_V1 } from '@fsjc/sdk';
import { instant } from '../input.js';
import { at, type ReviewCheck, type ReviewFinding } from '../types.js';

/**
 * Late reporting (FSJC-CONF-024): an event first sent more than the lag of R-LATE-REPORT after it
 * happened. The time it happened is the latest revision's, since a correction tells the truth; the
 * time it was reported is the first batch that carried it, since a correction sent later does not
 * make the original report late.
 */
export const lateReport: ReviewCheck = {
  id: 'review.lateReport',
  severity: 'warning',
  requirement: RULES_V1.rules.find((r) => r.id === 'R-LATE-REPORT')?.requirement ?? 'FSJC-CONF-024',
  recordTypes: ['event'],
  run(input) {
    const out: ReviewFinding[] = [];
    for (const r of input.latest) {
      if (r.record.recordType !== 'event') continue;
      const occurred = instant(r.record.occurredAt);
      const sent = input.firstSent(r);
      if (Number.isNaN(occurred) || Number.isNaN(sent.at)) continue;
      const lagHours = input.lagHours(r.profile);
      if (sent.at - occurred <= lagHours * 3_600_000) continue;
      out.push({
        code: lateReport.id, ...at(r, 'occurredAt'),
        params: { eventType: String(r.record.eventType), occurredAt: r.record.occurredAt, sentAt: sent.text, hours: Math.floor((sent.at - occurred) / 3_600_000), lagHours },
      });
    }
    return out;
  },
};
