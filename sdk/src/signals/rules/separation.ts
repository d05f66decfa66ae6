import { record, value } from '../finding.js';
import type { RuleModule } from '../rule.js';
import { knownEvents } from './stages.js';

/** The same person accepted and approved where the item requires separation (FSJC-SIG-112). */
export const separationOfDuties: RuleModule = {
  kind: 'SEPARATION_OF_DUTIES',
  scope: 'case',
  find(ctx, rule) {
    if (!ctx.item?.separationOfDuties) return [];
    const known = knownEvents(ctx);
    const accepted = known.find((e) => e.event.eventType === 'ACCEPTED');
    const approved = known.find((e) => e.event.eventType === 'STAGE_COMPLETED' && e.event.stage === 'APPROVE') ??
      known.find((e) => e.event.eventType === 'DECIDED');
    const who = accepted?.event.handlerId;
    if (!accepted || !approved || !who || approved.event.handlerId !== who) return [];
    return [{
      rule, level: rule.level, key: approved.event.id, caseId: ctx.view.case.id, unitId: ctx.view.case.handlingUnitId, openedAt: approved.at,
      evidence: [record('event', accepted.event.id), record('event', approved.event.id), value('handlerId', who)],
    }];
  },
};
