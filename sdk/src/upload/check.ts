import { createHash } from 'node:crypto';
import { batchChecksum } from '../envelope/checksum.js';
import type { Batch } from '../generated/types.js';
import { verifyReceipt } from '../receipt/sign.js';
import type { Receipt } from '../receipt/types.js';

/** What {@link checkReceipt} found. */
export interface ReceiptCheck {
  /** The receipt is for this batch and, when a centre key was given, is signed with it. */
  ok: boolean;
  /** The signature verified with one of the centre's public keys; `false` when none was given. */
  verified: boolean;
  /** Why the receipt does not do, one line each; empty when `ok`. */
  problems: string[];
}

const STRING_MEMBERS = ['receiptId', 'centreId', 'receivedAt', 'senderSystemId', 'senderUnitId', 'idempotencyKey', 'checksum', 'bodyDigest'] as const;
const NUMBER_MEMBERS = ['logSeq', 'sequenceNumber', 'recordCount', 'acceptedCount'] as const;

/**
 * Checks that a receipt really acknowledges the batch that was sent (FSJC-API-012): its signature
 * verifies with the centre's public key (any of several, during a key change), and the sender,
 * sequence number, idempotency key, record count, SM3 record checksum (FSJC-ENV-008) and, when
 * the bytes sent are given, the SM3 body digest are those of the batch. Without a key the
 * receipt is checked all the same and reported `verified: false`.
 *
 * @example
 * const check = checkReceipt(receipt, batch, { centrePublicKey, body });
 * if (!check.ok) console.error(check.problems.join('\n'));
 */
export function checkReceipt(receipt: unknown, sent: Batch, options: { centrePublicKey?: string | readonly string[]; body?: Uint8Array } = {}): ReceiptCheck {
  const problems: string[] = [];
  if (!receipt || typeof receipt !== 'object' || Array.isArray(receipt)) return { ok: false, verified: false, problems: ['the response is not a receipt (not a JSON object)'] };
  const r = receipt as Receipt;
  for (const m of STRING_MEMBERS) if (typeof r[m] !== 'string') problems.push(`receipt.${m} is missing or not a string`);
  for (const m of NUMBER_MEMBERS) if (typeof r[m] !== 'number') problems.push(`receipt.${m} is missing or not a number`);
  if (!Array.isArray(r.rejected)) problems.push('receipt.rejected is missing or not an array');
  if (r.status !== 'ACCEPTED' && r.status !== 'PARTIAL') problems.push(`receipt.status is ${JSON.stringify(r.status)}, not ACCEPTED or PARTIAL`);

  const h = sent.header;
  const same = (member: keyof Receipt, expected: unknown) => {
    if (r[member] !== undefined && r[member] !== expected) problems.push(`receipt.${member} is ${JSON.stringify(r[member])}, the batch sent has ${JSON.stringify(expected)}`);
  };
  same('senderSystemId', h.senderSystemId);
  same('senderUnitId', h.senderUnitId);
  same('sequenceNumber', h.sequenceNumber);
  same('idempotencyKey', h.idempotencyKey ?? `${h.senderSystemId}#${h.sequenceNumber}`);
  same('recordCount', sent.records.length);
  same('checksum', batchChecksum(sent.records, 'SM3'));
  if (options.body) same('bodyDigest', createHash('sm3').update(options.body).digest('hex'));

  const keys = options.centrePublicKey === undefined ? [] : typeof options.centrePublicKey === 'string' ? [options.centrePublicKey] : [...options.centrePublicKey];
  let verified = false;
  if (keys.length) {
    if (!r.signature || typeof r.signature !== 'object') problems.push('receipt.signature is missing');
    else {
      verified = keys.some((k) => verifyReceipt(r, k));
      if (!verified) problems.push(`receipt.signature (key ${JSON.stringify(r.signature.keyId)}) does not verify with the centre's public key`);
    }
  }
  return { ok: problems.length === 0, verified: verified && problems.length === 0, problems };
}
