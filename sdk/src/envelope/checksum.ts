import { createHash } from 'node:crypto';

export type ChecksumAlgorithm = 'SM3' | 'SHA-256';
const NODE_NAME: Record<ChecksumAlgorithm, string> = { SM3: 'sm3', 'SHA-256': 'sha256' };

/**
 * RFC 8785 (JCS) canonical JSON. ECMAScript's own number and string serialisation is what JCS
 * prescribes, so only the key order needs work.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value as object).filter((k) => (value as any)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as any)[k])}`).join(',')}}`;
}

/** The digest of one record: hash of its canonical JSON (FSJC-ENV-008). */
export function recordDigest(record: unknown, algorithm: ChecksumAlgorithm = 'SM3'): Buffer {
  return createHash(NODE_NAME[algorithm]).update(canonicalJson(record), 'utf8').digest();
}

/**
 * The batch checksum (FSJC-ENV-008): the hash of the concatenated record digests, in order,
 * as lowercase hex. Incremental, so a stream of any length is summed with flat memory.
 */
export class BatchChecksum {
  private readonly outer;
  constructor(readonly algorithm: ChecksumAlgorithm = 'SM3') {
    this.outer = createHash(NODE_NAME[algorithm]);
  }
  add(record: unknown): void {
    this.outer.update(recordDigest(record, this.algorithm));
  }
  digest(): string {
    return this.outer.digest('hex');
  }
}

/** The checksum of a whole list of records. */
export function batchChecksum(records: readonly unknown[], algorithm: ChecksumAlgorithm = 'SM3'): string {
  const sum = new BatchChecksum(algorithm);
  for (const r of records) sum.add(r);
  return sum.digest();
}
