import { at, type ReadRecord, type ReviewCheck, type ReviewFinding } from '../types.js';

/** Events that exist only after a decision to grant (FSJC-DATA-041, FSJC-CLK-015). */
const DECISION_SHOWN_BY = ['CERTIFICATE_ISSUED', 'CERTIFICATE_DELIVERED'];

/**
 * The events a case's type requires (FSJC-CONF-023), over the latest revision of every event in
 * the files: a case with CONCLUDED has RECEIVED and, unless it is an immediate case, ACCEPTED or
 * NOT_ACCEPTED; an accepted case with a certificate has DECIDED. Whether a case is immediate needs
 * its case record: without it the acceptance part is not judged.
 */
export const requiredEvents: ReviewCheck = {
  id: 'review.requiredEventMissing',
  severity: 'warning',
  requirement: 'FSJC-CONF-023',
  recordTypes: ['case', 'event'],
  run(input) {
    const out: ReviewFinding[] = [];
    for (const events of input.eventsByCase.values()) {
      const some = events[0];
      const caseId: string = some.record.caseId;
      const has = new Set(events.map((e) => e.record.eventType));
      const caseRecord = input.caseOf(some.sender, caseId);
      const caseType = typeof caseRecord?.record.caseType === 'string' ? caseRecord.record.caseType : '—';
      const find = (type: string) => events.find((e) => e.record.eventType === type);
      const missing = (required: string, because: string[], shownBy: ReadRecord) => {
        const where = caseRecord ?? shownBy;
        out.push({ code: requiredEvents.id, ...at(where), caseId, params: { caseId, caseType, required, because: because.join(', ') } });
      };
      const concluded = find('CONCLUDED');
      if (concluded) {
        if (!has.has('RECEIVED')) missing('RECEIVED', ['CONCLUDED'], concluded);
        if (caseRecord && caseType !== 'IMMEDIATE' && !has.has('ACCEPTED') && !has.has('NOT_ACCEPTED')) missing('ACCEPTED/NOT_ACCEPTED', ['CONCLUDED'], concluded);
      }
      const accepted = find('ACCEPTED');
      const decision = DECISION_SHOWN_BY.map(find).find((e) => e !== undefined);
      if (accepted && decision && !has.has('DECIDED')) missing('DECIDED', ['ACCEPTED', decision.record.eventType], decision);
    }
    return out;
  },
};
