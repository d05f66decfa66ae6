import { computeLimit } from '../../clock/limit.js';
import { formatInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Finding } from '../finding.js';
import type { RuleModule } from '../rule.js';

/** One department's sub-case still out after every other has been returned for a while (FSJC-SIG-123). */
export const oneStopHoldup: RuleModule = {
  kind: 'ONE_STOP_HOLDUP',
  scope: 'case',
  find(ctx, rule) {
    const c = ctx.view.case;
    if (c.handlingMode !== 'PARALLEL' || c.parentCaseId) return [];
    const subs = [...new Set([...(c.subCaseIds ?? []), ...ctx.world.subCasesOf(c.id)])].sort();
    if (subs.length < 2) return [];
    const returned = new Map<string, number>();
    for (const e of ctx.view.events) {
      if (e.at <= ctx.asOf && e.event.eventType === 'RETURNED' && e.event.subCaseId && !returned.has(e.event.subCaseId)) returned.set(e.event.subCaseId, e.at);
    }
    const out: Finding[] = [];
    for (const s of subs) {
      const others = subs.filter((o) => o !== s);
      if (!others.every((o) => returned.has(o))) continue;
      const lastOther = Math.max(...others.map((o) => returned.get(o)!));
      const from = computeLimit({ start: lastOther, limit: rule.params.after ?? { value: 2, unit: 'WORKING_DAY' } }, ctx.settings).dueAt!;
      const back = returned.get(s);
      if (from > ctx.asOf && back === undefined) ctx.later(from);
      if (from > ctx.asOf || (back !== undefined && back <= from)) continue;
      const sub = ctx.world.view(s)?.case;
      const dispatched = ctx.view.events.find((e) => e.event.eventType === 'DISPATCHED' && e.event.subCaseId === s);
      out.push({
        rule, level: rule.level, key: s, caseId: c.id, unitId: sub?.handlingUnitId ?? dispatched?.event.toUnitId ?? c.handlingUnitId, openedAt: from,
        ...(back !== undefined ? { endedAt: back } : {}),
        evidence: [record('case', c.id), record('case', s), value('othersReturnedBy', formatInstant(lastOther))],
      });
    }
    return out;
  },
};
