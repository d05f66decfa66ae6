import { codeList, findCode } from '../../codelists/index.js';
import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import type { Rule } from '../rule.js';

/**
 * A closed list without deprecated codes has nothing left to check once the schema's enum has
 * passed: those fields are skipped (most coded fields are such).
 */
const KEEP_CODELIST = (f: FieldPlan) =>
  !!f.codelist && f.def !== 'regionCode' && (!!f.openCodelist || !!codeList(f.codelist)?.codes.some((c) => c.deprecated));

/**
 * FSJC-DATA-007: a code outside an open code list is allowed but flagged; closed lists are
 * enforced by the schema. FSJC-VER-005: a deprecated code should not be used.
 */
export const codelistValues: Rule = {
  id: 'codelist-values',
  codes: ['codelist.unknownCode', 'codelist.deprecatedCode'],
  create: () => ({
    header(header, ctx) { check('header', header, ctx); },
    record(record, ctx) { check(record.recordType, record, ctx); },
  }),
};

function check(type: string, value: Record<string, unknown>, ctx: Parameters<NonNullable<ReturnType<Rule['create']>['record']>>[1]) {
  for (const field of selectFields(type, 'codelist', KEEP_CODELIST)) {
    forEachValue(value, field, (v, pointer) => {
      if (typeof v !== 'string') return;
      const entry = findCode(field.codelist!, v);
      if (!entry) {
        if (field.openCodelist) ctx.report('codelist.unknownCode', pointer, { value: v, codelist: field.codelist! });
      } else if (entry.deprecated) {
        ctx.report('codelist.deprecatedCode', pointer, { value: v, codelist: field.codelist!, since: entry.deprecated });
      }
    });
  }
}
