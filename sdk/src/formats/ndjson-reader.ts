import { isUtf8 } from 'node:buffer';
import type { BatchItem, ReadOptions } from './types.js';
import { newIssue as readerIssue } from '../validation/codes.js';

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

  /** One line as bytes: the slow path, for a segment that holds bytes that are not UTF-8. */
  function lineBytes(raw: Buffer, out: BatchItem[]): void {
    let end = raw.length;
    if (end > 0 && raw[end - 1] === 0x0d) end--;
    let start = 0;
    if (lineNo === 0 && raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) start = 3;
    if (!isUtf8(raw.subarray(start, end))) {
      lineNo++;
      out.push({ kind: 'issue', issue: readerIssue('parse.encoding', { encoding: 'UTF-8' }, { line: lineNo }) });
      return;
    }
    line(raw.toString('utf8', start, end), out);
  }

  function line(text: string, out: BatchItem[]): void {
    lineNo++;
    if (text.length && text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (blank(text)) return;
    let value: any;
    try {
      value = JSON.parse(text);
    } catch (e) {
      out.push({ kind: 'issue', issue: readerIssue('parse.ndjson', { message: (e as Error).message }, { line: lineNo }) });
      return;
    }
    const isHeader = value !== null && typeof value === 'object' && 'header' in value && !Array.isArray(value) && Object.keys(value).length === 1;
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
    const last = buf.lastIndexOf(0x0a);
    // complete lines, decoded a piece at a time (a line feed never falls inside a UTF-8
    // sequence) and split as text: pieces of about 64 KB decode faster than whole chunks
    for (let from = 0; from <= last; ) {
      let to = last;
      if (last - from > PIECE) {
        to = buf.lastIndexOf(0x0a, from + PIECE);
        // a line longer than a piece
        if (to < from) to = buf.indexOf(0x0a, from + PIECE);
      }
      const text = buf.toString('utf8', from, to + 1);
      if (text.includes('\uFFFD')) {
        // a replacement character: either written as such or a bad byte; the bytes decide, line by line
        const out: BatchItem[] = [];
        let start = from;
        for (let nl = buf.indexOf(0x0a, start); nl !== -1 && nl <= to; nl = buf.indexOf(0x0a, start)) {
          lineBytes(buf.subarray(start, nl), out);
          start = nl + 1;
        }
        if (out.length) yield out;
      } else {
        // a few lines at a time: each record is checked soon after it is parsed, so few records
        // are alive when the young generation is collected (the copying is what collection costs)
        let start = 0;
        while (start < text.length) {
          const out: BatchItem[] = [];
          for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
            line(text.slice(start, nl), out);
            start = nl + 1;
            if (out.length === RUN) break;
          }
          if (out.length) yield out;
        }
      }
      from = to + 1;
    }
    carry = buf.subarray(last + 1);
    opts.onProgress?.(bytes);
  }
  const out: BatchItem[] = [];
  if (carry.length) lineBytes(carry, out);
  out.push({ kind: 'end', bytes, records: recordIndex });
  yield out;
}

/** Most items in one run. */
const RUN = 64;
/** Bytes decoded at once, about: decoding stays in the processor's cache. */
const PIECE = 64 << 10;

/** Whether a line holds only spaces and tabs (without copying it, as trim() would). */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
