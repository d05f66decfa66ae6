import { isUtf8 } from 'node:buffer';
import type { BatchItem, ReadOptions } from './types.js';
import { newIssue } from '../validation/codes.js';
import type { Issue } from '../validation/issue.js';
import { countLines } from './lines.js';

const WS = new Uint8Array(256);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;
const QUOTE = 0x22, BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b, CLOSE_OBJ = 0x7d, OPEN_ARR = 0x5b, CLOSE_ARR = 0x5d, COMMA = 0x2c, COLON = 0x3a;

const readerIssue = newIssue;

/** Thrown inside the reader to stop at a syntax error; turned into a finding. */
class Stop extends Error {
  constructor(readonly issue: Issue | undefined) { super(issue?.code ?? 'stop'); }
}

/** Signals that the buffer ends before the next token: read more and resume. */
const NEED_MORE = Symbol('need more');
/** Most records in one run. */
const RUN = 64;

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

type State = 'start' | 'member' | 'afterMember' | 'colon' | 'value' | 'records' | 'afterRecord' | 'done';

/**
 * Reads a JSON batch `{ "header": {...}, "records": [ ... ] }` as a stream (FSJC-ENV-002): the
 * bytes are scanned for the extent of each record, which alone is decoded and parsed, so memory
 * stays flat whatever the file size (FSJC-VAL-004). Each chunk is drained synchronously; the
 * reader only waits when it needs more bytes.
 */
export async function* readJsonBatch(source: AsyncIterable<Uint8Array>, opts: ReadOptions = {}): AsyncGenerator<BatchItem> {
  for await (const items of readJsonChunks(source, opts)) yield* items;
}

