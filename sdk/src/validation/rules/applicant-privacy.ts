import type { Rule } from '../rule.js';

const PROTECTION = ['idNumberMasked', 'idNumberDigest'] as const;

/**
 * FSJC-PRIV-001..003: a natural person's identity number never travels in clear; it is sent masked
 * with a keyed digest; a person's name should be masked. FSJC-PRIV-005: an organisation's number is
 * sent in clear, never masked; FSJC-PRIV-004: a resident identity number appears in clear only in
 * a contact record, so never as an organisation's number.
 */
export const applicantPrivacy: Rule = {
  id: 'applicant-privacy',
  codes: ['privacy.clearIdNumber', 'privacy.protectionMissing', 'privacy.nameNotMasked', 'privacy.residentIdInClear', 'privacy.organisationMasked'],
  recordTypes: ['case'],
  create: () => ({
    record(record, ctx) {
      const a = record.applicant;
      if (!a) return;
      if (a.kind === 'ORGANISATION') {
        if (a.idType === 'RESIDENT_ID') {
          // a masked resident ID is the lesser fault: only the number in clear is reported
          if (typeof a.idNumber === 'string') ctx.report('privacy.residentIdInClear', '/applicant/idNumber', {});
          return;
        }
        // one fault, one finding: at the first of the fields that should not be there
        const present = PROTECTION.filter((f) => a[f] !== undefined);
        if (present.length) ctx.report('privacy.organisationMasked', `/applicant/${present[0]}`, { field: present.join(', ') });
        return;
      }
      if (a.kind !== 'PERSON') return;
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
