import { describe, expect, it } from 'vitest';
import { checkResidentId, isValidResidentId, residentIdCheckDigit } from './gb11643.js';

describe('GB 11643 citizen identity number', () => {
  it('accepts the examples of the standard', () => {
    // GB 11643-1999 examples: 北京市朝阳区 1949-12-31, and 广东省汕头市潮阳县 1880-01-01.
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(checkResidentId('11010519491231002X')).toEqual({ ok: true });
    expect(residentIdCheckDigit('44052418800101001')).toBe('4');
    expect(checkResidentId('440524188001010014')).toEqual({ ok: true });
  });

  it('rejects every other check character', () => {
    for (const c of '0123456789') {
      expect(checkResidentId(`11010519491231002${c}`)).toEqual({ ok: false, reason: 'checkDigit' });
    }
    expect(checkResidentId('44052418800101001X')).toEqual({ ok: false, reason: 'checkDigit' });
  });

  it('produces every check character 0–9 and X', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200 && seen.size < 11; seq++) {
      seen.add(residentIdCheckDigit(`44060619900101${String(seq).padStart(3, '0')}`));
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('satisfies the MOD 11-2 equation for the check digit it computes', () => {
    const first17 = '44060519850618123';
    const id = first17 + residentIdCheckDigit(first17);
    let sum = 0;
    for (let i = 0; i < 18; i++) {
      const v = id[i] === 'X' ? 10 : Number(id[i]);
      sum += v * (2 ** (17 - i) % 11);
    }
    expect(sum % 11).toBe(1);
  });

  it('reads a lower-case x as X', () => {
    expect(checkResidentId('11010519491231002x')).toEqual({ ok: true });
  });

  it('checks the date of birth', () => {
    const make = (birth: string) => {
      const first17 = `440604${birth}012`;
      return first17 + residentIdCheckDigit(first17);
    };
    expect(checkResidentId(make('20000229'))).toEqual({ ok: true }); // leap year
    expect(checkResidentId(make('19000229'))).toEqual({ ok: false, reason: 'birthDate' }); // not leap
    expect(checkResidentId(make('19880230'))).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkResidentId(make('19881301'))).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkResidentId(make('19880100'))).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkResidentId(make('17991231'))).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkResidentId(make('20300101'))).toEqual({ ok: true });
    expect(checkResidentId(make('20300101'), { notAfter: '2026-06-30' })).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkResidentId(make('20260630'), { notAfter: '2026-06-30' })).toEqual({ ok: true });
  });

  it('reports the check digit before the date of birth', () => {
    const first17 = '44060419880230012';
    const wrong = residentIdCheckDigit(first17) === '0' ? '1' : '0';
    expect(checkResidentId(first17 + wrong)).toEqual({ ok: false, reason: 'checkDigit' });
  });

  it('rejects malformed numbers', () => {
    for (const bad of ['', '11010519491231002', '11010519491231002XX', '110105194912310', '01010519491231002X', '91010519491231002X', '1101051949123100 X', 'ABCDEFGHIJKLMNOPQR', 42, null]) {
      expect(checkResidentId(bad)).toEqual({ ok: false, reason: 'format' });
    }
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('throws for input that has no check digit', () => {
    expect(() => residentIdCheckDigit('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckDigit('1101051949123100X')).toThrow(RangeError);
  });
});
