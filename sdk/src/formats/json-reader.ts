import { isUtf8 } from 'node:buffer';
import type { BatchItem, ReadOptions } from './types.js';
import { codeInfo } from '../validation/codes.js';
import type { Issue } from '../validation/issue.js';
import { countLines } from './lines.js';

const WS = new Uint8Array(256);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;
const QUOTE = 0x22, BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b, CLOSE_OBJ = 0x7d, OPEN_ARR = 0x5b, CLOSE_ARR = 0x5d, COMMA = 0x2c, COLON = 0x3a;

export function readerIssue(code: string, params: Record<string, string | number>, at: { line?: number; column?: number; pointer?: string; recordIndex?: number }): Issue {
  const info = codeInfo(code)!;
  return { code, severity: info.severity, requirement: info.requirement, params, ...at };
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Thrown inside the reader to stop at a syntax error; turned into a `parse.json` finding. */
class Stop extends Error {
  constructor(readonly issue: Issue) { super(issue.code); }
}

/**
 * Reads a JSON batch `{ "header": {...}, "records": [ ... ] }` as a stream (FSJC-ENV-002): the
 * bytes are scanned for the extent of each record, which alone is decoded and parsed, so memory
 * stays flat whatever the file size (FSJC-VAL-004).
 */
export async function* readJsonBatch(source: AsyncIterable<Uint8Array>, opts: ReadOptions = {}): AsyncGenerator<BatchItem> {
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

  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const r = await it.next();
    if (r.done) { eof = true; return false; }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    // keep only the unconsumed tail
    line += countLines(buf, lineAt, pos);
    base += pos;
    buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), chunk]) : chunk;
    pos = 0;
    lineAt = 0;
    opts.onProgress?.(base);
    return true;
  };
  const lineOf = (i: number) => { line += countLines(buf, lineAt, i); lineAt = i; return line; };
  const fail = (message: string, i = pos): never => {
    throw new Stop(readerIssue('parse.json', { message }, { line: lineOf(Math.min(i, buf.length)) }));
  };
  const skipWs = async () => {
    for (;;) {
      while (pos < buf.length && WS[buf[pos]]) pos++;
      if (pos < buf.length || !(await more())) return;
    }
  };
  const peek = async (): Promise<number> => {
    await skipWs();
    return pos < buf.length ? buf[pos] : -1;
  };
  const expect = async (byte: number, what: string) => {
    if ((await peek()) !== byte) fail(`expected ${what}`);
    pos++;
  };
  /** End (exclusive) of the string starting at buf[i] === '"', or -1 if the buffer ends first. */
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
  /** End (exclusive) of the value starting at buf[i], or -1 if incomplete. */
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
    while (j < buf.length) {
      const b = buf[j];
      if (b === QUOTE) {
        const e = stringEnd(j);
        if (e === -1) return -1;
        j = e;
        continue;
      }
      if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
      else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  };
  /** Reads one complete JSON value at pos and parses it. */
  const readValue = async (): Promise<{ value: unknown; line: number; offset: number }> => {
    await skipWs();
    for (;;) {
      if (pos >= buf.length) fail('unexpected end of file');
      const end = valueEnd(pos);
      if (end !== -1) {
        const startLine = lineOf(pos);
        const slice = buf.subarray(pos, end);
        if (!isUtf8(slice)) {
          throw new Stop(readerIssue('parse.encoding', { encoding: 'UTF-8' }, { line: startLine }));
        }
        let value: unknown;
        const text = slice.toString('utf8');
        try {
          value = JSON.parse(text);
        } catch (e) {
          // point at the fault itself, not at the start of the record
          const at = /position (\d+)/.exec((e as Error).message);
          const faultLine = at ? startLine + countNewlines(text, Number(at[1])) : startLine;
          throw new Stop(readerIssue('parse.json', { message: (e as Error).message }, { line: faultLine }));
        }
        const offset = base + pos;
        pos = end;
        return { value, line: startLine, offset };
      }
      if (!(await more())) fail('unexpected end of file');
    }
  };

  try {
    await more();
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    const first = await peek();
    if (first === -1) fail('empty file');
    if (first !== OPEN_OBJ) {
      yield { kind: 'issue', issue: readerIssue('envelope.notBatch', { found: first === OPEN_ARR ? 'array' : 'value' }, { line: lineOf(pos), pointer: '' }) };
      return;
    }
    pos++;
    let firstMember = true;
    for (;;) {
      let c = await peek();
      if (c === CLOSE_OBJ) { pos++; break; }
      if (!firstMember) {
        if (c !== COMMA) fail('expected , or }');
        pos++;
        c = await peek();
      }
      firstMember = false;
      if (c !== QUOTE) fail('expected a member name');
      const key = (await readValue()).value as string;
      await expect(COLON, ':');
      if (key === 'records') {
        sawRecords = true;
        if ((await peek()) !== OPEN_ARR) {
          const v = await readValue();
          yield { kind: 'issue', issue: readerIssue('schema.type', { expected: 'array' }, { line: v.line, pointer: '/records' }) };
          continue;
        }
        pos++;
        let firstItem = true;
        for (;;) {
          let d = await peek();
          if (d === CLOSE_ARR) { pos++; break; }
          if (!firstItem) {
            if (d !== COMMA) fail('expected , or ]');
            pos++;
            d = await peek();
          }
          firstItem = false;
          const v = await readValue();
          yield { kind: 'record', value: v.value, index: recordIndex++, position: { line: v.line, offset: v.offset } };
        }
      } else {
        const v = await readValue();
        if (key === 'header' && !sawHeader) {
          sawHeader = true;
          yield { kind: 'header', value: v.value, position: { line: v.line, offset: v.offset }, recordsBefore: recordIndex };
        } else {
          yield { kind: 'issue', issue: readerIssue('schema.unknownField', { field: key }, { line: v.line, pointer: `/${key}` }) };
        }
      }
    }
    if ((await peek()) !== -1) fail('unexpected data after the batch');
    if (!sawRecords) yield { kind: 'issue', issue: readerIssue('schema.required', { field: 'records' }, { pointer: '/records' }) };
    yield { kind: 'end', bytes: base + buf.length, records: recordIndex };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    yield { kind: 'issue', issue: e.issue };
    yield { kind: 'end', bytes: base + buf.length, records: recordIndex };
  }
}
