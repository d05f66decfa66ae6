import { addTo, rate, type IndicatorModule } from '../indicator.js';

/** The share of events of the period first reported within lagHours of occurring (FSJC-SCO-108). */
export const reportingRate: IndicatorModule = {
  kind: 'REPORTING_RATE',
  count(def, facts, counts, levels) {
    const bits = facts.subjects.levelBits;
    const lag = (def.params?.lagHours ?? 24) * 3_600_000;
    for (const a of facts.reports) addTo(counts, a, bits, levels, a.item.lagMs <= lag ? 1 : 0, 1);
  },
  value: (_def, num, den) => rate(num, den),
};