/** As readJsonBatch, but the items of each input chunk come together, to save a wait per item. */
export async function* readJsonChunks(source: AsyncIterable<Uint8Array>, opts: ReadOptions = {}): AsyncGenerator<BatchItem[]> {
  const it = source[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let eof = false;
  let base = 0; // file offset of buf[0]
  let line = 1; // line number at buf[lineAt]
  let lineAt = 0;
  let recordIndex = 0;
  let sawRecords = false;
  let sawHeader = false;
  let state: State = 'start';
  let key = '';
  let firstMember = true;
  let firstItem = true;

  const lineOf = (i: number) => { line += countLines(buf, lineAt, i); lineAt = i; return line; };
  const fail = (message: string, i = pos): never => {
    throw new Stop(readerIssue('parse.json', { message }, { line: lineOf(Math.min(i, buf.length)) }));
  };
  const skipWs = () => { while (pos < buf.length && WS[buf[pos]]) pos++; };
  /** The next significant byte, or NEED_MORE at the end of the buffer (-1 at end of file). */
  const peek = (): number | typeof NEED_MORE => {
    skipWs();
    if (pos < buf.length) return buf[pos];
    return eof ? -1 : NEED_MORE;
  };
  const stringEnd = (i: number): number => {
    let q = i;
    for (;;) {
      q = buf.indexOf(QUOTE, q + 1);
      if (q === -1) return -1;
      let k = 0;
      while (buf[q - 1 - k] === BACKSLASH) k++;
      if ((k & 1) === 0) return q + 1;
    }
  };
  const valueEnd = (i: number): number => {
    const c = buf[i];
    if (c === QUOTE) return stringEnd(i);
    if (c !== OPEN_OBJ && c !== OPEN_ARR) {
      let j = i;
      while (j < buf.length) {
        const b = buf[j];
        if (b === COMMA || b === CLOSE_OBJ || b === CLOSE_ARR || WS[b]) return j;
        j++;
      }
      return eof ? j : -1;
    }
    let depth = 0;
    let j = i;
    const n = buf.length;
    while (j < n) {
      const b = buf[j];
      if (b === QUOTE) {
        const e = stringEnd(j);
        if (e === -1) return -1;
        j = e;
        continue;
      }
      if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
      else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
        if (--depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  };
  /** Parses the complete value at pos, or returns NEED_MORE. */
  const value = (): { value: unknown; line: number; offset: number } | typeof NEED_MORE => {
    skipWs();
    if (pos >= buf.length) { if (eof) fail('unexpected end of file'); return NEED_MORE; }
    const end = valueEnd(pos);
    if (end === -1) { if (eof) fail('unexpected end of file'); return NEED_MORE; }
    const startLine = lineOf(pos);
    const text = buf.toString('utf8', pos, end);
    // decoding replaces bad bytes with U+FFFD: only then is the slice checked byte by byte
    if (text.includes('\uFFFD') && !isUtf8(buf.subarray(pos, end))) throw new Stop(readerIssue('parse.encoding', { encoding: 'UTF-8' }, { line: startLine }));
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      // point at the fault itself, not at the start of the value
      const at = /position (\d+)/.exec((e as Error).message);
      throw new Stop(readerIssue('parse.json', { message: (e as Error).message }, { line: at ? startLine + countNewlines(text, Number(at[1])) : startLine }));
    }
    const offset = base + pos;
    pos = end;
    return { value: parsed, line: startLine, offset };
  };

  /**
   * Parses as far as the buffer allows, pushing items; returns true when it stopped at RUN records
   * with more to come (a few records at a time: each is checked soon after it is parsed, so few
   * records are alive when the young generation is collected).
   */
  const drain = (out: BatchItem[]): boolean | void => {
    for (;;) {
      switch (state) {
        case 'start': {
          if (pos === 0 && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
          const c = peek();
          if (c === NEED_MORE) return;
          if (c === -1) fail('empty file');
          if (c !== OPEN_OBJ) {
            out.push({ kind: 'issue', issue: readerIssue('envelope.notBatch', { found: c === OPEN_ARR ? 'array' : 'value' }, { line: lineOf(pos), pointer: '' }) });
            state = 'done';
            throw new Stop(undefined); // stop without a further finding
          }
          pos++;
          state = 'member';
          break;
        }
        case 'member': {
          const c = peek();
          if (c === NEED_MORE) return;
          if (c === CLOSE_OBJ) { pos++; state = 'done'; break; }
          if (!firstMember) {
            if (c !== COMMA) fail('expected , or }');
            pos++;
            firstMember = true; // the comma is consumed; next comes the name
            break;
          }
          if (c !== QUOTE) fail('expected a member name');
          const v = value();
          if (v === NEED_MORE) return;
          key = v.value as string;
          state = 'colon';
          break;
        }
        case 'colon': {
          const c = peek();
          if (c === NEED_MORE) return;
          if (c !== COLON) fail('expected :');
          pos++;
          state = 'value';
          break;
        }
        case 'value': {
          const c = peek();
          if (c === NEED_MORE) return;
          if (key === 'records' && c === OPEN_ARR) {
            sawRecords = true;
            pos++;
            firstItem = true;
            state = 'records';
            break;
          }
          const v = value();
          if (v === NEED_MORE) return;
          if (key === 'records') {
            sawRecords = true;
            out.push({ kind: 'issue', issue: readerIssue('schema.type', { expected: 'array' }, { line: v.line, pointer: '/records' }) });
          } else if (key === 'header' && !sawHeader) {
            sawHeader = true;
            out.push({ kind: 'header', value: v.value, position: { line: v.line, offset: v.offset }, recordsBefore: recordIndex });
          } else {
            out.push({ kind: 'issue', issue: readerIssue('schema.unknownField', { field: key }, { line: v.line, pointer: `/${key}` }) });
          }
          firstMember = false;
          state = 'member';
          break;
        }
        case 'records': {
          const c = peek();
          if (c === NEED_MORE) return;
          if (c === CLOSE_ARR) { pos++; firstMember = false; state = 'member'; break; }
          if (!firstItem) {
            if (c !== COMMA) fail('expected , or ]');
            pos++;
            firstItem = true;
            break;
          }
          const v = value();
          if (v === NEED_MORE) return;
          out.push({ kind: 'record', value: v.value, index: recordIndex++, position: { line: v.line, offset: v.offset } });
          firstItem = false;
          if (out.length >= RUN) return true;
          break;
        }
        case 'done': {
          const c = peek();
          if (c === NEED_MORE) return;
          if (c !== -1) fail('unexpected data after the batch');
          return;
        }
      }
    }
  };

  let out: BatchItem[] = [];
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) eof = true;
      else {
        const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
        line += countLines(buf, lineAt, pos);
        base += pos;
        buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), chunk]) : chunk;
        pos = 0;
        lineAt = 0;
      }
      while (drain(out)) { yield out; out = []; }
      if (out.length) { yield out; out = []; }
      opts.onProgress?.(base + pos);
      if (eof) break;
    }
    if ((state as State) !== 'done') fail('unexpected end of file');
    if (!sawRecords) out.push({ kind: 'issue', issue: readerIssue('schema.required', { field: 'records' }, { pointer: '/records' }) });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.issue) out.push({ kind: 'issue', issue: e.issue });
  }
  out.push({ kind: 'end', bytes: base + buf.length, records: recordIndex });
  yield out;
}
