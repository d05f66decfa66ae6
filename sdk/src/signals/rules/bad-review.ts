import { computeLimit } from '../../clock/limit.js';
import { formatInstant, parseInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Finding } from '../finding.js';
import type { Evaluation } from '../../generated/types.js';
import type { RuleModule } from '../rule.js';

const NEGATIVE = new Set(['DISSATISFIED', 'VERY_DISSATISFIED']);

/** A negative evaluation (差评) not rectified in time (FSJC-SIG-121). */
export const badReview: RuleModule = {
  kind: 'BAD_REVIEW_UNCORRECTED',
  scope: 'record',
  recordType: 'evaluation',
  find(ctx, rule, id) {
    const out: Finding[] = [];
    const e = ctx.world.latestOf<Evaluation>('evaluation').get(id);
    if (e && NEGATIVE.has(e.level)) {
      const due = computeLimit({ start: parseInstant(e.evaluatedAt), limit: rule.params.limit ?? { value: 5, unit: 'WORKING_DAY' } }, ctx.settings).dueAt!;
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
