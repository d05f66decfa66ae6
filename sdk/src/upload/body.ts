import type { Batch } from '../generated/types.js';

/** How a batch travels: one JSON object, or NDJSON with the header on the first line (FSJC-ENV-002). */
export type BatchForm = 'json' | 'ndjson';

export const MEDIA_TYPES: Record<BatchForm, string> = { json: 'application/json', ndjson: 'application/x-ndjson' };

/** The bytes of a batch in the given form: UTF-8 without a byte order mark (FSJC-ENV-009). */
export function serializeBatch(batch: Batch, form: BatchForm): Buffer {
  if (form === 'json') return Buffer.from(JSON.stringify({ header: batch.header, records: batch.records }), 'utf8');
  const lines = [JSON.stringify({ header: batch.header }), ...batch.records.map((r) => JSON.stringify(r))];
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** The batch in bytes made by {@link serializeBatch}; throws when they are not such a batch. */
export function parseBatch(bytes: Uint8Array, form: BatchForm): Batch {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let batch: Batch;
  if (form === 'json') batch = JSON.parse(text) as Batch;
  else {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const first = JSON.parse(lines[0] ?? 'null') as { header?: Batch['header'] } | null;
    batch = { header: first?.header as Batch['header'], records: lines.slice(1).map((l) => JSON.parse(l)) };
  }
  if (!batch || typeof batch !== 'object' || !batch.header || typeof batch.header !== 'object' || !Array.isArray(batch.records)) {
    throw new Error('not an FSJC batch');
  }
  return batch;
}

/** The form of a spool file from its extension. */
export function formOfFile(name: string): BatchForm | undefined {
  return name.endsWith('.ndjson') ? 'ndjson' : name.endsWith('.json') ? 'json' : undefined;
}
