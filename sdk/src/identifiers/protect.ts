/**
 * Protection of applicants' personal data (FSJC-PRIV-001, FSJC-PRIV-002, FSJC-PRIV-003):
 * a natural person's identity number is sent only masked and as a keyed HMAC-SM3 digest,
 * and names are masked.
 */
import { createHmac } from 'node:crypto';
import { checkResidentId, type ResidentIdFailure } from './gb11643.js';

export type ProtectErrorCode = 'id.residentIdFormat' | 'id.residentIdCheckDigit' | 'id.residentIdBirthDate';

const CODE_FOR: Record<ResidentIdFailure, ProtectErrorCode> = {
  format: 'id.residentIdFormat',
  checkDigit: 'id.residentIdCheckDigit',
  birthDate: 'id.residentIdBirthDate',
};

/** Thrown when an identity number cannot be protected because it is not valid. */
export class IdentifierError extends Error {
  readonly code: ProtectErrorCode;
  readonly reason: ResidentIdFailure;
  constructor(reason: ResidentIdFailure) {
    super(`invalid resident identity number (${reason})`);
    this.name = 'IdentifierError';
    this.reason = reason;
    this.code = CODE_FOR[reason];
  }
}

/**
 * Masks an identity number: the first 6 and last 4 characters are kept, the rest become '*'.
 * Numbers shorter than 12 characters keep a quarter of their length at each end, so that
 * something is always masked. Letters are upper-cased.
 */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id.toUpperCase());
  const n = chars.length;
  if (n === 0) return '';
  const head = n >= 12 ? 6 : Math.floor(n / 4);
  const tail = n >= 12 ? 4 : Math.floor(n / 4);
  return chars.slice(0, head).join('') + '*'.repeat(n - head - tail) + chars.slice(n - tail).join('');
}

/** Shortest key accepted (FSJC-PRIV-006: at least 16 bytes, 32 recommended). */
export const MIN_DIGEST_KEY_BYTES = 16;

/**
 * HMAC-SM3 of the upper-cased identity number under the city's key, as 64 lowercase hex digits.
 * A string key is used as its UTF-8 bytes; a key issued as hex text is decoded by the caller
 * (e.g. `Buffer.from(hex, 'hex')`).
 */
export function idNumberDigest(id: string, key: string | Uint8Array): string {
  const bytes = typeof key === 'string' ? Buffer.byteLength(key, 'utf8') : key.length;
  if (bytes < MIN_DIGEST_KEY_BYTES) throw new RangeError(`the digest key must be at least ${MIN_DIGEST_KEY_BYTES} bytes`);
  return createHmac('sm3', key).update(id.toUpperCase(), 'utf8').digest('hex');
}

/**
 * Validates a resident identity number (GB 11643) and returns the two forms that may be sent.
 * Throws IdentifierError (code `id.residentIdCheckDigit`, …) for an invalid number.
 */
export function protectApplicantId(
  idNumber: string,
  key: string | Uint8Array,
): { idNumberMasked: string; idNumberDigest: string } {
  const result = checkResidentId(idNumber);
  if (!result.ok) throw new IdentifierError(result.reason);
  return { idNumberMasked: maskIdNumber(idNumber), idNumberDigest: idNumberDigest(idNumber, key) };
}

/** Masks a person's name: the first character is kept and the rest become '*' (张三丰 → 张**). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(chars.length - 1);
}
