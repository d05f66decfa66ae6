/**
 * The streaming core of the XML reader. It takes the decoded text in pieces of any size, checks
 * the batch structure (root, header, records) and maps the header and each record element on
 * its own with the schema-driven mapping, keeping only the element being read: memory stays
 * flat however large the document is (FSJC-VAL-004).
 */
import type { BatchItem } from '../formats/types.js';
import { XML_NAMESPACE_V1, XSI_NAMESPACE } from './constants.js';
import { makeIssue, MappingSink, modelNames, type SinkFrame, type SinkOwner } from './element-mapper.js';
import { NOT_XML_CHAR, XmlDoctypeError, XmlParser, XmlSyntaxError, type XmlAttr, type XmlHandler } from './parser.js';
import { getXmlModel, type XmlModel } from './schema-model.js';

export interface ScannerOptions {
  /** Give each record its bytes in `raw` (default true); they are encoded on first access. */
  raw?: boolean;
  file?: string;
  model?: XmlModel;
  /** The text comes from a decoder, which never yields lone surrogates (default false). */
  decoded?: boolean;
}

interface Capture {
  kind: 'header' | 'record' | 'skip';
  sink: MappingSink | null;
  /** Parser depth of the captured element. */
  depth: number;
  line: number;
  at: number;
}

class Stop extends Error {}

const encoder = new TextEncoder();

export class XmlBatchScanner implements XmlHandler, SinkOwner {
  /** Items found so far; the caller drains it. */
  items: BatchItem[] = [];
  /** Set after a fatal finding: nothing more is read. */
  stopped = false;
  /** Record elements completed so far. */
  records = 0;
  /** Whether a `<header>` / `<records>` element was found. */
  seenHeader = false;
  seenRecords = false;

  private readonly parser: XmlParser;
  private readonly model: XmlModel;
  private cap: Capture | null = null;
  private inRecords = false;
  private rootNs = XML_NAMESPACE_V1;
  private recordBindings: Record<string, string> = {};
  private textReported = false;
  private readonly decoded: boolean;
  private readonly frames: SinkFrame[] = [];

  constructor(private readonly opts: ScannerOptions = {}) {
    this.model = opts.model ?? getXmlModel();
    this.parser = new XmlParser(this, { declaration: true, names: modelNames(this.model) });
    this.decoded = opts.decoded ?? false;
  }

  /** Feeds the next piece of the document's text. */
  pushText(text: string): void {
    if (this.stopped || text.length === 0) return;
    // the parser checks characters as it goes; only lone surrogates need a look first
    const bad = this.decoded ? null : NOT_XML_CHAR.exec(text);
    if (bad) {
      this.guard(() => this.parser.push(text.slice(0, bad.index)));
      if (this.stopped) return;
      const cp = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      this.fatal('parse.xml', this.parser.lineAtEnd(), { message: `character U+${cp} is not allowed in XML` });
      return;
    }
    this.guard(() => this.parser.push(text));
  }

  /** Signals the end of the document. */
  finish(): void {
    if (this.stopped) return;
    this.guard(() => this.parser.finish());
    this.stopped = true;
  }

  /** Line at the end of the text pushed so far. */
  lineAtEnd(): number {
    return this.parser.lineAtEnd();
  }

  /** Reports a fatal finding found outside the text (e.g. by the decoder) and stops. */
  fatal(code: string, line: number | undefined, params?: Record<string, string | number>): void {
    this.items.push({ kind: 'issue', issue: this.issueOf(code, line, undefined, params) });
    this.stopped = true;
  }

  private issueOf(code: string, line: number | undefined, pointer: string | undefined, params?: Record<string, string | number>) {
    const inRecord = this.cap?.kind === 'record';
    return makeIssue(code, line, pointer, { file: this.opts.file, recordIndex: inRecord ? this.records : undefined }, params);
  }

  private guard(f: () => void): void {
    try {
      f();
    } catch (e) {
      if (e instanceof Stop) return;
      if (e instanceof XmlDoctypeError) this.fatal('xml.dtdForbidden', e.line);
      else if (e instanceof XmlSyntaxError) this.fatal('parse.xml', e.line, { message: e.message });
      else throw e;
    }
  }

  private issue(code: string, line: number, pointer: string, params?: Record<string, string | number>): void {
    this.items.push({ kind: 'issue', issue: this.issueOf(code, line, pointer, params) });
  }

  private checkAttrs(attrs: XmlAttr[] | null, line: number, pointer: string, element: string): void {
    if (!attrs) return;
    for (const a of attrs) {
      if (a.ns !== XSI_NAMESPACE) this.issue('xml.attributeNotAllowed', line, pointer, { attribute: a.name, element });
    }
  }

  // ---- parser events

  // the header and records have their own sink while they are read: what comes here is the
  // structure around them, or an element being skipped
  wantsText(): boolean {
    return false;
  }

