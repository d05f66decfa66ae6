import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.js';

describe('identifier fingerprints', () => {
  it('tell apart many similar identifiers, and never have a zero low word', () => {
    const out = new Int32Array(2);
    const seen = new Set<string>();
    let zero = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      fingerprint(`C-440605-2026-${i}`, out, 0);
      if (out[1] === 0) zero++;
      seen.add(`${out[0]}:${out[1]}`);
    }
    fingerprint('', out, 0);
    expect(out[1]).not.toBe(0);
    expect(zero).toBe(0);
    expect(seen.size).toBe(n);
  });

  it('spread over the 64 partitions of the facts', () => {
    const out = new Int32Array(2);
    const counts = new Array(64).fill(0);
    for (let i = 0; i < 64_000; i++) {
      fingerprint(`C440605-${i}-E${i % 7}`, out, 0);
      counts[out[0] >>> 26]++;
    }
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });
});
