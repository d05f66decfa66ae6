import { describe, expect, it } from 'vitest';
import { CODES } from '../sdk/src/validation/codes.js';
import { CATALOGUES } from '../sdk/src/messages/index.js';
import { RULES } from '../sdk/src/validation/rules/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues (FSJC-VAL-002)', () => {
  it('have a Chinese and an English text for every code, and nothing else', () => {
    expect(Object.keys(CATALOGUES.zh).sort()).toEqual(Object.keys(CODES).sort());
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CODES).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const code of Object.keys(CODES)) {
      expect(placeholders(CATALOGUES.zh[code]), code).toEqual(placeholders(CATALOGUES.en[code]));
      expect(CATALOGUES.zh[code], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('rules declare only registered codes, and rule IDs are unique', () => {
    for (const r of RULES) for (const c of r.codes) expect(CODES, `${r.id}: ${c}`).toHaveProperty(c);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