  start(local: string, ns: string, line: number, attrs: XmlAttr[] | null, decls: Record<string, string> | null, at: number): void {
    if (this.cap) return;
    const depth = this.parser.depth;
    if (depth === 3 && this.inRecords) {
      this.parser.mark();
      const sink = new MappingSink('record', this.model, {
        documentNamespace: this.rootNs, recordIndex: this.records, file: this.opts.file,
      }, this, this.frames);
      this.cap = { kind: 'record', sink, depth, line, at };
      // the sink takes the events of the record itself until it is done
      this.parser.handler = sink;
      sink.start(local, ns, line, attrs, decls);
      return;
    }
    if (depth === 1) {
      if (local !== 'batch') {
        this.fatal('xml.unknownElement', line, { element: local, parent: '' });
        throw new Stop();
      }
      this.rootNs = ns;
      if (ns !== XML_NAMESPACE_V1) this.issue('xml.namespace', line, '', { element: local, namespace: ns, expected: XML_NAMESPACE_V1 });
      this.checkAttrs(attrs, line, '', local);
      return;
    }
    // children of the root
    if (local === 'header' && !this.seenHeader) {
      this.parser.mark();
      const sink = new MappingSink('header', this.model, { documentNamespace: this.rootNs, pointer: '/header', file: this.opts.file }, this, this.frames);
      this.cap = { kind: 'header', sink, depth, line, at };
      this.parser.handler = sink;
      sink.start(local, ns, line, attrs, decls);
      return;
    }
    if (ns !== XML_NAMESPACE_V1 && ns !== this.rootNs) {
      this.issue('xml.namespace', line, `/${local}`, { element: local, namespace: ns, expected: XML_NAMESPACE_V1 });
    }
    if (local === 'records' && !this.seenRecords) {
      this.seenRecords = true;
      this.inRecords = true;
      this.textReported = false;
      this.checkAttrs(attrs, line, '/records', local);
      this.recordBindings = this.parser.bindings();
      return;
    }
    if (local === 'header' || local === 'records') this.issue('xml.repeatedElement', line, `/${local}`, { element: local });
    else this.issue('xml.unknownElement', line, `/${local}`, { element: local, parent: 'batch' });
    this.cap = { kind: 'skip', sink: null, depth, line, at };
  }

  text(value: string): void {
    if (this.cap) return;
    // character data where only elements belong
    if (this.textReported) return;
    this.textReported = true;
    const line = this.parser.lineHere();
    const inRecords = this.inRecords;
    this.issue('xml.badValue', line, inRecords ? '/records' : '', {
      element: inRecords ? 'records' : 'batch', value: value.trim().slice(0, 60), expected: inRecords ? 'array' : 'object',
    });
  }

  end(at: number): void {
    const cap = this.cap;
    if (cap) {
      // an element being skipped (header and records are handled by their sink)
      if (this.parser.depth < cap.depth) this.cap = null;
      return;
    }
    if (this.parser.depth === 1 && this.inRecords) {
      this.inRecords = false;
      this.textReported = false;
    }
  }

  rewind(): void {
    // the marked element will be read again from its start tag
    this.cap = null;
    this.parser.handler = this;
  }

  /** The sink's element is complete. */
  done(at: number): void {
    const cap = this.cap!;
    this.cap = null;
    this.parser.handler = this;
    this.parser.unmark();
    const sink = cap.sink!;
    sink.finish();
    for (const issue of sink.issues) this.items.push({ kind: 'issue', issue });
    if (cap.kind === 'header') {
      this.seenHeader = true;
      this.items.push({ kind: 'header', value: sink.value, position: { line: cap.line }, recordsBefore: this.records });
      return;
    }
    const index = this.records++;
    if (!sink.value) return;
    const raw = this.opts.raw ?? true;
    const item = new RecordItemImpl(sink, index, cap.line, raw ? this.parser.text.slice(cap.at, at) : undefined, this.recordBindings);
    this.items.push(item);
  }
}

/** A record item whose `lines` and `raw` are computed on first read: most are never read. */
class RecordItemImpl {
  readonly kind = 'record' as const;
  readonly value: Record<string, unknown>;
  readonly position: { line: number };
  private lines_: Map<string, number> | undefined;
  private raw_: Uint8Array | undefined;

  constructor(
    private readonly sink: MappingSink,
    readonly index: number,
    line: number,
    private readonly text: string | undefined,
    private readonly bindings: Record<string, string>,
  ) {
    this.value = sink.value!;
    this.position = { line };
  }

  get lines(): Map<string, number> {
    return (this.lines_ ??= this.sink.linesMap());
  }

  lineOf(pointer: string): number | undefined {
    return this.sink.lineOf(pointer);
  }

  get raw(): Uint8Array | undefined {
    if (this.text === undefined) return undefined;
    return (this.raw_ ??= rawBytes(this.text, this.bindings, this.sink.declared));
  }
}

/** The record's UTF-8 bytes, with the inherited namespace declarations added so it stands alone. */
function rawBytes(text: string, bindings: Record<string, string>, declared: string[]): Uint8Array {
  let decls = '';
  for (const [prefix, uri] of Object.entries(bindings)) {
    if (declared.includes(prefix)) continue;
    decls += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${uri.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
  }
  if (!decls) return encoder.encode(text);
  let k = 1;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c <= 0x20 || c === 0x2f || c === 0x3e) break;
    k++;
  }
  return encoder.encode(text.slice(0, k) + decls + text.slice(k));
}
