import { formatInstant, startOf } from '../../clock/time.js';
import { limitEvidence, record, value } from '../finding.js';
import type { RuleModule, CaseContext } from '../rule.js';
import type { CaseLimit } from '../../clock/case-limits.js';
import type { Limit } from '../../clock/limit-types.js';
import { limitName, limitUnit } from './limits.js';

/**
 * The instant a limit becomes near: `before` ahead of its end. In days: 00:00 of the day that many
 * working (or natural) days before the last day; in hours: that many office hours before the end.
 */
export function nearFrom(ctx: CaseContext, l: CaseLimit, before: Limit): number {
  const cal = ctx.settings.calendar;
  if (before.unit === 'WORKING_HOUR') {
    const office = ctx.settings.office;
    return office.instant(cal, Math.max(0, office.axis(cal, l.dueAt!) - before.value * 3_600_000));
  }
  const day = before.unit === 'WORKING_DAY' ? cal.nthWorkingDayBefore(l.lastDay!, before.value) : l.lastDay! - before.value;
  return startOf(day);
}

/** A limit near its end and not yet stopped (FSJC-SIG-101): open from `before` ahead of the end until it stops or ends. */
export const limitNear: RuleModule = {
  kind: 'LIMIT_NEAR',
  scope: 'case',
  find(ctx, rule) {
    const kinds = rule.params.limits ?? [];
    const before = rule.params.before ?? { value: 1, unit: 'WORKING_DAY' };
    const out = [];
    for (const l of ctx.clock.limits) {
      if (!kinds.includes(l.kind) || l.dueAt === undefined || l.limit.value === 0) continue;
      const from = Math.max(nearFrom(ctx, l, before), l.start);
      if (from > ctx.asOf || (l.stoppedAt !== undefined && l.stoppedAt <= from)) continue;
      const ended = Math.min(l.stoppedAt ?? Infinity, l.dueAt);
      out.push({
        rule, level: rule.level, key: limitName(l), caseId: ctx.view.case.id, unitId: limitUnit(ctx, l), openedAt: from,
        ...(ended <= ctx.asOf ? { endedAt: ended } : {}),
        evidence: [record('case', ctx.view.case.id), limitEvidence(limitName(l), `${l.limit.value} ${l.limit.unit}`), value('dueAt', formatInstant(l.dueAt))],
      });
    }
    return out;
  },
};

