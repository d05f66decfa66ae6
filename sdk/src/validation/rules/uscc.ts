import { isValidUscc } from '../../identifiers/gb32100.js';
import { forEachValue, selectFields, type FieldPlan } from '../plan.js';
import type { Rule } from '../rule.js';

const KEEP_USCC = (f: FieldPlan) => f.def === 'uscc';

/** FSJC-DATA-012: a unified social credit code carries a correct GB 32100 check character. */
export const uscc: Rule = {
  id: 'uscc',
  codes: ['id.usccCheckCharacter'],
  create: () => ({
    record(record, ctx) {
      for (const field of selectFields(record.recordType, 'uscc', KEEP_USCC)) {
        forEachValue(record, field, (v, pointer) => {
          if (typeof v === 'string' && !isValidUscc(v)) ctx.report('id.usccCheckCharacter', pointer, { value: v });
        });
      }
      const applicant = record.recordType === 'case' ? record.applicant : undefined;
      if (applicant?.idType === 'USCC' && typeof applicant.idNumber === 'string' && !isValidUscc(applicant.idNumber)) {
        ctx.report('id.usccCheckCharacter', '/applicant/idNumber', { value: applicant.idNumber });
      }
    },
  }),
};
