import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';

/** Refusal or denial without reasons or legal basis (FSJC-SIG-107, FSJC-DATA-032). */
export const noReasons: RuleModule = {
  kind: 'NO_REASONS',
  scope: 'case',
  find(ctx, rule) {
    const out = [];
    for (const { event: e, at } of ctx.view.events) {
      if (at > ctx.asOf) break;
      const refusal = e.eventType === 'NOT_ACCEPTED' || (e.eventType === 'DECIDED' && e.decision === 'DENIED');
      if (!refusal || (e.reasons && e.legalBasis?.length)) continue;
      const missing = [...(e.reasons ? [] : ['reasons']), ...(e.legalBasis?.length ? [] : ['legalBasis'])];
      out.push({
        rule, level: rule.level, key: e.id, caseId: ctx.view.case.id, unitId: e.unitId ?? ctx.view.case.handlingUnitId, openedAt: at,
        evidence: [record('event', e.id), value('missing', missing.join(' '))],
      });
    }
    return out;
  },
};
