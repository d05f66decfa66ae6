import { computeLimit } from '../../clock/limit.js';
import { parseInstant } from '../../clock/time.js';
import { addTo, rate, type IndicatorModule } from '../indicator.js';
import { NEGATIVE } from './evaluation-rate.js';

/** The share of bad reviews falling due in the period that were corrected by their deadline (FSJC-SCO-107). */
export const rectificationRate: IndicatorModule = {
  kind: 'RECTIFICATION_RATE',
  count(def, facts, tally, levels) {
    const bits = facts.subjects.levelBits;
    const negative = new Set(def.params?.negative ?? NEGATIVE);
    const within = def.params?.within ?? { value: 5, unit: 'WORKING_DAY' as const };
    const { start, end } = facts.period;
    for (const a of facts.evaluations) {
      if (!negative.has(a.item.level) || a.item.at >= end) continue;
      const due = computeLimit({ start: a.item.at, limit: within }, facts.settings).dueAt;
      // a deadline after the as-of instant has not fallen due yet
      if (due === undefined || due < start || due >= end || due > facts.asOf) continue;
      const fixed = a.item.rectifiedAt !== undefined && parseInstant(a.item.rectifiedAt) <= due;
      addTo(tally, a, bits, levels, fixed ? 1 : 0, 1);
    }
  },
  value: (_def, num, den) => rate(num, den),
};
