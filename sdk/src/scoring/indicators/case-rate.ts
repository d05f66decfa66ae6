import { addTo, rate, type IndicatorModule } from '../indicator.js';
import { SET_BIT, type CaseFact } from '../facts.js';
import type { CaseSet, IndicatorDefinition } from '../method-data.js';

/** Whether a case belongs to one of the sets (CONCLUDED_EARLY by the indicator's minRemaining, FSJC-SCO-102). */
export function inSets(f: CaseFact, sets: readonly CaseSet[], def: IndicatorDefinition): boolean {
  for (const s of sets) {
    if (s === 'CONCLUDED_EARLY') {
      if (f.mask & SET_BIT.CONCLUDED_ON_TIME && (f.remainingDays ?? 0) >= (def.params?.minRemaining ?? 1)) return true;
    } else if (f.mask & SET_BIT[s]) return true;
  }
  return false;
}

/** The share of a population of cases in a subset of it (FSJC-SCO-101, 102, 104, 105, 109, 110). */
export const caseRate: IndicatorModule = {
  kind: 'CASE_RATE',
  count(def, facts, counts, levels) {
    const bits = facts.subjects.levelBits;
    for (const a of facts.cases) {
      if (!inSets(a.item, def.population!, def)) continue;
      addTo(counts, a, bits, levels, inSets(a.item, def.numerator!, def) ? 1 : 0, 1);
    }
  },
  value: (_def, num, den) => rate(num, den),
};
