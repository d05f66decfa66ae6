import { isUtf8 } from 'node:buffer';
import type { BatchItem, ReadOptions } from './types.js';
import { readerIssue } from './json-reader.js';

/**
 * Reads an NDJSON batch (FSJC-ENV-002): the first line is `{"header": {...}}`, then one record
 * per line. A bad line is reported with its number and reading goes on with the next, so one
 * broken line costs one finding.
 */
export async function* readNdjsonBatch(source: AsyncIterable<Uint8Array>, opts: ReadOptions = {}): AsyncGenerator<BatchItem> {
  for await (const items of readNdjsonChunks(source, opts)) yield* items;
}

/** As readNdjsonBatch, but the items of each input chunk come together, to save a wait per item. */
export async function* readNdjsonChunks(source: AsyncIterable<Uint8Array>, opts: ReadOptions = {}): AsyncGenerator<BatchItem[]> {
  let carry: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let bytes = 0;
  let recordIndex = 0;
  let headerSeen = false;

  function line(raw: Buffer, out: BatchItem[]): void {
    lineNo++;
    let end = raw.length;
    if (end > 0 && raw[end - 1] === 0x0d) end--;
    let start = 0;
    if (lineNo === 1 && raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) start = 3;
    let blank = true;
    for (let i = start; i < end; i++) { const b = raw[i]; if (b !== 0x20 && b !== 0x09) { blank = false; break; } }
    if (blank) return;
    const text = raw.toString('utf8', start, end);
    // decoding replaces bad bytes with U+FFFD: only then is the line checked byte by byte
    if (text.includes('\uFFFD') && !isUtf8(raw.subarray(start, end))) {
      out.push({ kind: 'issue', issue: readerIssue('parse.encoding', { encoding: 'UTF-8' }, { line: lineNo }) });
      return;
    }
    let value: any;
    try {
      value = JSON.parse(text);
    } catch (e) {
      out.push({ kind: 'issue', issue: readerIssue('parse.ndjson', { message: (e as Error).message }, { line: lineNo }) });
      return;
    }
    const isHeader = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && 'header' in value;
    if (isHeader && !headerSeen) {
      headerSeen = true;
      out.push({ kind: 'header', value: value.header, position: { line: lineNo }, recordsBefore: recordIndex });
    } else {
      out.push({ kind: 'record', value, index: recordIndex++, position: { line: lineNo } });
    }
  }

  for await (const chunk of source) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    bytes += chunk.length;
    const out: BatchItem[] = [];
    let start = 0;
    let nl = buf.indexOf(0x0a, start);
    while (nl !== -1) {
      line(buf.subarray(start, nl), out);
      start = nl + 1;
      nl = buf.indexOf(0x0a, start);
    }
    carry = buf.subarray(start);
    if (out.length) yield out;
    opts.onProgress?.(bytes);
  }
  const out: BatchItem[] = [];
  if (carry.length) line(carry, out);
  out.push({ kind: 'end', bytes, records: recordIndex });
  yield out;
}
