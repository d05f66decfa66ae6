import { rate, type IndicatorModule } from '../indicator.js';
import { inSets } from './case-rate.js';

/** The mean share of the governing limit used, each case's share rounded to millionths first (FSJC-SCO-103). */
export const caseMean: IndicatorModule = {
  kind: 'CASE_MEAN',
  perCase(def) {
    const inPopulation = inSets(def.population!, def);
    return { den: 1_000_000, num: (f) => (f.usedShare !== undefined && inPopulation(f) ? f.usedShare : undefined) };
  },
  value: (_def, num, den) => rate(num, den),
};
