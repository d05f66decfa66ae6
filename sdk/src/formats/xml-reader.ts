import type { BatchItem, ReadOptions } from './types.js';
import { makeIssue } from '../xml/element-mapper.js';
import { XmlBatchScanner } from '../xml/scanner.js';

export interface XmlReadOptions extends ReadOptions {
  /** File name put in issues. */
  file?: string;
  /** Give each record its bytes in `raw`, for XSD validation (default true). */
  raw?: boolean;
}

type Decoding = 'UTF-8' | 'GB18030';

/** Declared encodings that are read, by upper-cased name (FSJC-XML-007). */
const ENCODINGS: Record<string, Decoding> = {
  'UTF-8': 'UTF-8',
  UTF8: 'UTF-8',
  'US-ASCII': 'UTF-8',
  ASCII: 'UTF-8',
  // GBK and GB2312 are subsets of GB18030; WHATWG decodes all three with one decoder
  GB18030: 'GB18030',
  GBK: 'GB18030',
  GB2312: 'GB18030',
};

const PROGRESS_STEP = 4 << 20;
const SNIFF_LIMIT = 1024;
const PIECE = 16 << 10;

/**
 * Reads an XML batch as a stream (FSJC-XML-002): only the record being read is held, so a file
 * of any size is read with flat memory. Yields the header (wherever it is, with the number of
 * records before it), each record with its line, the line of each of its elements (`lines`, by
 * JSON pointer relative to the record) and its bytes (`raw`: UTF-8, the namespace declared on
 * the element so that it can be XSD-validated alone; `lines` and `raw` are computed when first
 * read), the reader's findings, and `end`.
 *
 * Encoding (FSJC-XML-007): UTF-8 by default, with or without BOM; GB18030, GBK and GB2312 when
 * the XML declaration names them. Bytes that do not decode stop the reading with
 * `parse.encoding` and their line (a common fault: GBK bytes declared as UTF-8). A DOCTYPE
 * anywhere stops it with `xml.dtdForbidden` (FSJC-XML-008); malformed XML with `parse.xml`.
 * Everything before a fatal finding is still delivered.
 */
export async function* readXmlBatch(source: AsyncIterable<Uint8Array>, opts: XmlReadOptions = {}): AsyncGenerator<BatchItem> {
  for await (const items of readXmlChunks(source, opts)) yield* items;
}

/** As readXmlBatch, but the items found in each piece of input come together, to save a wait per item. */
export async function* readXmlChunks(source: AsyncIterable<Uint8Array>, opts: XmlReadOptions = {}): AsyncGenerator<BatchItem[]> {
  const scanner = new XmlBatchScanner({ raw: opts.raw, file: opts.file, decoded: true });
  let total = 0;
  let reported = 0;
  let head: Uint8Array | undefined;
  let decode: ((chunk: Uint8Array, last: boolean) => void) | undefined;

  const fatal = (code: string, line: number, params: Record<string, string>) => scanner.fatal(code, line, params);

  // Chooses the decoding from the first bytes (byte order mark, XML declaration).
  const begin = (bytes: Uint8Array): ((chunk: Uint8Array, last: boolean) => void) | undefined => {
    let skip = 0;
    let bom: Decoding | undefined;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      skip = 3;
      bom = 'UTF-8';
    } else if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
      fatal('parse.encoding', 1, { encoding: 'UTF-16' });
      return undefined;
    }
    const declared = declaredEncoding(bytes.subarray(skip, skip + SNIFF_LIMIT));
    let decoding: Decoding = bom ?? 'UTF-8';
    let name = declared ?? 'UTF-8';
    if (declared !== undefined) {
      const known = ENCODINGS[declared.toUpperCase()];
      if (!known) {
        fatal('parse.encoding', 1, { encoding: declared });
        return undefined;
      }
      if (bom && known !== bom) {
        // the byte order mark wins (XML 1.0, appendix F)
        scanner.items.push({ kind: 'issue', issue: makeIssue('xml.encodingMismatch', 1, undefined, { file: opts.file }, { declared, detected: bom }) });
        name = bom;
      } else decoding = known;
    }
    return decoding === 'UTF-8' ? utf8Decoder(scanner, skip, name) : gbDecoder(scanner, name);
  };

  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    total += chunk.length;
    let bytes = chunk;
    if (!decode) {
      // wait until the XML declaration can be read
      head = head ? concat(head, chunk) : chunk;
      if (head.length < SNIFF_LIMIT && !declarationComplete(head)) continue;
      decode = begin(head);
      bytes = head;
      head = undefined;
    }
    // small pieces, each drained before the next: records die young, which the GC likes
    for (let k = 0; decode && k < bytes.length && !scanner.stopped; k += PIECE) {
      decode(bytes.subarray(k, k + PIECE), false);
      const items = take(scanner);
      if (items.length) yield items;
    }
    const items = take(scanner);
    if (items.length) yield items;
    if (scanner.stopped) break;
    if (opts.onProgress && total - reported >= PROGRESS_STEP) {
      reported = total;
      opts.onProgress(total);
    }
  }
  if (!scanner.stopped) {
    if (!decode) {
      const bytes = head ?? new Uint8Array(0);
      decode = begin(bytes);
      decode?.(bytes, true);
    } else {
      decode(new Uint8Array(0), true);
    }
    scanner.finish();
  }
  const rest = take(scanner);
  opts.onProgress?.(total);
  yield [...rest, { kind: 'end', bytes: total, records: scanner.records }];
}

