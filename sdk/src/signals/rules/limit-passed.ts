import { formatInstant } from '../../clock/time.js';
import { limitEvidence, record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { limitName, limitUnit } from './limits.js';

/** A limit that ended before it stopped (FSJC-SIG-102..105): opens at the end of the limit. */
export const limitPassed: RuleModule = {
  kind: 'LIMIT_PASSED',
  scope: 'case',
  find(ctx, rule) {
    const kinds = rule.params.limits ?? [];
    const out = [];
    for (const l of ctx.clock.limits) {
      if (!kinds.includes(l.kind) || l.dueAt === undefined || !(l.state === 'OVERDUE' || (l.state === 'STOPPED' && l.met === false))) continue;
      out.push({
        rule, level: rule.level, key: limitName(l), caseId: ctx.view.case.id, unitId: limitUnit(ctx, l), openedAt: l.dueAt,
        evidence: [
          record('case', ctx.view.case.id),
          limitEvidence(limitName(l), `${l.limit.value} ${l.limit.unit}`),
          value('dueAt', formatInstant(l.dueAt)),
          // how far over is final only once the limit has stopped; while it runs it grows by the day
          ...(l.stoppedAt !== undefined ? [value('stoppedAt', formatInstant(l.stoppedAt)), value(l.measure === 'DAY' ? 'daysOver' : 'minutesOver', -l.remaining!)] : []),
        ],
      });
    }
    return out;
  },
};
