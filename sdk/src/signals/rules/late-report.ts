import { formatInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';

/** An event first reported more than the lag after it happened (FSJC-SIG-118). */
export const lateReport: RuleModule = {
  kind: 'LATE_REPORT',
  scope: 'case',
  find(ctx, rule) {
    const lag = (rule.params.lagHours ?? 24) * 3_600_000;
    const out = [];
    for (const e of ctx.view.events) {
      const event = e.event;
      const first = e.revisions?.[0] ?? e;
      if (!first || first.reportedAt === undefined || first.reportedAt > ctx.asOf || first.reportedAt - first.at <= lag) continue;
      out.push({
        rule, level: rule.level, key: event.id, caseId: ctx.view.case.id, unitId: first.reportedBy ?? ctx.view.case.handlingUnitId,
        openedAt: first.reportedAt,
        evidence: [record('event', event.id), value('occurredAt', formatInstant(first.at)), value('reportedAt', formatInstant(first.reportedAt)),
          value('hoursLate', Math.floor((first.reportedAt - first.at) / 3_600_000))],
      });
    }
    return out;
  },
};
