import { describe, expect, it } from 'vitest';
import { FingerprintTable } from './fingerprint.js';

describe('the identifier table behind cross-record checks', () => {
  it('keeps every value through its segments\' growth, and knows what it has not seen', () => {
    const table = new FingerprintTable(64, 'u32');
    const n = 200_000; // from 64 slots: every segment doubles many times
    for (let i = 0; i < n; i++) table.set(`C-440605-2026-${i}`, i);
    expect(table.size).toBe(n);
    let wrong = 0;
    for (let i = 0; i < n; i++) if (table.get(`C-440605-2026-${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(table.get('C-440605-2026-200000')).toBe(-1);
    expect(table.get('')).toBe(-1);
  });

  it('updates in place, and sets only what is absent', () => {
    const table = new FingerprintTable();
    table.update('E-1', (prev) => prev + 2); // -1 for a new key
    table.update('E-1', (prev) => prev * 10);
    expect(table.get('E-1')).toBe(10);
    expect(table.setIfAbsent('E-1', 7)).toBe(10);
    expect(table.setIfAbsent('E-2', 7)).toBe(7);
    expect(table.size).toBe(2);
    table.set('E-3', 2 ** 40); // 64-bit values by default
    expect(table.get('E-3')).toBe(2 ** 40);
  });
});
