import { computeLimit } from '../../clock/limit.js';
import { formatInstant, parseInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Finding } from '../finding.js';
import type { Complaint } from '../../generated/types.js';
import type { RuleModule } from '../rule.js';

/** A complaint not answered by its due time (FSJC-SIG-120). */
export const complaintLate: RuleModule = {
  kind: 'COMPLAINT_LATE',
  scope: 'record',
  recordType: 'complaint',
  find(ctx, rule, id) {
    const out: Finding[] = [];
    const c = ctx.world.latestOf<Complaint>('complaint').get(id);
    if (c) {
      const received = parseInstant(c.receivedAt);
      const due = c.dueAt ? parseInstant(c.dueAt)
        : computeLimit({ start: received, limit: rule.params.limit ?? { value: 10, unit: 'WORKING_DAY' } }, ctx.settings).dueAt!;
      const answered = c.answeredAt ? parseInstant(c.answeredAt) : undefined;
      if (answered !== undefined && answered <= due) return out;
      if (due > ctx.asOf) { ctx.later?.(due); return out; }
      out.push({
        rule, level: rule.level, key: c.id, ...(c.caseId ? { caseId: c.caseId } : {}), unitId: c.unitId, openedAt: due,
        evidence: [record('complaint', c.id), value('dueAt', formatInstant(due)), ...(answered !== undefined ? [value('answeredAt', formatInstant(answered))] : [])],
      });
    }
    return out;
  },
};
