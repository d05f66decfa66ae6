import { addTo, type IndicatorModule } from '../indicator.js';
import { rational } from '../rational.js';

/** Signals of one level opened in the period against the subject, optionally per `per` cases (FSJC-SCO-111 to 113). */
export const signalCount: IndicatorModule = {
  kind: 'SIGNAL_COUNT',
  count(def, facts, tally, levels) {
    const bits = facts.subjects.levelBits;
    const { start, end } = facts.period;
    for (const a of facts.signals) {
      if (a.item.level !== def.params!.level || a.item.at < start || a.item.at >= end || a.item.at > facts.asOf) continue;
      addTo(tally, a, bits, levels, 1, 0);
    }
  },
  value: (def, num, _den, caseCount) => {
    const per = def.params?.per;
    return per && caseCount > 0 ? rational(BigInt(num * per), BigInt(caseCount)) : rational(BigInt(num));
  },
};
