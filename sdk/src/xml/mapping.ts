/**
 * The JSON ↔ XML mapping of FSJC batches ("XML of equal standing"), driven by the JSON Schemas.
 * The rules, with their requirement IDs (docs/xml-mapping.md):
 *
 * - FSJC-XML-001  one namespace per major version: `https://fsjc.org.cn/ns/v1`.
 * - FSJC-XML-002  root `<batch>` with `<header>` then `<records>`; an object property is a child
 *                 element of the same name, written in the schema's property order, read in any
 *                 order; each record is an element named by its recordType; no attributes
 *                 (namespace declarations and xsi:* aside, which readers ignore).
 * - FSJC-XML-003  an array is a wrapper element named after the property holding one `<item>`
 *                 per entry; an empty array is an empty wrapper, so empty and absent differ.
 * - FSJC-XML-004  `recordType` is not written as a child; it is restored from the element name.
 * - FSJC-XML-005  string: the text exactly (`&`, `<`, `>` escaped, CR written as `&#13;`);
 *                 integer: canonical decimal (read: XSD integer form); boolean: true/false (read
 *                 also 1/0). Characters XML 1.0 cannot carry are refused.
 * - FSJC-XML-009  JSON → XML → JSON gives back the same value.
 *
 * Writing throws XmlMappingError for what XML cannot carry; reading never throws and returns
 * Issue objects instead (codes xml.*, parse.xml, parse.encoding, xml.dtdForbidden).
 */
import type { Issue } from '../validation/issue.js';
import type { BatchItem } from '../formats/types.js';
import { ITEM_ELEMENT, XML_NAMESPACE_V1 } from './constants.js';
import { encodeGb } from './gb18030.js';
import { NOT_XML_CHAR } from './parser.js';
import { XmlBatchScanner } from './scanner.js';
import { getXmlModel, type XmlModel, type XmlNode } from './schema-model.js';

export { XML_NAMESPACE_V1, ITEM_ELEMENT } from './constants.js';
export { xmlElementToRecord, xmlElementToHeader, parseXmlInteger, parseXmlBoolean } from './element-mapper.js';
export type { ElementContext, ElementResult } from './element-mapper.js';

/** A value that XML cannot carry (null, NaN, a character outside XML 1.0, a bad name). */
export class XmlMappingError extends Error {
  constructor(message: string, readonly pointer: string) {
    super(pointer ? `${message} at ${pointer}` : message);
    this.name = 'XmlMappingError';
  }
}

export type XmlOutputEncoding = 'UTF-8' | 'GB18030' | 'GBK';

export interface RecordXmlOptions {
  /** Indent with two spaces, one element per line (default false). */
  pretty?: boolean;
  /** Declare the namespace on the element so that it stands alone (default true). */
  namespace?: boolean;
  model?: XmlModel;
}

export interface BatchXmlOptions {
  /**
   * The encoding to write. Without it the result is a string (declared UTF-8); with it, the
   * encoded bytes. GBK output writes characters outside GBK as character references.
   */
  encoding?: XmlOutputEncoding;
  pretty?: boolean;
  model?: XmlModel;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ESCAPE = /[&<>\r]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

function escapeText(s: string, pointer: string): string {
  const bad = NOT_XML_CHAR.exec(s);
  if (bad) {
    const cp = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new XmlMappingError(`character U+${cp} cannot be written in XML 1.0`, pointer);
  }
  return ESCAPE.test(s) ? s.replace(/[&<>\r]/g, (c) => ESCAPES[c]) : s;
}

function integerText(v: number, pointer: string): string {
  if (!Number.isFinite(v)) throw new XmlMappingError(`${v} cannot be written in XML`, pointer);
  if (!Number.isInteger(v)) return String(v);
  if (Object.is(v, -0)) return '0';
  // canonical decimal, never exponent notation
  return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
}

const INDENTS: string[] = [''];
function indent(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push('  '.repeat(INDENTS.length));
  return INDENTS[depth];
}

class Writer {
  out = '';
  constructor(private readonly pretty: boolean) {}

  private nl(depth: number): void {
    if (this.pretty) this.out += `\n${indent(depth)}`;
  }

  element(name: string, value: unknown, node: XmlNode | undefined, depth: number, pointer: string, attrs = '', skipKey?: string): void {
    if (value === undefined) return;
    if (value === null) throw new XmlMappingError('null cannot be written in XML; leave the property out', pointer);
    if (Array.isArray(value)) {
      if (value.length === 0) {
        this.out += `<${name}${attrs}/>`;
        return;
      }
      this.out += `<${name}${attrs}>`;
      const itemNode = node?.kind === 'array' ? node.items : undefined;
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (v === undefined) throw new XmlMappingError('an array entry is missing', `${pointer}/${i}`);
        this.nl(depth + 1);
        this.element(ITEM_ELEMENT, v, itemNode, depth + 1, `${pointer}/${i}`);
      }
      this.nl(depth);
      this.out += `</${name}>`;
      return;
    }
    if (typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const props = node?.kind === 'object' ? node.props! : undefined;
      // the schema's properties in its order, then those it does not know, so that the XML form
      // shows them to its validator (reading them back reports xml.unknownElement)
      const keys: string[] = [];
      if (props) for (const k of props.keys()) if (Object.hasOwn(obj, k) && obj[k] !== undefined) keys.push(k);
      for (const k of Object.keys(obj)) {
        if (k === skipKey || (props && props.has(k)) || obj[k] === undefined) continue;
        if (!NCNAME.test(k)) throw new XmlMappingError(`property name "${k}" cannot be an XML element name`, pointer);
        keys.push(k);
      }
      if (keys.length === 0) {
        this.out += `<${name}${attrs}/>`;
        return;
      }
      this.out += `<${name}${attrs}>`;
      for (const k of keys) {
        this.nl(depth + 1);
        this.element(k, obj[k], props?.get(k), depth + 1, `${pointer}/${k}`);
      }
      this.nl(depth);
      this.out += `</${name}>`;
      return;
    }
    let text: string;
    switch (typeof value) {
      case 'string':
        text = escapeText(value, pointer);
        break;
      case 'number':
        text = integerText(value, pointer);
        break;
      case 'boolean':
        text = value ? 'true' : 'false';
        break;
      case 'bigint':
        text = value.toString();
        break;
      default:
        throw new XmlMappingError(`a ${typeof value} cannot be written in XML`, pointer);
    }
    this.out += `<${name}${attrs}>${text}</${name}>`;
  }

