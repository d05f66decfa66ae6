import { dayFromParts, dayOf, formatDay, nextMonthStart, startOf } from '../../clock/time.js';
import { value } from '../finding.js';
import type { Finding } from '../finding.js';
import type { RuleModule } from '../rule.js';

const OUTCOMES: ReadonlySet<string> = new Set(['NOT_ACCEPTED', 'DECIDED']);

/**
 * A unit whose refusals and denials of an item in a month are far above its peers' (FSJC-SIG-108).
 * Months are judged once complete; the notice opens at the start of the next month.
 */
export const denialOutlier: RuleModule = {
  kind: 'DENIAL_OUTLIER',
  scope: 'world',
  find(ctx, rule) {
    const { minDecisions = 20, factor = 2, minGap = 0.2 } = rule.params;
    // item → month → unit → [decisions, refusals]
    const tally = new Map<string, Map<string, Map<string, [number, number]>>>();
    // outcomes fall on a few hundred days: each day's month written once
    const months = new Map<number, string>();
    ctx.world.eventsOfTypes(OUTCOMES, (c, { event: e, at }) => {
      if (at > ctx.asOf) return;
      const day = dayOf(at);
      let month = months.get(day);
      if (month === undefined) { month = formatDay(day).slice(0, 7); months.set(day, month); }
      const unit = e.unitId ?? c.handlingUnitId;
      let byMonth = tally.get(c.itemCode);
      if (!byMonth) { byMonth = new Map(); tally.set(c.itemCode, byMonth); }
      let byUnit = byMonth.get(month);
      if (!byUnit) { byUnit = new Map(); byMonth.set(month, byUnit); }
      let t = byUnit.get(unit);
      if (!t) { t = [0, 0]; byUnit.set(unit, t); }
      t[0]++;
      if (e.eventType === 'NOT_ACCEPTED' || e.decision === 'DENIED') t[1]++;
    });
    const out: Finding[] = [];
    for (const [itemCode, byMonth] of tally) {
      for (const [month, byUnit] of byMonth) {
        const next = nextMonthStart(startOf(dayFromParts(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)));
        if (next > ctx.asOf) continue;
        const total = [...byUnit.values()].reduce((s, t) => [s[0] + t[0], s[1] + t[1]], [0, 0]);
        for (const [unit, [n, refused]] of byUnit) {
          const peers = total[0] - n;
          if (n < minDecisions || peers <= 0) continue;
          const share = refused / n;
          const peerShare = (total[1] - refused) / peers;
          if (share <= factor * peerShare || share - peerShare < minGap) continue;
          out.push({
            rule, level: rule.level, key: `${itemCode}:${month}`, unitId: unit, openedAt: next,
            evidence: [value('itemCode', itemCode), value('month', month), value('decisions', n), value('refusalShare', share.toFixed(3)), value('peerRefusalShare', peerShare.toFixed(3))],
          });
        }
      }
    }
    return out;
  },
};
