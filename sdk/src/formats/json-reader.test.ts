import { describe, expect, it } from 'vitest';
import { readJsonBatch, readJsonChunks } from './json-reader.js';
import type { BatchItem } from './types.js';
import { batch, CASE, event } from '../../../tests/support/batch.js';

async function* chunked(bytes: Buffer, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function collect(bytes: Buffer | string, size = 1 << 20): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of readJsonBatch(chunked(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), size))) out.push(item);
  return out;
}

const B = batch([CASE, event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00', { opinion: '材料齐全，"符合"法定形式 \\ 予以受理 \u{1F600}' })]);

describe('streaming JSON batch reader (FSJC-ENV-002, FSJC-VAL-004)', () => {
  it('yields the header and each record, whatever the chunk size', async () => {
    const text = JSON.stringify(B, null, 2);
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      const items = await collect(Buffer.from(text), size);
      const header = items.find((i) => i.kind === 'header');
      const records = items.filter((i) => i.kind === 'record').map((i) => (i as any).value);
      expect(header && (header as any).value).toEqual(B.header);
      expect(records).toEqual(B.records);
      expect(items.at(-1)).toEqual({ kind: 'end', bytes: Buffer.byteLength(text), records: 2 });
    }
  });

  it('gives many records in order, a few at a time, however the bytes are cut', async () => {
    const many = batch(Array.from({ length: 300 }, (_, i) => ({ ...CASE, id: `C${i}` })));
    const bytes = Buffer.from(JSON.stringify(many, null, 1));
    for (const size of [bytes.length, 4096, 333]) {
      const runs: BatchItem[][] = [];
      for await (const run of readJsonChunks(chunked(bytes, size))) runs.push(run);
      const records = runs.flat().filter((i) => i.kind === 'record') as Extract<BatchItem, { kind: 'record' }>[];
      expect(records.map((r) => [(r.value as { id: string }).id, r.index])).toEqual(Array.from({ length: 300 }, (_, i) => [`C${i}`, i]));
      // records are handed on in small runs, so they are checked soon after they are parsed
      expect(Math.max(...runs.map((r) => r.length))).toBeLessThanOrEqual(65);
      expect(runs.flat().at(-1)).toEqual({ kind: 'end', bytes: bytes.length, records: 300 });
    }
  });

  it('gives each record the line it starts on', async () => {
    const text = `{\n"header": ${JSON.stringify(B.header)},\n"records": [\n${JSON.stringify(CASE)},\n\n${JSON.stringify(B.records[1])}\n]}`;
    const lines = (await collect(text, 5)).filter((i) => i.kind === 'record').map((i) => (i as any).position.line);
    expect(lines).toEqual([4, 6]);
  });

  it('skips a UTF-8 byte order mark', async () => {
    const items = await collect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(B))]));
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(2);
  });

  it('stops at a syntax error with its line, after the records before it', async () => {
    const text = `{"header": ${JSON.stringify(B.header)},\n"records": [\n${JSON.stringify(CASE)},\n{"recordType": "event", "id": }\n]}`;
    const items = await collect(text, 16);
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(1);
    const issue = items.find((i) => i.kind === 'issue') as any;
    expect(issue.issue).toMatchObject({ code: 'parse.json', severity: 'critical', line: 4 });
  });

  it('reports a truncated file', async () => {
    const text = JSON.stringify(B).slice(0, -20);
    const issue = (await collect(text)).find((i) => i.kind === 'issue') as any;
    expect(issue.issue.code).toBe('parse.json');
  });

  it('refuses bytes that are not UTF-8 (FSJC-ENV-009)', async () => {
    const gbk = Buffer.from([0xd5, 0xc5]); // 张 in GBK
    const text = Buffer.concat([Buffer.from(`{"header": ${JSON.stringify(B.header)}, "records": [{"recordType":"case","id":"C1","subject":"`), gbk, Buffer.from('"}]}')]);
    const issue = (await collect(text)).find((i) => i.kind === 'issue') as any;
    expect(issue.issue).toMatchObject({ code: 'parse.encoding', line: 1 });
  });

  it('says a top-level array is not a batch', async () => {
    const issue = (await collect(JSON.stringify([CASE]))).find((i) => i.kind === 'issue') as any;
    expect(issue.issue.code).toBe('envelope.notBatch');
  });

  it('reports unknown top-level members and a missing records member', async () => {
    const issues = (await collect(JSON.stringify({ header: B.header, extra: 1 }))).filter((i) => i.kind === 'issue').map((i: any) => [i.issue.code, i.issue.pointer]);
    expect(issues).toEqual([['schema.unknownField', '/extra'], ['schema.required', '/records']]);
  });

  it('reports data after the batch', async () => {
    const issue = (await collect(JSON.stringify(B) + ' {}')).find((i) => i.kind === 'issue') as any;
    expect(issue.issue.code).toBe('parse.json');
  });

  it('counts records seen before a late header', async () => {
    const header = (await collect(JSON.stringify({ records: B.records, header: B.header }))).find((i) => i.kind === 'header') as any;
    expect(header.recordsBefore).toBe(2);
  });
});
