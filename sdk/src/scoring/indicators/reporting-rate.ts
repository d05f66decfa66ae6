import { addEach, rate, type IndicatorModule } from '../indicator.js';

/** The share of events of the period first reported within lagHours of occurring (FSJC-SCO-108). */
export const reportingRate: IndicatorModule = {
  kind: 'REPORTING_RATE',
  count(def, facts, counts, levels) {
    const bits = facts.subjects.levelBits;
    const lag = (def.params?.lagHours ?? 24) * 3_600_000;
    const { lagMs, subjects, posts } = facts.reports;
    for (let i = 0; i < lagMs.length; i++) {
      const timely = lagMs[i] <= lag ? 1 : 0;
      addEach(counts, subjects[i], bits, levels, timely, 1);
      addEach(counts, posts[i], bits, levels, timely, 1);
    }
  },
  value: (_def, num, den) => rate(num, den),
};
