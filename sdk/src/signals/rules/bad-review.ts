import { computeLimit, type ClockSettings } from '../../clock/limit.js';
import type { Limit } from '../../clock/limit-types.js';
import { formatInstant, parseInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Finding } from '../finding.js';
import type { Evaluation } from '../../generated/types.js';
import type { RuleModule } from '../rule.js';

/** The levels of a 好差评 evaluation that make it a bad review (差评). */
export const BAD_REVIEW_LEVELS: readonly string[] = ['DISSATISFIED', 'VERY_DISSATISFIED'];
const NEGATIVE = new Set(BAD_REVIEW_LEVELS);
const WITHIN: Limit = { value: 5, unit: 'WORKING_DAY' };

/** When a bad review given at `evaluatedAt` must be corrected by: `within` (5 working days by default) later. */
export function correctionDue(evaluatedAt: number, within: Limit | undefined, settings: ClockSettings): number {
  return computeLimit({ start: evaluatedAt, limit: within ?? WITHIN }, settings).dueAt!;
}

/** A negative evaluation (差评) not rectified in time (FSJC-SIG-121). */
export const badReview: RuleModule = {
  kind: 'BAD_REVIEW_UNCORRECTED',
  scope: 'record',
  recordType: 'evaluation',
  find(ctx, rule, id) {
    const out: Finding[] = [];
    const e = ctx.world.latestOf<Evaluation>('evaluation').get(id);
    if (e && NEGATIVE.has(e.level)) {
      const due = correctionDue(parseInstant(e.evaluatedAt), rule.params.limit, ctx.settings);
      const rectified = e.rectifiedAt ? parseInstant(e.rectifiedAt) : undefined;
      if (rectified !== undefined && rectified <= due) return out;
      if (due > ctx.asOf) { ctx.later?.(due); return out; }
      out.push({
        rule, level: rule.level, key: e.id, ...(e.caseId ? { caseId: e.caseId } : {}), unitId: e.unitId, openedAt: due,
        evidence: [record('evaluation', e.id), value('level', e.level), value('dueAt', formatInstant(due))],
      });
    }
    return out;
  },
};