  record(record: unknown, model: XmlModel, depth: number, pointer: string, attrs: string): void {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new XmlMappingError('a record must be an object', pointer);
    }
    const type = (record as Record<string, unknown>).recordType;
    if (typeof type !== 'string' || !NCNAME.test(type)) {
      throw new XmlMappingError('recordType is missing or cannot be an element name', pointer);
    }
    this.element(type, record, model.records.get(type), depth, pointer, attrs, 'recordType');
  }
}

const NS_ATTR = ` xmlns="${XML_NAMESPACE_V1}"`;

/** The XML element of one record, named by its recordType (FSJC-XML-002, FSJC-XML-004). */
export function recordToXml(record: unknown, opts: RecordXmlOptions = {}): string {
  const w = new Writer(opts.pretty ?? false);
  w.record(record, opts.model ?? getXmlModel(), 0, '', opts.namespace === false ? '' : NS_ATTR);
  return w.out;
}

/** A whole batch as an XML document. */
export function batchToXml(batch: unknown, opts?: BatchXmlOptions & { encoding?: undefined }): string;
export function batchToXml(batch: unknown, opts: BatchXmlOptions & { encoding: XmlOutputEncoding }): Uint8Array;
export function batchToXml(batch: unknown, opts: BatchXmlOptions = {}): string | Uint8Array {
  if (batch === null || typeof batch !== 'object' || Array.isArray(batch)) throw new XmlMappingError('a batch must be an object', '');
  const model = opts.model ?? getXmlModel();
  const pretty = opts.pretty ?? false;
  const enc = opts.encoding ?? 'UTF-8';
  if (enc !== 'UTF-8' && enc !== 'GB18030' && enc !== 'GBK') throw new Error(`unsupported output encoding ${String(enc)}`);
  const b = batch as Record<string, unknown>;
  const w = new Writer(pretty);
  w.out = `<?xml version="1.0" encoding="${enc}"?>\n<batch${NS_ATTR}>`;
  if (b.header !== undefined) {
    if (pretty) w.out += '\n  ';
    w.element('header', b.header, model.header, 1, '/header');
  }
  if (b.records !== undefined) {
    if (!Array.isArray(b.records)) throw new XmlMappingError('records must be an array', '/records');
    if (pretty) w.out += '\n  ';
    if (b.records.length === 0) w.out += '<records/>';
    else {
      w.out += '<records>';
      b.records.forEach((r, i) => {
        if (pretty) w.out += `\n${indent(2)}`;
        w.record(r, model, 2, `/records/${i}`, '');
      });
      if (pretty) w.out += '\n  ';
      w.out += '</records>';
    }
  }
  for (const k of Object.keys(b)) {
    if (k === 'header' || k === 'records' || b[k] === undefined) continue;
    if (!NCNAME.test(k)) throw new XmlMappingError(`property name "${k}" cannot be an XML element name`, '');
    if (pretty) w.out += '\n  ';
    w.element(k, b[k], undefined, 1, `/${k}`);
  }
  if (pretty) w.out += '\n';
  w.out += '</batch>\n';
  if (opts.encoding === undefined) return w.out;
  return enc === 'UTF-8' ? new TextEncoder().encode(w.out) : encodeGb(w.out, enc);
}

export interface XmlToBatchResult {
  /** The JSON batch; header or records are absent when the document has none. */
  batch: { header?: unknown; records?: unknown[] };
  issues: Issue[];
}

/**
 * Reads a whole (small) document held in a string. It runs the same code as the streaming
 * reader, so both give the same findings; use readXmlBatch for files of any size. Record
 * elements that are not a known record type are reported and left out of `records`.
 */
export function xmlToBatch(text: string, opts: { file?: string; model?: XmlModel } = {}): XmlToBatchResult {
  const scanner = new XmlBatchScanner({ raw: false, file: opts.file, model: opts.model });
  scanner.pushText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  scanner.finish();
  const issues: Issue[] = [];
  const records: unknown[] = [];
  let header: unknown;
  for (const item of scanner.items as BatchItem[]) {
    if (item.kind === 'issue') issues.push(item.issue);
    else if (item.kind === 'header') header = item.value;
    else if (item.kind === 'record') records.push(item.value);
  }
  const batch: XmlToBatchResult['batch'] = {};
  if (header !== undefined) batch.header = header;
  if (scanner.seenRecords) batch.records = records;
  return { batch, issues };
}
