import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { stageCompletions } from './stages.js';

/** Outcomes after which the item's stages no longer all apply. */
const NOT_HANDLED = new Set(['NOT_ACCEPTED', 'WITHDRAWN', 'TERMINATED']);

/**
 * A required stage not completed by the conclusion (FSJC-SIG-110). Cases refused, withdrawn or
 * terminated are left out; ISSUE is required only after a decision to grant.
 */
export const stageSkipped: RuleModule = {
  kind: 'STAGE_SKIPPED',
  scope: 'case',
  find(ctx, rule) {
    if (!ctx.item) return [];
    const known = ctx.view.events.filter((e) => e.at <= ctx.asOf);
    const end = known.find((e) => e.event.eventType === 'CONCLUDED');
    if (!end || known.some((e) => NOT_HANDLED.has(e.event.eventType))) return [];
    const granted = known.some((e) => e.event.eventType === 'DECIDED' && e.event.decision === 'GRANTED');
    const done = stageCompletions(ctx);
    return ctx.item.stages
      .filter((s) => s.required && (s.stage !== 'ISSUE' || granted) && !(done.get(s.stage) && done.get(s.stage)!.at <= end.at))
      .map((s) => ({
        rule, level: rule.level, key: s.stage, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId, openedAt: end.at,
        evidence: [record('case', ctx.view.case.id), record('event', end.event.id), value('stage', s.stage)],
      }));
  },
};
