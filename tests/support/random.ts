/** A seeded source of whole numbers below n (a linear congruential generator): the same seed, the same sequence. */
export function randomInts(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), (s >>> 8) % n);
}
