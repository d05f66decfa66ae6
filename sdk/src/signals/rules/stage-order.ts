import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { stageCompletions } from './stages.js';

/** Stages completed in another order than the item's (FSJC-SIG-111). */
export const stageOrder: RuleModule = {
  kind: 'STAGE_ORDER',
  scope: 'case',
  find(ctx, rule) {
    if (!ctx.item) return [];
    const done = stageCompletions(ctx);
    // the completed stages in the item's order: each against the one before it
    let prevStage: string | undefined;
    for (const s of ctx.item.stages) {
      const cur = done.get(s.stage);
      if (!cur) continue;
      const prev = prevStage === undefined ? undefined : done.get(prevStage)!;
      if (prev && cur.at < prev.at) {
        return [{
          rule, level: rule.level, key: `${s.stage}<${prevStage}`, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId,
          openedAt: prev.at,
          evidence: [record('event', cur.event.id), record('event', prev.event.id), value('order', `${s.stage} before ${prevStage}`)],
        }];
      }
      prevStage = s.stage;
    }
    return [];
  },
};
