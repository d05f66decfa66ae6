import { fieldPlan, forEachValue } from '../plan.js';
import type { Rule } from '../rule.js';

/** FSJC-VER-005: a field the schema marks deprecated should no longer be sent. */
export const deprecatedFields: Rule = {
  id: 'deprecated-fields',
  codes: ['field.deprecated'],
  create: () => ({
    record(record, ctx) {
      for (const field of fieldPlan(record.recordType)) {
        if (!field.deprecated) continue;
        forEachValue(record, field.segments, (_v, pointer) => {
          const d = field.deprecated!;
          ctx.report('field.deprecated', pointer, { field: field.segments.join('.'), since: d.since ?? '', replacedBy: d.replacedBy ?? '' });
        });
      }
    },
  }),
};
