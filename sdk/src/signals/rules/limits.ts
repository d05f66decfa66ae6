import type { CaseLimit } from '../../clock/case-limits.js';
import type { CaseContext } from '../rule.js';

/** A limit's name in keys and evidence: STATUTORY, STAGE:REVIEW, … */
export function limitName(l: CaseLimit): string {
  return l.kind + (l.stage ? `:${l.stage}` : '');
}

/** The unit answerable for a limit: for a stage, the unit that completed it when known; otherwise the handling unit. */
export function limitUnit(ctx: CaseContext, l: CaseLimit): string {
  if (l.kind === 'STAGE' && l.stoppedBy) {
    const e = ctx.view.events.find((x) => x.event.id === l.stoppedBy);
    if (e?.event.unitId) return e.event.unitId;
  }
  return ctx.view.case.handlingUnitId;
}
