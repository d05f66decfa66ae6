/**
 * 64-bit fingerprints of identifiers. The checks across records key their facts by them (see
 * facts/): two 32-bit words instead of the identifier's text keep rows fixed-width, and nothing is
 * allocated per key. For ten million distinct identifiers the chance of any collision is below
 * 1 in 10⁵.
 */

/**
 * The fingerprint of `s` into `out[at]` (high 32 bits) and `out[at + 1]` (low 32 bits, never 0:
 * an empty place of a key table has a zero low word).
 */
export function fingerprint(s: string, out: Int32Array, at: number): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // finalise so that similar identifiers spread over partitions and tables
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  out[at] = h1;
  out[at + 1] = h2 | 1;
}
