import { describe, expect, it } from 'vitest';
import { USCC_CHARSET, isValidUscc, usccCheckCharacter } from './gb32100.js';

// Codes published on business licences and in GB 32100 itself.
const PUBLISHED = [
  '91350100M000100Y43', // example in GB 32100-2015
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 腾讯科技（深圳）有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91110000802100433B', // 北京百度网讯科技有限公司
];

describe('GB 32100 unified social credit code', () => {
  it('has 31 characters without I, O, S, V, Z', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    expect(USCC_CHARSET).not.toMatch(/[IOSVZ]/);
  });

  it.each(PUBLISHED)('computes the published check character of %s', (code) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    expect(isValidUscc(code)).toBe(true);
  });

  it('rejects every other check character of a published code', () => {
    const code = PUBLISHED[0];
    for (const c of USCC_CHARSET) {
      if (c === code[17]) continue;
      expect(isValidUscc(code.slice(0, 17) + c)).toBe(false);
    }
  });

  it('detects a single changed character and an adjacent transposition', () => {
    const code = PUBLISHED[1];
    const changed = code.slice(0, 9) + (code[9] === '2' ? '3' : '2') + code.slice(10);
    expect(isValidUscc(changed)).toBe(false);
    const swapped = code.slice(0, 12) + code[13] + code[12] + code.slice(14);
    expect(swapped).not.toBe(code);
    expect(isValidUscc(swapped)).toBe(false);
  });

  it('maps a remainder of 0 to the character 0', () => {
    // 17 zeros: weighted sum 0, so the check character is 0.
    expect(usccCheckCharacter('0'.repeat(17))).toBe('0');
  });

  it('rejects malformed codes', () => {
    expect(isValidUscc('')).toBe(false);
    expect(isValidUscc(undefined)).toBe(false);
    expect(isValidUscc(914403001922038216)).toBe(false);
    expect(isValidUscc(PUBLISHED[0].toLowerCase())).toBe(false);
    expect(isValidUscc(PUBLISHED[0].slice(0, 17))).toBe(false);
    expect(isValidUscc(PUBLISHED[0] + '0')).toBe(false);
    // letters I, O, S, V, Z are not in the character set
    expect(isValidUscc('91350100M000100I43')).toBe(false);
    // positions 3–8 are the division code and must be digits
    expect(isValidUscc('913501A0M000100Y43')).toBe(false);
  });

  it('throws for input that has no check character', () => {
    expect(() => usccCheckCharacter('9135010')).toThrow(RangeError);
    expect(() => usccCheckCharacter('91350100M000100O4')).toThrow(RangeError);
  });
});
