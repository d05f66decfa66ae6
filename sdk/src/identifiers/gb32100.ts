/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters: registration authority (1), organisation type (1), administrative division
 * (6 digits), organisation code (9) and a check character (1). The check character is
 * computed over the first 17 with weights 3^i mod 31 (i = 0..16).
 */

/** The 31 characters of GB 32100 in order of value (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code. Throws on malformed input. */
export function usccCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || first17.length !== 17) {
    throw new RangeError('GB 32100: exactly 17 characters are required');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`GB 32100: character not allowed at position ${i + 1}`);
    sum += value * WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Whether a code is a well-formed unified social credit code with a correct check character.
 * Upper case only, as the standard writes it; positions 3–8 must be digits.
 */
export function isValidUscc(code: unknown): boolean {
  if (typeof code !== 'string' || !USCC_SHAPE.test(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}
