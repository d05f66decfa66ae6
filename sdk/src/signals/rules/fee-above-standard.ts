import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { feesOf, fen, standardOf } from './fees.js';

/** A fee above its standard amount (FSJC-SIG-114). */
export const feeAboveStandard: RuleModule = {
  kind: 'FEE_ABOVE_STANDARD',
  scope: 'case',
  find(ctx, rule) {
    const out = [];
    for (const { fee, at } of feesOf(ctx)) {
      const charged = fen(fee.chargedAmount) ?? 0;
      const standards = [fen(fee.standardAmount), fen(standardOf(ctx.item, fee.feeCode)?.standardAmount)].filter((v): v is number => v !== undefined);
      if (!standards.length || charged <= Math.min(...standards)) continue;
      out.push({
        rule, level: rule.level, key: fee.id, caseId: ctx.view.case.id, unitId: fee.unitId, openedAt: at,
        evidence: [record('fee', fee.id), value('chargedAmount', fee.chargedAmount), value('standardAmount', (Math.min(...standards) / 100).toFixed(2))],
      });
    }
    return out;
  },
};
