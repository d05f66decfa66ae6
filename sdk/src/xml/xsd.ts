/**
 * In-process XSD validation with libxml2 (WebAssembly): no network, no external tool. libxml2-wasm
 * is ESM with top-level await, so it is loaded with import() and the SDK's CommonJS build keeps
 * working. Documents are parsed without network access, without external entities and without
 * entity substitution; a DOCTYPE is refused before libxml2 sees it (FSJC-XML-008).
 */
import type { Issue } from '../validation/issue.js';
import { makeIssue } from './element-mapper.js';

export interface XsdValidator {
  /** Validates a whole document; each problem is an issue (`xml.schema`, or `parse.xml`). */
  validateDocument(bytes: Uint8Array): Issue[];
  /**
   * Validates one record element (e.g. a reader's `raw`, which declares its namespace); lines
   * are shifted by `lineOffset` (the record's line in its document minus one).
   */
  validateRecordElement(bytes: Uint8Array, lineOffset: number): Issue[];
  /** Frees libxml2's memory; the validator cannot be used afterwards. */
  dispose(): void;
}

type Lib = typeof import('libxml2-wasm');
let loading: Promise<Lib> | undefined;

function load(): Promise<Lib> {
  return (loading ??= import('libxml2-wasm'));
}

const DOCTYPE = Array.from('<!DOCTYPE', (c) => c.charCodeAt(0));

function hasDoctype(b: Uint8Array): number {
  for (let i = b.indexOf(0x3c); i !== -1; i = b.indexOf(0x3c, i + 1)) {
    let k = 1;
    while (k < DOCTYPE.length && b[i + k] === DOCTYPE[k]) k++;
    if (k === DOCTYPE.length) return i;
  }
  return -1;
}

function lineOf(b: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (b[i] === 0x0a) line++;
  return line;
}

const GB = /^(gb18030|gbk|gb2312)$/i;

/** libxml2 here reads UTF-8 only: a GB18030/GBK document is turned into UTF-8 first. */
function toUtf8(b: Uint8Array): Uint8Array {
  let head = '';
  for (let i = 0; i < b.length && i < 200 && b[i] !== 0x3e; i++) head += String.fromCharCode(b[i]);
  const m = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  if (!m || !GB.test(m[2])) return b;
  const text = new TextDecoder('gb18030').decode(b);
  return new TextEncoder().encode(text.replace(/^(<\?xml\s[^>]*?\bencoding\s*=\s*)(["'])[A-Za-z0-9._-]*\2/, '$1$2UTF-8$2'));
}

/** Creates a validator for the given XSD text (normally the generated schemas/v1/fsjc.xsd). */
export async function createXsdValidator(xsdText: string): Promise<XsdValidator> {
  const lx = await load();
  const P = lx.ParseOption;
  // no network, no external entities, no entity substitution (NOENT is never set)
  const option = P.XML_PARSE_NONET | P.XML_PARSE_NO_XXE | P.XML_PARSE_BIG_LINES | P.XML_PARSE_NO_SYS_CATALOG;
  const xsdDoc = lx.XmlDocument.fromString(xsdText, { option });
  let schema: InstanceType<Lib['XsdValidator']>;
  try {
    schema = lx.XsdValidator.fromDoc(xsdDoc);
  } catch (e) {
    xsdDoc.dispose();
    throw e;
  }
  let disposed = false;

  const details = (e: unknown): { message: string; line: number }[] | undefined => {
    if (e instanceof lx.XmlLibError) return e.details.map((d) => ({ message: d.message.trim(), line: d.line }));
    return undefined;
  };

  const validate = (bytes: Uint8Array, lineOffset: number): Issue[] => {
    if (disposed) throw new Error('the XSD validator has been disposed');
    const dt = hasDoctype(bytes);
    if (dt !== -1) return [makeIssue('xml.dtdForbidden', lineOf(bytes, dt) + lineOffset, undefined, {}, undefined)];
    let doc: InstanceType<Lib['XmlDocument']>;
    try {
      doc = lx.XmlDocument.fromBuffer(toUtf8(bytes), { option });
    } catch (e) {
      const d = details(e);
      if (!d) throw e;
      const list = d.length ? d : [{ message: String((e as Error).message), line: 0 }];
      return list.map((x) => makeIssue('parse.xml', x.line ? x.line + lineOffset : undefined, undefined, {}, { message: x.message }));
    }
    try {
      schema.validate(doc);
      return [];
    } catch (e) {
      const d = details(e);
      if (!d) throw e;
      return d.map((x) => makeIssue('xml.schema', x.line ? x.line + lineOffset : undefined, undefined, {}, { message: x.message }));
    } finally {
      doc.dispose();
    }
  };

  return {
    validateDocument: (bytes) => validate(bytes, 0),
    validateRecordElement: (bytes, lineOffset) => validate(bytes, lineOffset),
    dispose() {
      if (disposed) return;
      disposed = true;
      schema.dispose();
      xsdDoc.dispose();
    },
  };
}
