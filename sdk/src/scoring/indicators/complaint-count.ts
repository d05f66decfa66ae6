import { addTo, type IndicatorModule } from '../indicator.js';
import { rational } from '../rational.js';

/** Complaints received in the period and found substantiated (FSJC-SCO-114). */
export const complaintCount: IndicatorModule = {
  kind: 'COMPLAINT_COUNT',
  count(_def, facts, tally, levels) {
    const bits = facts.subjects.levelBits;
    const { start, end } = facts.period;
    for (const a of facts.complaints) {
      if (a.item.substantiated !== true || a.item.at < start || a.item.at >= end || a.item.at > facts.asOf) continue;
      addTo(tally, a, bits, levels, 1, 0);
    }
  },
  value: (_def, num) => rational(BigInt(num)),
};
