import { createHash } from 'node:crypto';
import { canonicalJson } from '@fsjc/sdk';
import type { LogEntry, LogEntryInput } from './types.js';

/** The hash before the first entry: SM3 of the empty string. */
export const GENESIS_HASH = createHash('sm3').update('').digest('hex');

/** SM3 of bytes, lowercase hex. */
export function sm3Hex(bytes: Uint8Array | string): string {
  return createHash('sm3').update(bytes).digest('hex');
}

/**
 * The chain hash of a log entry (FSJC-API-030): SM3 over the previous hash, the body's digest and
 * the canonical JSON of the entry's metadata, so altering, dropping or reordering any entry
 * breaks every hash after it.
 */
export function chainHash(prevHash: string, seq: number, e: LogEntryInput): string {
  const meta = canonicalJson({
    seq, receivedAt: e.receivedAt, senderSystemId: e.senderSystemId, senderUnitId: e.senderUnitId,
    sequenceNumber: e.sequenceNumber, idempotencyKey: e.idempotencyKey, mediaType: e.mediaType,
    encoding: e.encoding, recordCount: e.recordCount, rejected: e.rejected,
  });
  return sm3Hex(`${prevHash}\n${e.bodyDigest}\n${meta}`);
}

/** Whether an entry's body and hash are what its chain says. */
export function entryIsIntact(e: LogEntry, prevHash: string): string | undefined {
  if (e.prevHash !== prevHash) return 'prevHash does not match the previous entry';
  if (sm3Hex(e.body) !== e.bodyDigest) return 'body does not match its digest';
  if (chainHash(prevHash, e.seq, e) !== e.hash) return 'hash does not match';
  return undefined;
}
