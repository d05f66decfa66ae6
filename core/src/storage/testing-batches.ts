/** Sample batches and receipts for the storage tests (not part of the package). */
import type { Receipt } from '@fsjc/sdk';
import { sm3Hex } from './chain.js';
import type { LogEntry, LogEntryInput, ProjectedRecord } from './types.js';

export const RECEIVED_AT = '2026-10-12T09:30:00+08:00';

export interface SampleRecord {
  id: string;
  revision?: number;
  recordType?: string;
  caseId?: string;
  unitId?: string;
  regionCode?: string;
  caseNumber?: string;
}

/** A batch of `records` from `sender` with sequence number `sequenceNumber`: the body is their JSON, or the bytes given. */
export function sampleBatch(
  sender: string,
  sequenceNumber: number,
  records: SampleRecord[],
  opts: { key?: string; body?: Uint8Array; encoding?: string; rejected?: number[] } = {},
): { input: LogEntryInput; records: ProjectedRecord[] } {
  const projected: ProjectedRecord[] = records.map((r, index) => {
    const p: ProjectedRecord = {
      index, senderSystemId: sender, recordType: r.recordType ?? 'event', id: r.id, revision: r.revision ?? 1,
      body: JSON.stringify({ recordType: r.recordType ?? 'event', id: r.id, revision: r.revision ?? 1 }),
    };
    if (r.caseId !== undefined) p.caseId = r.caseId;
    if (r.unitId !== undefined) p.unitId = r.unitId;
    if (r.regionCode !== undefined) p.regionCode = r.regionCode;
    if (r.caseNumber !== undefined) p.caseNumber = r.caseNumber;
    return p;
  });
  const body = opts.body ?? Buffer.from(JSON.stringify({ records: projected.map((p) => JSON.parse(p.body)) }));
  const rejected = opts.rejected ?? [];
  return {
    input: {
      receivedAt: RECEIVED_AT, senderSystemId: sender, senderUnitId: `${sender}-UNIT`, sequenceNumber,
      idempotencyKey: opts.key ?? `${sender}#${sequenceNumber}`, mediaType: 'application/json', encoding: opts.encoding ?? 'utf-8',
      body, bodyDigest: sm3Hex(body), recordCount: records.length + rejected.length, rejected, principalId: 'tk_test',
    },
    records: projected.filter((p) => !rejected.includes(p.index)),
  };
}

/** `n` event records of one case and unit. */
export const events = (prefix: string, n: number, extra: Omit<SampleRecord, 'id'> = {}): SampleRecord[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, ...extra }));

/** A receipt as the server would make it (unsigned: the store does not look inside). */
export function receiptFor(e: Omit<LogEntry, 'receipt'>): Receipt {
  return {
    receiptId: `RC-${e.seq}`, centreId: 'CENTRE', logSeq: e.seq, logHash: e.hash, prevHash: e.prevHash, receivedAt: e.receivedAt,
    senderSystemId: e.senderSystemId, senderUnitId: e.senderUnitId, sequenceNumber: e.sequenceNumber, idempotencyKey: e.idempotencyKey,
    bodyDigest: e.bodyDigest, checksum: e.bodyDigest, recordCount: e.recordCount, acceptedCount: e.recordCount - e.rejected.length,
    rejected: e.rejected.map((index) => ({ index, codes: ['schema.required'] })), status: e.rejected.length ? 'PARTIAL' : 'ACCEPTED',
    signature: { algorithm: 'SM2-SM3', keyId: 'test', value: 'unsigned' },
  };
}
