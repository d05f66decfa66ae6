import { record } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { feesOf, standardOf } from './fees.js';

/** A fee with no legal basis, on the record or in the item's standards (FSJC-SIG-115). */
export const feeNoBasis: RuleModule = {
  kind: 'FEE_NO_BASIS',
  scope: 'case',
  find(ctx, rule) {
    const fees = feesOf(ctx);
    if (!fees.length) return [];
    return fees.filter(({ fee }) => !fee.legalBasis && !standardOf(ctx.item, fee.feeCode)?.legalBasis).map(({ fee, at }) => ({
      rule, level: rule.level, key: fee.id, caseId: ctx.view.case.id, unitId: fee.unitId, openedAt: at,
      evidence: [record('fee', fee.id)],
    }));
  },
};
