import { classifyRegion, regionIndex } from '../../identifiers/gb2260.js';
import { CODELISTS } from '../../generated/codelists.js';
import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import type { Rule, RuleContext } from '../rule.js';

const KEEP_REGION = (f: FieldPlan) => f.def === 'regionCode';

let index: ReturnType<typeof regionIndex> | undefined;

/** FSJC-DATA-011: region codes follow GB/T 2260; within a listed city only its districts exist. */
export const region: Rule = {
  id: 'region',
  codes: ['region.unknownProvince', 'region.notInProfile', 'region.unlisted'],
  create: () => ({
    header(header, ctx) { check('header', header, ctx); },
    record(record, ctx) { check(record.recordType, record, ctx); },
  }),
};

const CODE_FOR = { unknownProvince: 'region.unknownProvince', notInProfile: 'region.notInProfile', unlisted: 'region.unlisted' } as const;

function check(type: string, value: Record<string, unknown>, ctx: RuleContext) {
  for (const field of selectFields(type, 'region', KEEP_REGION)) {
    forEachValue(value, field, (v, pointer) => {
      if (typeof v !== 'string') return;
      index ??= regionIndex(CODELISTS.region.codes);
      const kind = classifyRegion(v, index);
      if (kind !== 'listed') ctx.report(CODE_FOR[kind], pointer, { value: v });
    });
  }
}
