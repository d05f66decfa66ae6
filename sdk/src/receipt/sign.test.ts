import { describe, expect, it } from 'vitest';
import { sm2 } from 'sm-crypto-v2';
import { canonicalJson } from '../envelope/checksum.js';
import { generateCentreKey, signReceipt, verifyReceipt } from './sign.js';
import type { Receipt } from './types.js';

const unsigned: Omit<Receipt, 'signature'> = {
  receiptId: 'RC-7', centreId: 'FSJC-CENTRE', logSeq: 7, logHash: 'a'.repeat(64), prevHash: 'b'.repeat(64),
  receivedAt: '2026-10-20T18:00:05+08:00', senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', sequenceNumber: 42,
  idempotencyKey: 'NH-XZSP-42-9f3c', bodyDigest: 'c'.repeat(64), checksum: 'd'.repeat(64), recordCount: 3, acceptedCount: 2,
  rejected: [{ index: 1, id: 'E-南海-1', codes: ['schema.required'] }], status: 'PARTIAL',
};

// A frozen vector: the receipt above signed once with sm-crypto-v2's own doSignature (SM2-SM3, default
// user ID, r‖s) over its canonical JSON, with this key. It checks us against the library, not against ourselves.
const KAT = {
  privateKey: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey: '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  signature: '92290a0bf816003ca14175ae850f31a463ea27d87ac8e3d0edd4dc687610ca0ef7eef19ec49c186d2a76509ecbd8669474ef92d5aaf052444aacd4501957a76e',
};

describe('receipt signatures (SM2-SM3)', () => {
  const key = generateCentreKey();

  it('FSJC-API-012: a signed receipt verifies with the centre’s public key', () => {
    const receipt = signReceipt(unsigned, key);
    expect(receipt.signature.algorithm).toBe('SM2-SM3');
    expect(receipt.signature.keyId).toBe(key.keyId);
    expect(receipt.signature.value).toMatch(/^[0-9a-f]{128}$/);
    expect(verifyReceipt(receipt, key.publicKey)).toBe(true);
    // member order does not matter: the signature covers the canonical JSON
    const reordered = Object.fromEntries(Object.entries(receipt).reverse()) as unknown as Receipt;
    expect(verifyReceipt(reordered, key.publicKey)).toBe(true);
    // a receipt that went through JSON, as a sending system gets it, still verifies
    expect(verifyReceipt(JSON.parse(JSON.stringify(receipt)), key.publicKey)).toBe(true);
  });

  it('FSJC-API-012: any changed member fails verification', () => {
    const receipt = signReceipt(unsigned, key);
    const changed: Receipt[] = [
      { ...receipt, receivedAt: '2026-10-20T18:00:06+08:00' },
      { ...receipt, acceptedCount: 3 },
      { ...receipt, rejected: [{ index: 1, id: 'E-南海-1', codes: ['schema.type'] }] },
      { ...receipt, rejected: [] },
      { ...receipt, sequenceNumber: 43 },
      { ...receipt, status: 'ACCEPTED' },
      { ...receipt, extra: 1 } as Receipt,
    ];
    for (const r of changed) expect(verifyReceipt(r, key.publicKey)).toBe(false);
    // the signature member itself is not covered, but its value must be the one made
    const flipped = receipt.signature.value.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(verifyReceipt({ ...receipt, signature: { ...receipt.signature, value: flipped } }, key.publicKey)).toBe(false);
  });

  it('FSJC-API-012: another key fails verification', () => {
    const receipt = signReceipt(unsigned, key);
    const other = generateCentreKey();
    expect(other.keyId).not.toBe(key.keyId);
    expect(verifyReceipt(receipt, other.publicKey)).toBe(false);
    expect(verifyReceipt(signReceipt(unsigned, other), key.publicKey)).toBe(false);
  });

  it('FSJC-API-012: malformed receipts, signatures and keys give false, not an exception', () => {
    const receipt = signReceipt(unsigned, key);
    expect(verifyReceipt(receipt, 'not a key')).toBe(false);
    expect(verifyReceipt({ ...receipt, signature: { ...receipt.signature, value: 'zz' } }, key.publicKey)).toBe(false);
    expect(verifyReceipt({ ...receipt, signature: { ...receipt.signature, algorithm: 'RSA' as 'SM2-SM3' } }, key.publicKey)).toBe(false);
    expect(verifyReceipt({ ...unsigned } as Receipt, key.publicKey)).toBe(false);
  });

  it('FSJC-API-012: known answer: agrees with sm-crypto-v2’s own signing and verification', () => {
    expect(sm2.getPublicKeyFromPrivateKey(KAT.privateKey)).toBe(KAT.publicKey);
    // a signature made by the library directly verifies with ours
    const frozen: Receipt = { ...unsigned, signature: { algorithm: 'SM2-SM3', keyId: 'e6a4f9765fca89e8', value: KAT.signature } };
    expect(verifyReceipt(frozen, KAT.publicKey)).toBe(true);
    expect(verifyReceipt({ ...frozen, recordCount: 4 }, KAT.publicKey)).toBe(false);
    // and a signature made by ours verifies with the library, over the UTF-8 of the canonical JSON
    const ours = signReceipt(unsigned, { keyId: 'e6a4f9765fca89e8', privateKey: KAT.privateKey });
    expect(sm2.doVerifySignature(canonicalJson(unsigned), ours.signature.value, KAT.publicKey, { hash: true, der: false })).toBe(true);
    expect(sm2.doVerifySignature(canonicalJson({ ...unsigned, logSeq: 8 }), ours.signature.value, KAT.publicKey, { hash: true, der: false })).toBe(false);
  });

  it('FSJC-API-012: the key identifier is derived from the public key', () => {
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(key.privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(sm2.getPublicKeyFromPrivateKey(key.privateKey)).toBe(key.publicKey);
  });
});
