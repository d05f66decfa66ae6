/**
 * Exact arithmetic for scores (FSJC-SCO-007): every value and point is a ratio of integers until
 * it is rounded for publication, so any implementation reaches the same digits.
 */
export interface Rational { n: bigint; d: bigint }

const gcd = (a: bigint, b: bigint): bigint => {
  if (a < 0n) a = -a;
  while (b) [a, b] = [b, a % b];
  return a;
};

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let N = BigInt(n);
  let D = BigInt(d);
  if (D === 0n) throw new RangeError('division by zero');
  if (D < 0n) { N = -N; D = -D; }
  const g = gcd(N, D) || 1n;
  return { n: N / g, d: D / g };
}

/** A number from the method's data (0.8, 30, 0.125) or a published decimal ("95.50"), read as the decimal it is written as. */
export function fromDecimal(x: number | string): Rational {
  const s = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new RangeError(`not a plain decimal: ${s}`);
  const frac = m[3] ?? '';
  return rational(BigInt(`${m[1]}${m[2]}${frac}`), 10n ** BigInt(frac.length));
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational) => { const x = a.n * b.d - b.n * a.d; return x < 0n ? -1 : x > 0n ? 1 : 0; };
export const ZERO = rational(0);
export const ONE = rational(1);
export const clamp01 = (r: Rational) => (cmp(r, ZERO) < 0 ? ZERO : cmp(r, ONE) > 0 ? ONE : r);

/** Rounded to `places` decimals, half away from zero, as an integer count of 10^-places. */
export function roundScaled(r: Rational, places: number): bigint {
  const neg = r.n < 0n;
  const q = (neg ? -r.n : r.n) * 10n ** BigInt(places);
  let whole = q / r.d;
  if (2n * (q % r.d) >= r.d) whole += 1n;
  return neg ? -whole : whole;
}

/** Rounded to `places` decimals, half away from zero, as a decimal string ("0.666667", "-2.50"). */
export function toDecimal(r: Rational, places: number): string {
  return scaledToDecimal(roundScaled(r, places), places);
}

export function scaledToDecimal(v: bigint, places: number): string {
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(places + 1, '0');
  const body = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return neg ? `-${body}` : body;
}
