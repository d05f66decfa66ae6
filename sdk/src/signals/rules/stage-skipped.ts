import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { knownEvents, stageCompletions } from './stages.js';

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
    let end;
    let granted = false;
    for (const e of knownEvents(ctx)) {
      const type = e.event.eventType;
      if (NOT_HANDLED.has(type)) return [];
      if (!end && type === 'CONCLUDED') end = e;
      else if (type === 'DECIDED' && e.event.decision === 'GRANTED') granted = true;
    }
    if (!end) return [];
    const done = stageCompletions(ctx);
    const out = [];
    for (const s of ctx.item.stages) {
      if (!s.required || (s.stage === 'ISSUE' && !granted)) continue;
      const d = done.get(s.stage);
      if (d && d.at <= end.at) continue;
      out.push({
        rule, level: rule.level, key: s.stage, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId, openedAt: end.at,
        evidence: [record('case', ctx.view.case.id), record('event', end.event.id), value('stage', s.stage)],
      });
    }
    return out;
  },
};
