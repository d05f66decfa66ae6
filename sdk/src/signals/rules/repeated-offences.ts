import { dayOf, formatDay } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Finding } from '../finding.js';
import { findingSignalId } from '../finding-id.js';
import type { RuleModule } from '../rule.js';

/** A unit that earns `threshold` yellow cards within a calendar month (FSJC-SIG-106). */
export const repeatedOffences: RuleModule = {
  kind: 'REPEATED_OFFENCES',
  scope: 'after',
  find(_ctx, rule, found) {
    const threshold = rule.params.threshold ?? 3;
    const byUnitMonth = new Map<string, Finding[]>();
    for (const f of found) {
      if (f.level !== 'YELLOW_CARD') continue;
      const key = `${f.unitId}\u0000${formatDay(dayOf(f.openedAt)).slice(0, 7)}`;
      const list = byUnitMonth.get(key) ?? [];
      list.push(f);
      byUnitMonth.set(key, list);
    }
    const out: Finding[] = [];
    for (const [key, list] of byUnitMonth) {
      if (list.length < threshold) continue;
      list.sort((a, b) => a.openedAt - b.openedAt || (findingSignalId(a) < findingSignalId(b) ? -1 : 1));
      const [unitId, month] = key.split('\u0000');
      const cards = list.slice(0, threshold);
      out.push({
        rule, level: rule.level, key: month, unitId, openedAt: cards[threshold - 1].openedAt,
        evidence: [value('month', month), value('yellowCards', list.length), ...cards.map((f) => record('signal', findingSignalId(f)))],
      });
    }
    return out;
  },
};
