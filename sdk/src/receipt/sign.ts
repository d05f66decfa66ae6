import { sm2, sm3 } from 'sm-crypto-v2';
import { canonicalJson } from '../envelope/checksum.js';
import type { Receipt } from './types.js';

/** A receiving centre's SM2 key pair (GB/T 32918), hex encoded; the public key is uncompressed (`04…`). */
export interface CentreKey {
  /** Names the key in receipts: the first 16 hex digits of SM3 over the public key's bytes. */
  keyId: string;
  privateKey: string;
  publicKey: string;
}

/** The bytes a document's signature covers: the UTF-8 of the canonical JSON of every member but `signature`. */
function signedBytes(document: object): Uint8Array {
  const { signature: _ignored, ...unsigned } = document as { signature?: unknown };
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

/**
 * The key identifier of an SM2 public key, as receipts and certificates name it: the first 16 hex
 * digits of SM3 over the key's bytes.
 *
 * @example
 * const key = generateCentreKey();
 * sm2KeyId(key.publicKey) === key.keyId; // true
 */
export function sm2KeyId(publicKey: string): string {
  return sm3(Uint8Array.from(Buffer.from(publicKey, 'hex'))).slice(0, 16);
}

/**
 * Signs a JSON document as receipts (FSJC-API-012) and certificates (FSJC-CONF-016) are signed:
 * SM2 with SM3 and the default user ID over the UTF-8 of the RFC 8785 canonical JSON of every
 * member except `signature`. Gives the signature value, `r ‖ s` as 128 hex digits.
 *
 * @example
 * const key = generateCentreKey();
 * const value = signCanonical({ kind: 'note', text: '办结' }, key);
 * verifyCanonical({ kind: 'note', text: '办结', signature: { value } }, value, key.publicKey); // true
 */
export function signCanonical(document: object, key: { privateKey: string; publicKey?: string }): string {
  return sm2.doSignature(signedBytes(document), key.privateKey, { hash: true, der: false, ...(key.publicKey ? { publicKey: key.publicKey } : {}) });
}

/**
 * Whether `value` is a signature made by `signCanonical` over the document (its `signature` member
 * aside) with the private key of `publicKeyHex`. Malformed input gives `false`, never an exception.
 *
 * @example
 * const key = generateCentreKey();
 * const doc = { kind: 'note', text: '办结' };
 * verifyCanonical(doc, signCanonical(doc, key), key.publicKey); // true
 */
export function verifyCanonical(document: object, value: string, publicKeyHex: string): boolean {
  try {
    return sm2.doVerifySignature(signedBytes(document), value.toLowerCase(), publicKeyHex, { hash: true, der: false });
  } catch {
    return false;
  }
}

/**
 * Signs a receipt as a receiving centre does (FSJC-API-012): SM2 with SM3 and the default user ID
 * over the UTF-8 of the RFC 8785 canonical JSON of every member except `signature`; the signature
 * is `r ‖ s` as 128 hex digits.
 *
 * @example
 * const key = generateCentreKey();
 * const receipt = signReceipt(unsigned, key);
 * verifyReceipt(receipt, key.publicKey); // true
 */
export function signReceipt(unsigned: Omit<Receipt, 'signature'>, key: { keyId: string; privateKey: string; publicKey?: string }): Receipt {
  const { signature: _ignored, ...rest } = unsigned as Receipt;
  return { ...rest, signature: { algorithm: 'SM2-SM3', keyId: key.keyId, value: signCanonical(rest, key) } };
}

/**
 * Whether a receipt was signed by the holder of the private key of `publicKeyHex` and has not been
 * changed since (FSJC-API-012). Recomputes the canonical JSON of everything but `signature`; a
 * malformed receipt, signature or key gives `false`, never an exception.
 *
 * @example
 * if (!verifyReceipt(receipt, centrePublicKey)) throw new Error('not the centre’s receipt');
 */
export function verifyReceipt(receipt: Receipt, publicKeyHex: string): boolean {
  try {
    const sig = receipt?.signature;
    if (!sig || sig.algorithm !== 'SM2-SM3' || typeof sig.value !== 'string' || !/^[0-9a-fA-F]{128}$/.test(sig.value)) return false;
    return verifyCanonical(receipt, sig.value, publicKeyHex);
  } catch {
    return false;
  }
}

/**
 * A new SM2 key pair for a receiving centre to sign receipts with (FSJC-API-012). The key
 * identifier is derived from the public key, so the same public key always has the same `keyId`.
 *
 * @example
 * const key = generateCentreKey();
 * // give key.publicKey to the sending systems; keep key.privateKey secret
 */
export function generateCentreKey(): CentreKey {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { keyId: sm2KeyId(publicKey), privateKey, publicKey };
}
