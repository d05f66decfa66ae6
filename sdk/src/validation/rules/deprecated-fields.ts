import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import type { Rule } from '../rule.js';

const KEEP_DEPRECATED = (f: FieldPlan) => !!f.deprecated;

/** FSJC-VER-005: a field the schema marks deprecated should no longer be sent. */
export const deprecatedFields: Rule = {
  id: 'deprecated-fields',
  codes: ['field.deprecated'],
  create: () => ({
    record(record, ctx) {
      for (const field of selectFields(record.recordType, 'deprecated', KEEP_DEPRECATED)) {
        forEachValue(record, field, (_v, pointer) => {
          const d = field.deprecated!;
          ctx.report('field.deprecated', pointer, { field: field.segments.join('.'), since: d.since ?? '', replacedBy: d.replacedBy ?? '' });
        });
      }
    },
  }),
};
