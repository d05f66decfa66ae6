import { checkResidentId } from '../../identifiers/gb11643.js';
import type { Rule } from '../rule.js';

/** FSJC-DATA-013 and FSJC-PRIV-004: an official's resident ID number has a valid check digit and birth date. */
export const residentId: Rule = {
  id: 'resident-id',
  codes: ['id.residentIdCheckDigit', 'id.residentIdBirthDate'],
  recordTypes: ['contact'],
  create: () => ({
    record(record, ctx) {
      const value = record.idNumber;
      const pointer = '/idNumber';
      if (typeof value !== 'string') return;
      const result = checkResidentId(value);
      if (result.ok) return;
      if (result.reason === 'birthDate') ctx.report('id.residentIdBirthDate', pointer, { value: mask(value) });
      else ctx.report('id.residentIdCheckDigit', pointer, { value: mask(value) });
    },
  }),
};

// findings are printed and stored: never repeat a full identity number in them
const mask = (id: string) => (id.length > 10 ? id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4) : id);
