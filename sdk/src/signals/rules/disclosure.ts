import { parseDay, parseInstant, startOf } from '../../clock/time.js';
import type { Item } from '../../generated/types.js';
import { record, value, type Finding } from '../finding.js';
import type { RuleModule } from '../rule.js';

const DISCLOSURES = ['content', 'procedure', 'legalBasis', 'materials', 'promisedLimit', 'feeStandard'] as const;

/** When an item revision applies: its validFrom, else when it was written or reported. */
function since(item: Item, reportedAt?: number): number | undefined {
  if (item.validFrom) return startOf(parseDay(item.validFrom));
  if (item.recordedAt) return parseInstant(item.recordedAt);
  return reportedAt;
}

/** An item lacking any of the six disclosures (FSJC-SIG-117); closes when a later revision discloses all. */
export const disclosure: RuleModule = {
  kind: 'DISCLOSURE',
  scope: 'record',
  recordType: 'item',
  find(ctx, rule, id) {
    const out: Finding[] = [];
    for (const revisions of [ctx.world.itemRevisions.get(id) ?? []]) {
      let open: Finding | undefined;
      for (const { item, reportedAt } of revisions) {
        const at = since(item, reportedAt);
        if (at === undefined) continue;
        if (at > ctx.asOf) { ctx.later?.(at); continue; }
        const missing = DISCLOSURES.filter((d) => item.disclosures?.[d] === false);
        if (missing.length && !open) {
          open = {
            rule, level: rule.level, key: item.id, unitId: item.implementingUnitId, openedAt: at,
            evidence: [record('item', item.id), value('notDisclosed', missing.join(' '))],
          };
          out.push(open);
        } else if (!missing.length && open && open.endedAt === undefined) open.endedAt = at;
      }
    }
    return out;
  },
};
