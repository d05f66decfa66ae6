import { isValidUscc } from '../../identifiers/gb32100.js';
import { fieldPlan, forEachValue } from '../plan.js';
import type { Rule } from '../rule.js';

/** FSJC-DATA-012: a unified social credit code carries a correct GB 32100 check character. */
export const uscc: Rule = {
  id: 'uscc',
  codes: ['id.usccCheckCharacter'],
  create: () => ({
    record(record, ctx) {
      for (const field of fieldPlan(record.recordType)) {
        if (field.def !== 'uscc') continue;
        forEachValue(record, field.segments, (v, pointer) => {
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
