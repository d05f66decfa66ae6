import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { feesOf } from './fees.js';

/** The same fee charged more than once within a one-stop case and its sub-cases (FSJC-SIG-116). */
export const feeRepeated: RuleModule = {
  kind: 'FEE_REPEATED',
  scope: 'case',
  find(ctx, rule) {
    const c = ctx.view.case;
    if (c.handlingMode !== 'PARALLEL' || c.parentCaseId) return [];
    const fees = [c.id, ...ctx.world.subCasesOf(c.id)].flatMap((id) => feesOf(ctx, id))
      .sort((a, b) => a.at - b.at || (a.fee.id < b.fee.id ? -1 : 1));
    const first = new Map<string, string>();
    const out = [];
    for (const { fee, at } of fees) {
      if (!fee.feeCode) continue;
      const earlier = first.get(fee.feeCode);
      if (earlier === undefined) { first.set(fee.feeCode, fee.id); continue; }
      out.push({
        rule, level: rule.level, key: fee.id, caseId: c.id, unitId: fee.unitId, openedAt: at,
        evidence: [record('fee', fee.id), record('fee', earlier), value('feeCode', fee.feeCode)],
      });
    }
    return out;
  },
};
