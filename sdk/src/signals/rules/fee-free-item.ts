import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { feesOf, fen } from './fees.js';

/** A fee charged for a free item (FSJC-SIG-113). */
export const feeFreeItem: RuleModule = {
  kind: 'FEE_FREE_ITEM',
  scope: 'case',
  find(ctx, rule) {
    if (!ctx.item?.free) return [];
    return feesOf(ctx).filter(({ fee }) => (fen(fee.chargedAmount) ?? 0) > 0).map(({ fee, at }) => ({
      rule, level: rule.level, key: fee.id, caseId: ctx.view.case.id, unitId: fee.unitId, openedAt: at,
      evidence: [record('fee', fee.id), record('item', ctx.item!.id), value('chargedAmount', fee.chargedAmount)],
    }));
  },
};
