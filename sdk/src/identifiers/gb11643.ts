/**
 * Citizen identity number (公民身份号码), GB 11643-1999.
 *
 * 18 characters: address code (6), date of birth YYYYMMDD (8), sequence code (3) and a
 * check character computed with ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11; 10 is written X).
 */

const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);

const SHAPE = /^[1-8][0-9]{16}[0-9X]$/;

export type ResidentIdFailure = 'format' | 'checkDigit' | 'birthDate';

export type ResidentIdResult = { ok: true } | { ok: false; reason: ResidentIdFailure };

export interface ResidentIdOptions {
  /** Latest acceptable date of birth, `YYYY-MM-DD`; by default no upper bound is checked. */
  notAfter?: string;
}

/** The check character ('0'–'9' or 'X') for the first 17 digits. Throws on malformed input. */
export function residentIdCheckDigit(first17: string): string {
  if (typeof first17 !== 'string' || !/^[0-9]{17}$/.test(first17)) {
    throw new RangeError('GB 11643: exactly 17 digits are required');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** Whether YYYYMMDD is a real calendar date from 1800 on (and not after `notAfter`). */
function birthDateValid(yyyymmdd: string, notAfter?: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > lengths[month - 1]) return false;
  if (notAfter !== undefined) {
    const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
    if (iso > notAfter) return false;
  }
  return true;
}

/**
 * Checks an 18-character identity number: shape, then check character, then date of birth.
 * A lower-case x is read as X. The 15-digit first-generation numbers are not accepted.
 */
export function checkResidentId(id: unknown, options: ResidentIdOptions = {}): ResidentIdResult {
  if (typeof id !== 'string') return { ok: false, reason: 'format' };
  const upper = id.toUpperCase();
  if (!SHAPE.test(upper)) return { ok: false, reason: 'format' };
  if (residentIdCheckDigit(upper.slice(0, 17)) !== upper[17]) return { ok: false, reason: 'checkDigit' };
  if (!birthDateValid(upper.slice(6, 14), options.notAfter)) return { ok: false, reason: 'birthDate' };
  return { ok: true };
}

/** Shorthand: whether `checkResidentId` accepts the number. */
export function isValidResidentId(id: unknown, options?: ResidentIdOptions): boolean {
  return checkResidentId(id, options).ok;
}
