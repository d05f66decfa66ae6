import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { residentIdCheckDigit } from './gb11643.js';
import { IdentifierError, idNumberDigest, maskIdNumber, maskName, protectApplicantId } from './protect.js';

const KEY = 'fsjc-demo-key-foshan';

/** HMAC (RFC 2104) built by hand on SM3, block size 64, to cross-check node's HMAC-SM3. */
function hmacSm3(key: Buffer, message: Buffer): string {
  let k = key.length > 64 ? createHash('sm3').update(key).digest() : key;
  k = Buffer.concat([k, Buffer.alloc(64 - k.length)]);
  const ipad = Buffer.from(k.map((b) => b ^ 0x36));
  const opad = Buffer.from(k.map((b) => b ^ 0x5c));
  const inner = createHash('sm3').update(ipad).update(message).digest();
  return createHash('sm3').update(opad).update(inner).digest('hex');
}

describe('SM3', () => {
  it('matches the GB/T 32905 test vector', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
    expect(maskIdNumber('440524188001010014')).toMatch(/^[0-9A-Za-z]{0,6}\*{1,30}[0-9A-Za-z]{0,4}$/);
  });

  it('always masks something in short numbers', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
    expect(maskIdNumber('H1234567890')).toBe('H1*******90');
    expect(maskIdNumber('123456789012')).toBe('123456**9012');
    expect(maskIdNumber('AB')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('idNumberDigest', () => {
  it('is HMAC-SM3 of the upper-cased number, 64 lowercase hex digits', () => {
    const digest = idNumberDigest('11010519491231002X', KEY);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(hmacSm3(Buffer.from(KEY), Buffer.from('11010519491231002X')));
    // value also computed with Python's hmac module over OpenSSL SM3
    expect(digest).toBe('e1e8a0cf75d10f12d50df5725c48396b6572f3108f2d702b7356539cf975efd5');
    expect(idNumberDigest('11010519491231002x', KEY)).toBe(digest);
  });

  it('depends on the key', () => {
    expect(idNumberDigest('11010519491231002X', 'another-city-key-0001')).not.toBe(idNumberDigest('11010519491231002X', KEY));
    expect(idNumberDigest('11010519491231002X', Buffer.from(KEY))).toBe(idNumberDigest('11010519491231002X', KEY));
  });

  it('handles keys longer than the SM3 block', () => {
    const longKey = Buffer.alloc(100, 7);
    expect(idNumberDigest('440524188001010014', longKey)).toBe(hmacSm3(longKey, Buffer.from('440524188001010014')));
  });

  it('refuses keys shorter than 16 bytes (FSJC-PRIV-006)', () => {
    expect(() => idNumberDigest('11010519491231002X', '')).toThrow(RangeError);
    expect(() => idNumberDigest('11010519491231002X', 'short-key')).toThrow(RangeError);
    expect(() => idNumberDigest('11010519491231002X', Buffer.alloc(15))).toThrow(RangeError);
    expect(idNumberDigest('11010519491231002X', Buffer.alloc(16))).toMatch(/^[0-9a-f]{64}$/);
    // a key issued as hex text is decoded to bytes first
    const hex = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
    expect(idNumberDigest('11010519491231002X', Buffer.from(hex, 'hex'))).toBe(
      hmacSm3(Buffer.from(hex, 'hex'), Buffer.from('11010519491231002X')),
    );
  });
});

describe('protectApplicantId', () => {
  it('returns the masked number and the digest', () => {
    expect(protectApplicantId('11010519491231002X', KEY)).toEqual({
      idNumberMasked: '110105********002X',
      idNumberDigest: 'e1e8a0cf75d10f12d50df5725c48396b6572f3108f2d702b7356539cf975efd5',
    });
  });

  it('throws a typed error for an invalid number', () => {
    const cases: Array<[string, string]> = [
      ['110105194912310021', 'id.residentIdCheckDigit'],
      ['1101051949123100', 'id.residentIdFormat'],
    ];
    const first17 = '44060419880230012';
    cases.push([first17 + residentIdCheckDigit(first17), 'id.residentIdBirthDate']);
    for (const [id, code] of cases) {
      try {
        protectApplicantId(id, KEY);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(IdentifierError);
        expect((e as IdentifierError).code).toBe(code);
      }
    }
  });
});

describe('maskName', () => {
  it('keeps the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('阿卜杜·热合曼')).toBe('阿******');
    expect(maskName(' 李四 ')).toBe('李*');
  });

  it('counts characters outside the BMP as one', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('leaves a single character and the empty string', () => {
    expect(maskName('王')).toBe('王');
    expect(maskName('')).toBe('');
  });
});
