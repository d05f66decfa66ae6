import { parseInstant } from '../../clock/time.js';
import { BAD_REVIEW_LEVELS, correctionDue } from '../../signals/rules/bad-review.js';
import { addTo, rate, type IndicatorModule } from '../indicator.js';

/** The share of bad reviews falling due in the period that were corrected by their deadline (FSJC-SCO-107). */
export const rectificationRate: IndicatorModule = {
  kind: 'RECTIFICATION_RATE',
  count(def, facts, tally, levels) {
    const bits = facts.subjects.levelBits;
    const negative = new Set(def.params?.negative ?? BAD_REVIEW_LEVELS);
    const { start, end } = facts.period;
    for (const a of facts.evaluations) {
      if (!negative.has(a.item.level) || a.item.at >= end) continue;
      const due = correctionDue(a.item.at, def.params?.within, facts.settings);
      // a deadline after the as-of instant has not fallen due yet
      if (due < start || due >= end || due > facts.asOf) continue;
      const fixed = a.item.rectifiedAt !== undefined && parseInstant(a.item.rectifiedAt) <= due;
      addTo(tally, a, bits, levels, fixed ? 1 : 0, 1);
    }
  },
  value: (_def, num, den) => rate(num, den),
};
