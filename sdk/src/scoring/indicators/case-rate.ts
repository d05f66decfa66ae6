import { rate, type IndicatorModule } from '../indicator.js';
import { SET_BIT, type CaseFact } from '../facts.js';
import type { CaseSet, IndicatorDefinition } from '../method-data.js';

/** A test of membership in a union of sets, worked out once per indicator (CONCLUDED_EARLY by its minRemaining, FSJC-SCO-102). */
export function inSets(sets: readonly CaseSet[], def: IndicatorDefinition): (f: CaseFact) => boolean {
  let bits = 0;
  let early = false;
  for (const s of sets) {
    if (s === 'CONCLUDED_EARLY') early = true;
    else bits |= SET_BIT[s];
  }
  const min = def.params?.minRemaining ?? 1;
  if (!early) return (f) => (f.mask & bits) !== 0;
  return (f) => (f.mask & bits) !== 0 || ((f.mask & SET_BIT.CONCLUDED_ON_TIME) !== 0 && (f.remainingDays ?? 0) >= min);
}

/** The share of a population of cases in a subset of it (FSJC-SCO-101, 102, 104, 105, 109, 110). */
export const caseRate: IndicatorModule = {
  kind: 'CASE_RATE',
  perCase(def) {
    const inPopulation = inSets(def.population!, def);
    const inNumerator = inSets(def.numerator!, def);
    return { den: 1, num: (f) => (inPopulation(f) ? (inNumerator(f) ? 1 : 0) : undefined) };
  },
  value: (_def, num, den) => rate(num, den),
};
