import { parseInstant } from '../../clock/time.js';
import { record, value } from '../finding.js';
import type { Observation } from '../../generated/types.js';
import type { RuleModule } from '../rule.js';

/** An on-site finding of a listed type that lasted long enough (FSJC-SIG-122). */
export const observation: RuleModule = {
  kind: 'OBSERVATION',
  scope: 'record',
  recordType: 'observation',
  find(ctx, rule, id) {
    const types = rule.params.types ?? [];
    const min = rule.params.minMinutes ?? 0;
    const o = ctx.world.latestOf<Observation>('observation').get(id);
    return (o ? [o] : [])
      .filter((o) => types.includes(o.observationType) && (o.durationMinutes ?? min) >= min && parseInstant(o.observedAt) <= ctx.asOf)
      .map((o) => ({
        rule, level: rule.level, key: o.id, unitId: o.unitId, openedAt: parseInstant(o.observedAt),
        evidence: [record('observation', o.id), value('observationType', o.observationType), ...(o.durationMinutes !== undefined ? [value('durationMinutes', o.durationMinutes)] : [])],
      }));
  },
};
