import type { Rule } from '../rule.js';

/**
 * FSJC-PRIV-001..003: a natural person's identity number never travels in clear; it is sent masked
 * with a keyed digest; a person's name should be masked.
 */
export const applicantPrivacy: Rule = {
  id: 'applicant-privacy',
  codes: ['privacy.clearIdNumber', 'privacy.protectionMissing', 'privacy.nameNotMasked'],
  recordTypes: ['case'],
  create: () => ({
    record(record, ctx) {
      const a = record.applicant;
      if (!a || a.kind !== 'PERSON') return;
      if (typeof a.idNumber === 'string') {
        ctx.report('privacy.clearIdNumber', '/applicant/idNumber', { idType: String(a.idType) });
      } else if (a.idNumber === undefined && (a.idNumberMasked === undefined || a.idNumberDigest === undefined)) {
        ctx.report('privacy.protectionMissing', '/applicant', { missing: a.idNumberMasked === undefined ? 'idNumberMasked' : 'idNumberDigest' });
      }
      if (typeof a.name === 'string' && [...a.name].length > 1 && !a.name.includes('*')) {
        ctx.report('privacy.nameNotMasked', '/applicant/name', {});
      }
    },
  }),
};