function take(scanner: XmlBatchScanner): BatchItem[] {
  const items = scanner.items;
  if (items.length) scanner.items = [];
  return items.length ? items : NONE;
}
const NONE: BatchItem[] = [];

const EMPTY = new Uint8Array(0);

/**
 * UTF-8 in pieces, with the platform's streaming decoder (its fastest path). The incomplete
 * character at the end of each piece is remembered too, so that an invalid byte can be located
 * exactly: the text before it is still read, then `parse.encoding` gives its line.
 */
function utf8Decoder(scanner: XmlBatchScanner, skip: number, name: string) {
  const dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let tail = EMPTY;
  let first = true;
  return (chunk: Uint8Array, last: boolean): void => {
    if (first && skip) chunk = chunk.subarray(skip);
    first = false;
    let text: string;
    try {
      text = dec.decode(chunk, { stream: !last });
    } catch {
      const bytes = tail.length ? concat(tail, chunk) : chunk;
      const bad = firstInvalidUtf8(bytes);
      scanner.pushText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad)));
      if (!scanner.stopped) scanner.fatal('parse.encoding', scanner.lineAtEnd(), { encoding: name });
      return;
    }
    const src = chunk.length >= 4 || tail.length === 0 ? chunk : concat(tail, chunk);
    const end = completeUtf8(src);
    tail = end < src.length ? src.slice(end) : EMPTY;
    scanner.pushText(text);
  };
}

function gbDecoder(scanner: XmlBatchScanner, name: string) {
  const dec = new TextDecoder('gb18030', { fatal: true });
  return (chunk: Uint8Array, last: boolean): void => {
    let text: string;
    try {
      text = dec.decode(chunk, { stream: !last });
    } catch {
      // locate the first undecodable byte by decoding again leniently
      const lenient = new TextDecoder('gb18030').decode(chunk);
      const bad = lenient.indexOf('\ufffd');
      scanner.pushText(lenient.slice(0, Math.max(0, bad)));
      if (!scanner.stopped) scanner.fatal('parse.encoding', scanner.lineAtEnd(), { encoding: name });
      return;
    }
    scanner.pushText(text);
  };
}

/** Length of the prefix that ends on a character boundary (a split character is left out). */
function completeUtf8(b: Uint8Array): number {
  const n = b.length;
  let k = n - 1;
  let back = 0;
  while (k >= 0 && back < 3 && (b[k] & 0xc0) === 0x80) { k--; back++; }
  if (k < 0) return n;
  const c = b[k];
  const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  return k + len > n ? k : n;
}

/** Offset of the first byte that is not valid UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = c & (0x7f >> (need + 1));
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Whether the bytes hold the whole XML declaration, or show there is none. */
function declarationComplete(b: Uint8Array): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  if (b.length - i < 5) return false;
  const isDecl = b[i] === 0x3c && b[i + 1] === 0x3f && b[i + 2] === 0x78 && b[i + 3] === 0x6d && b[i + 4] === 0x6c;
  if (!isDecl) return true;
  for (let k = i + 5; k + 1 < b.length; k++) if (b[k] === 0x3f && b[k + 1] === 0x3e) return true;
  return false;
}

/** The encoding named in the XML declaration at the start of the bytes, if any. */
function declaredEncoding(b: Uint8Array): string | undefined {
  let s = '';
  for (let i = 0; i < b.length && i < SNIFF_LIMIT; i++) {
    const c = b[i];
    s += String.fromCharCode(c);
    if (c === 0x3e) break;
  }
  if (!/^<\?xml\s/.test(s)) return undefined;
  return /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(s)?.[2];
}
