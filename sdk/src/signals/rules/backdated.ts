import { byTime, caseLimits } from '../../clock/case-limits.js';
import { formatInstant, parseInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Finding } from '../finding.js';
import type { RuleModule } from '../rule.js';

/**
 * A later revision that moves an event earlier while, on the records as they stood, the case
 * already had a limit passed (FSJC-SIG-119). The earlier revision stays as evidence.
 */
export const backdated: RuleModule = {
  kind: 'BACKDATED',
  scope: 'case',
  find(ctx, rule) {
    const out: Finding[] = [];
    for (const { event, revisions } of ctx.view.events) {
      if (!revisions || revisions.length < 2) continue;
      for (let i = 1; i < revisions.length; i++) {
        const before = revisions[i - 1];
        const after = revisions[i];
        if (after.at >= before.at) continue;
        const reported = after.reportedAt ?? (after.event.recordedAt ? parseInstant(after.event.recordedAt) : undefined);
        if (reported === undefined || reported > ctx.asOf) continue;
        // the case as it stood: this event at its earlier revision
        const events = ctx.view.events.map((e) => (e.event.id === event.id ? { event: before.event, at: before.at } : e)).sort(byTime);
        const then = caseLimits({ ...ctx.view, events }, reported, { profileData: ctx.profile, settings: ctx.settings });
        const passed = then.limits.filter((l) => l.dueAt !== undefined && (l.state === 'OVERDUE' || (l.state === 'STOPPED' && l.met === false)));
        if (!passed.length) continue;
        out.push({
          rule, level: rule.level, key: `${event.id}:${after.event.revision ?? i + 1}`, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId,
          openedAt: reported,
          evidence: [record('event', event.id), value('occurredAtBefore', formatInstant(before.at)), value('occurredAtAfter', formatInstant(after.at)),
            value('revision', after.event.revision ?? i + 1), value('limitsPassed', passed.map((l) => l.kind + (l.stage ? `:${l.stage}` : '')).join(' '))],
        });
      }
    }
    return out;
  },
};
