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
    const order = ctx.item.stages.map((s) => s.stage).filter((s) => done.has(s));
    for (let i = 1; i < order.length; i++) {
      const prev = done.get(order[i - 1])!;
      const cur = done.get(order[i])!;
      if (cur.at < prev.at) {
        return [{
          rule, level: rule.level, key: `${order[i]}<${order[i - 1]}`, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId,
          openedAt: prev.at,
          evidence: [record('event', cur.event.id), record('event', prev.event.id), value('order', `${order[i]} before ${order[i - 1]}`)],
        }];
      }
    }
    return [];
  },
};
