import { addTo, rate, type IndicatorModule } from '../indicator.js';
import { inSets } from './case-rate.js';

/** The mean share of the governing limit used, each case's share rounded to millionths first (FSJC-SCO-103). */
export const caseMean: IndicatorModule = {
  kind: 'CASE_MEAN',
  count(def, facts, counts, levels) {
    const bits = facts.subjects.levelBits;
    const inPopulation = inSets(def.population!, def);
    for (const a of facts.cases) {
      if (a.item.usedShare === undefined || !inPopulation(a.item)) continue;
      addTo(counts, a, bits, levels, a.item.usedShare, 1_000_000);
    }
  },
  value: (_def, num, den) => rate(num, den),
};
