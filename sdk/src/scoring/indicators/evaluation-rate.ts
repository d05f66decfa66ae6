import { BAD_REVIEW_LEVELS } from '../../signals/rules/bad-review.js';
import { addTo, rate, type IndicatorModule } from '../indicator.js';

/** The share of evaluations given in the period that are not bad reviews (FSJC-SCO-106). */
export const evaluationRate: IndicatorModule = {
  kind: 'EVALUATION_RATE',
  count(def, facts, tally, levels) {
    const bits = facts.subjects.levelBits;
    const negative = new Set(def.params?.negative ?? BAD_REVIEW_LEVELS);
    const { start, end } = facts.period;
    for (const a of facts.evaluations) {
      if (a.item.at < start || a.item.at >= end || a.item.at > facts.asOf) continue;
      addTo(tally, a, bits, levels, negative.has(a.item.level) ? 0 : 1, 1);
    }
  },
  value: (_def, num, den) => rate(num, den),
};
