import { record } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { knownEvents } from './stages.js';

/** A decision earlier than the acceptance (FSJC-SIG-109). */
export const decisionBeforeAcceptance: RuleModule = {
  kind: 'DECISION_BEFORE_ACCEPTANCE',
  scope: 'case',
  find(ctx, rule) {
    let decided;
    let accepted;
    for (const e of knownEvents(ctx)) {
      if (!decided && e.event.eventType === 'DECIDED') decided = e;
      else if (!accepted && e.event.eventType === 'ACCEPTED') accepted = e;
    }
    if (!decided || !accepted || decided.at >= accepted.at) return [];
    return [{
      rule, level: rule.level, key: decided.event.id, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId, openedAt: accepted.at,
      evidence: [record('event', decided.event.id), record('event', accepted.event.id)],
    }];
  },
};
