import { isSupervisor, type Principal } from './principal.js';

const CONTACT_PERSONAL = ['idNumber', 'mobile', 'email'] as const;

/**
 * What a reader may see of a record (FSJC-PRIV-007): a contact's identity number, mobile and
 * e-mail only for supervisors; a case's query code for nobody, since it only checks a public
 * look-up.
 */
export function redact<T>(record: T, p: Principal): T {
  const r = record as Record<string, unknown>;
  if (r.recordType === 'case' && 'queryCode' in r) {
    const { queryCode: _hidden, ...rest } = r;
    return rest as T;
  }
  if (r.recordType === 'contact' && !isSupervisor(p) && CONTACT_PERSONAL.some((k) => k in r)) {
    const out = { ...r };
    for (const k of CONTACT_PERSONAL) delete out[k];
    return out as T;
  }
  return record;
}
