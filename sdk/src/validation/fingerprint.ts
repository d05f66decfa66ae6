/**
 * A 52-bit fingerprint of a string, used to index identifiers with flat memory: a number key
 * costs far less than the string it stands for. Two independent 32-bit FNV-1a variants are
 * combined; for ten million distinct identifiers the chance of any collision is about 1 in 10⁴.
 */
export function fingerprint(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}
