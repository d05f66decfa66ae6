import { record } from '../finding.js';
import type { RuleModule } from '../rule.js';

/** A decision earlier than the acceptance (FSJC-SIG-109). */
export const decisionBeforeAcceptance: RuleModule = {
  kind: 'DECISION_BEFORE_ACCEPTANCE',
  scope: 'case',
  find(ctx, rule) {
    const known = ctx.view.events.filter((e) => e.at <= ctx.asOf);
    const decided = known.find((e) => e.event.eventType === 'DECIDED');
    const accepted = known.find((e) => e.event.eventType === 'ACCEPTED');
    if (!decided || !accepted || decided.at >= accepted.at) return [];
    return [{
      rule, level: rule.level, key: decided.event.id, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId, openedAt: accepted.at,
      evidence: [record('event', decided.event.id), record('event', accepted.event.id)],
    }];
  },
};
