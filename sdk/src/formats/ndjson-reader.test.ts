import { describe, expect, it } from 'vitest';
import { readNdjsonBatch, readNdjsonChunks } from './ndjson-reader.js';
import type { BatchItem } from './types.js';
import { detectFormat } from './detect.js';
import { HEADER, CASE } from '../../../tests/support/batch.js';

async function collect(text: string, size = 7): Promise<BatchItem[]> {
  const bytes = Buffer.from(text);
  async function* chunks() { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); }
  const out: BatchItem[] = [];
  for await (const item of readNdjsonBatch(chunks())) out.push(item);
  return out;
}

describe('NDJSON batch reader (FSJC-ENV-002)', () => {
  const text = `${JSON.stringify({ header: HEADER })}\n${JSON.stringify(CASE)}\r\n\n${JSON.stringify({ ...CASE, id: 'C2' })}`;

  it('reads the header line, then a record per line, with line numbers', async () => {
    const items = await collect(text);
    expect(items[0]).toMatchObject({ kind: 'header', value: HEADER, position: { line: 1 } });
    expect(items.filter((i) => i.kind === 'record').map((i: any) => [i.value.id, i.position.line])).toEqual([['C1', 2], ['C2', 4]]);
  });

  it('reports a broken line and goes on', async () => {
    const items = await collect(`${JSON.stringify({ header: HEADER })}\n{"recordType": "case",\n${JSON.stringify(CASE)}\n`);
    expect(items.filter((i) => i.kind === 'issue').map((i: any) => [i.issue.code, i.issue.line])).toEqual([['parse.ndjson', 2]]);
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(1);
  });

  it('reports a line with bytes that are not UTF-8, keeps the others, and accepts a written U+FFFD', async () => {
    const good = JSON.stringify({ ...CASE, subject: '替换符 \uFFFD 本身是合法字符' });
    const bytes = Buffer.concat([Buffer.from(`${JSON.stringify({ header: HEADER })}\n{"recordType":"case","subject":"`), Buffer.from([0xd5, 0xc5]), Buffer.from(`"}\n${good}\n`)]);
    const items: BatchItem[] = [];
    async function* one() { yield bytes; }
    for await (const item of readNdjsonBatch(one())) items.push(item);
    expect(items.filter((i) => i.kind === 'issue').map((i: any) => [i.issue.code, i.issue.line])).toEqual([['parse.encoding', 2]]);
    expect(items.filter((i) => i.kind === 'record').map((i: any) => [i.value.subject, i.position.line])).toEqual([['替换符 \uFFFD 本身是合法字符', 3]]);
  });

  it('gives many records in order, a few at a time, with their lines, however the bytes are cut', async () => {
    const lines = [JSON.stringify({ header: HEADER }), ...Array.from({ length: 300 }, (_, i) => JSON.stringify({ ...CASE, id: `C${i}` }))];
    const bytes = Buffer.from(lines.join('\n') + '\n');
    for (const size of [bytes.length, 4096, 333]) {
      async function* chunks() { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); }
      const runs: BatchItem[][] = [];
      for await (const run of readNdjsonChunks(chunks())) runs.push(run);
      const records = runs.flat().filter((i) => i.kind === 'record') as Extract<BatchItem, { kind: 'record' }>[];
      expect(records.map((r) => [(r.value as { id: string }).id, r.index, r.position.line])).toEqual(Array.from({ length: 300 }, (_, i) => [`C${i}`, i, i + 2]));
      // records are handed on in small runs, so they are checked soon after they are parsed
      expect(Math.max(...runs.map((r) => r.length))).toBeLessThanOrEqual(65);
      expect(runs.flat().at(-1)).toEqual({ kind: 'end', bytes: bytes.length, records: 300 });
    }
  });

  it('reads chunks larger than its decoding pieces: lines longer than a piece, bad bytes and U+FFFD in later pieces', async () => {
    const rec = (i: number, subject = '受理') => JSON.stringify({ ...CASE, id: `C${i}`, subject });
    const parts: Buffer[] = [Buffer.from(JSON.stringify({ header: HEADER }) + '\n')];
    for (let i = 0; i < 400; i++) {
      if (i === 100) parts.push(Buffer.from(rec(i, '长'.repeat(100_000)) + '\n'));
      else if (i === 250) parts.push(Buffer.from('{"recordType":"case","subject":"'), Buffer.from([0xd5, 0xc5]), Buffer.from('"}\n'));
      else if (i === 320) parts.push(Buffer.from(rec(i, '替换符 \uFFFD') + '\n'));
      else parts.push(Buffer.from(rec(i) + '\n'));
    }
    const bytes = Buffer.concat(parts);
    expect(bytes.length).toBeGreaterThan(400_000);
    const summary = async (size: number) => {
      async function* chunks() { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); }
      const out: unknown[] = [];
      for await (const item of readNdjsonBatch(chunks())) {
        if (item.kind === 'record') out.push([(item.value as { id: string }).id, item.index, item.position.line, (item.value as { subject: string }).subject.length]);
        else if (item.kind === 'issue') out.push([item.issue.code, item.issue.line]);
      }
      return out;
    };
    const whole = await summary(bytes.length);
    expect(whole).toHaveLength(400);
    expect(whole[100]).toEqual(['C100', 100, 102, 100_000]);
    expect(whole[250]).toEqual(['parse.encoding', 252]);
    expect(whole[320]).toEqual(['C320', 319, 322, 5]);
    expect(whole.at(-1)).toEqual(['C399', 398, 401, 2]);
    for (const size of [1 << 20, 100_000, 4096]) expect(await summary(size), `chunks of ${size}`).toEqual(whole);
  });

  it('is detected from its content when the name says nothing', () => {
    expect(detectFormat('batch.dat', Buffer.from(text))).toBe('ndjson');
    expect(detectFormat('batch.dat', Buffer.from(JSON.stringify({ header: HEADER, records: [] }, null, 2)))).toBe('json');
    expect(detectFormat(undefined, Buffer.from('<?xml version="1.0"?><batch/>'))).toBe('xml');
    expect(detectFormat('x.bin', Buffer.from('PK\u0003\u0004'))).toBeUndefined();
  });
});
