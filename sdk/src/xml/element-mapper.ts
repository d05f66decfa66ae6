/**
 * XML → JSON for one element (a record or the header), driven by the schema model. Problems are
 * returned as issues, never thrown; the JSON validator then checks the result as it would check
 * JSON input (required fields, patterns and code lists are its job, not this module's).
 */
import type { Issue } from '../validation/issue.js';
import { newIssue } from '../validation/codes.js';
import { ITEM_ELEMENT, XML_NAMESPACE_V1, XSI_NAMESPACE } from './constants.js';
import { NameTable, parseElement, XmlDoctypeError, XmlSyntaxError, type NsBindings, type XmlAttr, type XmlHandler } from './parser.js';
import { getXmlModel, type XmlModel, type XmlNode } from './schema-model.js';

export interface ElementContext {
  /** 1-based line of the element's first character in its document (default 1). */
  line?: number;
  /** Namespace bindings inherited from ancestor elements (prefix '' = default namespace). */
  namespaces?: NsBindings;
  /**
   * Namespace of the document element. A foreign namespace is reported (`xml.namespace`) only
   * where it departs from the parent's, starting from this one, so it is reported once.
   * Default: the v1 namespace.
   */
  documentNamespace?: string;
  /** JSON pointer of the element from the batch root, e.g. `/records/12` (default ''). */
  pointer?: string;
  recordIndex?: number;
  file?: string;
  model?: XmlModel;
}

export interface ElementResult {
  /** The JSON value; undefined when the element is not a known record type or not well-formed. */
  value: Record<string, unknown> | undefined;
  issues: Issue[];
  /** Line of each mapped element by JSON pointer relative to the element ('' = the element itself). */
  lines: Map<string, number>;
  /** True when the text is not well-formed XML (or has a DOCTYPE): stop reading the document. */
  fatal: boolean;
  /** Prefixes ('' = default) declared on the element's own start tag. */
  declared: string[];
}

/** Maps the XML of one record element, e.g. `<case xmlns="…">…</case>`, to a JSON record. */
export function xmlElementToRecord(xml: string, ctx: ElementContext = {}): ElementResult {
  return mapElement(xml, 'record', ctx);
}

/** Maps the XML of the `<header>` element to the JSON header. */
export function xmlElementToHeader(xml: string, ctx: ElementContext = {}): ElementResult {
  return mapElement(xml, 'header', ctx);
}

const nameTables = new WeakMap<XmlModel, NameTable>();

/** Every element name the model can produce, for the parser's fast path. */
export function modelNames(model: XmlModel): NameTable {
  let t = nameTables.get(model);
  if (!t) {
    const names = new Set<string>(['batch', 'header', 'records', ITEM_ELEMENT]);
    const walk = (n: XmlNode | undefined) => {
      if (!n) return;
      if (n.props) for (const [k, v] of n.props) { names.add(k); walk(v); }
      walk(n.items);
    };
    walk(model.header);
    for (const [type, node] of model.records) { names.add(type); walk(node); }
    nameTables.set(model, (t = new NameTable(names)));
  }
  return t;
}

function mapElement(xml: string, mode: 'record' | 'header', ctx: ElementContext): ElementResult {
  const model = ctx.model ?? getXmlModel();
  const sink = new MappingSink(mode, model, ctx);
  try {
    parseElement(xml, sink, { line: ctx.line ?? 1, namespaces: ctx.namespaces ?? {}, names: modelNames(model) });
    sink.finish();
    return { value: sink.value, issues: sink.issues, lines: sink.linesMap(), fatal: false, declared: sink.declared };
  } catch (e) {
    if (e instanceof XmlSyntaxError || e instanceof XmlDoctypeError) {
      const issue = e instanceof XmlDoctypeError
        ? makeIssue('xml.dtdForbidden', e.line, ctx.pointer ?? '', ctx, undefined)
        : makeIssue('parse.xml', e.line, ctx.pointer ?? '', ctx, { message: e.message });
      return { value: undefined, issues: [issue], lines: new Map(), fatal: true, declared: [] };
    }
    throw e;
  }
}

export function makeIssue(
  code: string,
  line: number | undefined,
  pointer: string | undefined,
  ctx: { file?: string; recordIndex?: number },
  params: Record<string, string | number> | undefined,
): Issue {
  return newIssue(code, params, {
    ...(ctx.file !== undefined ? { file: ctx.file } : {}),
    ...(ctx.recordIndex !== undefined ? { recordIndex: ctx.recordIndex } : {}),
    ...(pointer !== undefined ? { pointer } : {}),
    ...(line !== undefined ? { line } : {}),
  });
}

const XML_WS_TRIM = /^[ \t\r\n]+|[ \t\r\n]+$/g;

function collapse(t: string): string {
  const n = t.length;
  if (n === 0) return t;
  // XSD whitespace collapse: integers and booleans may be surrounded by whitespace
  if (t.charCodeAt(0) > 0x20 && t.charCodeAt(n - 1) > 0x20) return t;
  return t.replace(XML_WS_TRIM, '');
}

/** The integer lexical form of XML Schema (`[+-]?[0-9]+`), within JavaScript's exact range. */
export function parseXmlInteger(text: string): number | undefined {
  const t = collapse(text);
  if (!/^[+-]?[0-9]+$/.test(t)) return undefined;
  const n = Number(t);
  if (!Number.isSafeInteger(n)) return undefined;
  return n === 0 ? 0 : n;
}

/** The boolean lexical form of XML Schema: true, false, 1, 0. */
export function parseXmlBoolean(text: string): boolean | undefined {
  switch (collapse(text)) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return undefined;
  }
}

interface Frame {
  /** null: the element is skipped (already reported). */
  node: XmlNode | null;
  name: string;
  /** Index of the element in the element table (for pointers and lines). */
  el: number;
  ns: string;
  line: number;
  value: any;
  text: string;
  textReported: boolean;
}

export type { Frame as SinkFrame };

const SKIP: Frame = { node: null, name: '', el: -1, ns: '', line: 0, value: undefined, text: '', textReported: true };

/** Told when the element a sink maps is complete, or abandoned by a parser rewind. */
export interface SinkOwner {
  done(at: number): void;
  rewind(): void;
}

const NONE: string[] = [];

/**
 * Receives the parser's events for one element and builds its JSON value. Pointers and the line
 * table are built only when asked for: most records have no finding and nobody asks.
 */
export class MappingSink implements XmlHandler {
  issues: Issue[] = [];
  value: Record<string, unknown> | undefined;
  declared: string[] = NONE;
  private readonly stack: Frame[] = [];
  // element table, three entries per element: parent index, key (property or array index), line
  private readonly el: (string | number)[] = [];
  private readonly docNs: string;

  constructor(
    private readonly mode: 'record' | 'header',
    private readonly model: XmlModel,
    private readonly ctx: ElementContext,
    private readonly owner?: SinkOwner,
    /** Frames to reuse (sinks used one after another can share them). */
    private readonly pool: Frame[] = [],
  ) {
    this.docNs = ctx.documentNamespace ?? XML_NAMESPACE_V1;
  }

  private get base(): string {
    const c = this.ctx;
    return c.pointer ?? (c.recordIndex !== undefined ? `/records/${c.recordIndex}` : '');
  }

  rewind(): void {
    this.owner?.rewind();
  }

  private pointer(el: number): string {
    let p = '';
    for (let e = el; e > 0; e = this.el[3 * e] as number) p = `/${this.el[3 * e + 1]}${p}`;
    return p;
  }

  private issue(code: string, line: number, ptr: string, params?: Record<string, string | number>): void {
    this.issues.push(makeIssue(code, line, this.base + ptr, this.ctx, params));
  }

  /** Line of each mapped element by JSON pointer relative to the element. */
  linesMap(): Map<string, number> {
    const el = this.el;
    const n = el.length / 3;
    const ptrs = new Array<string>(n);
    const m = new Map<string, number>();
    for (let e = 0; e < n; e++) {
      ptrs[e] = e === 0 ? '' : `${ptrs[el[3 * e] as number]}/${el[3 * e + 1]}`;
      m.set(ptrs[e], el[3 * e + 2] as number);
    }
    return m;
  }

  /**
   * The line of the element at `pointer` (relative to the element mapped), or of its nearest
   * ancestor: what `linesMap()` and a walk up the pointer give, without making the map, since
   * rules ask for the lines of a few fields of every record.
   */
  lineOf(pointer: string): number | undefined {
    const el = this.el;
    const n = el.length / 3;
    if (n === 0) return undefined;
    // lines grow in document order: a record on one line has every element on it
    if (el[2] === el[3 * n - 1]) return el[2] as number;
    let at = 0;
    let cur = 0;
    while (at < pointer.length) {
      let end = pointer.indexOf('/', at + 1);
      if (end < 0) end = pointer.length;
      const length = end - at - 1;
      // children follow their parent, and a path names one element (a repeated one is skipped)
      let found = -1;
      for (let e = cur + 1; e < n; e++) {
        if (el[3 * e] !== cur) continue;
        const key = el[3 * e + 1];
        const name = typeof key === 'string' ? key : String(key);
        if (name.length === length && pointer.startsWith(name, at + 1)) {
          found = e;
          break;
        }
      }
      if (found < 0) break;
      cur = found;
      at = end;
    }
    return el[3 * cur + 2] as number;
  }

  wantsText(): boolean {
    const f = this.stack[this.stack.length - 1];
    const k = f?.node?.kind;
    return k === 'string' || k === 'integer' || k === 'boolean';
  }

  start(local: string, ns: string, line: number, attrs: XmlAttr[] | null, decls: Record<string, string> | null): void {
    const stack = this.stack;
    const parent = stack.length ? stack[stack.length - 1] : undefined;
    if (parent === SKIP) {
      stack.push(SKIP);
      return;
    }
    // a foreign namespace is reported where it is declared, not on every descendant
    const nsBad = ns !== XML_NAMESPACE_V1 && ns !== (parent ? parent.ns : this.docNs);
    let node: XmlNode | undefined;
    let key: string | number = local;
    let value: any;
    if (parent === undefined) {
      if (decls) this.declared = Object.keys(decls);
      if (nsBad) this.nsIssue(line, '', local, ns);
      node = this.mode === 'record' ? this.model.records.get(local) : local === 'header' ? this.model.header : undefined;
      if (!node) {
        this.issue('xml.unknownElement', line, '', { element: local, parent: this.mode === 'record' ? 'records' : 'batch' });
        stack.push(SKIP);
        return;
      }
      value = this.mode === 'record' ? { recordType: local } : {};
      this.value = value;
    } else {
      const pnode = parent.node!;
      if (pnode.kind === 'object') {
        node = pnode.props!.get(local);
        if (node && Object.hasOwn(parent.value, local)) {
          const ptr = `${this.pointer(parent.el)}/${local}`;
          if (nsBad) this.nsIssue(line, ptr, local, ns);
          this.issue('xml.repeatedElement', line, ptr, { element: local });
          stack.push(SKIP);
          return;
        }
      } else if (pnode.kind === 'array') {
        if (local === ITEM_ELEMENT) {
          node = pnode.items;
          key = (parent.value as unknown[]).length;
        }
      }
      if (!node) {
        const ptr = `${this.pointer(parent.el)}/${local}`;
        if (nsBad) this.nsIssue(line, ptr, local, ns);
        this.issue('xml.unknownElement', line, ptr, { element: local, parent: parent.name });
        stack.push(SKIP);
        return;
      }
      // containers are attached when they open, scalars when they close: document order is kept
      if (node.kind === 'object') {
        value = {};
        if (pnode.kind === 'object') parent.value[local] = value;
        else parent.value.push(value);
      } else if (node.kind === 'array') {
        value = [];
        if (pnode.kind === 'object') parent.value[local] = value;
        else parent.value.push(value);
      }
    }
    const el = this.el.length / 3;
    this.el.push(parent ? parent.el : -1, key, line);
    if (parent && nsBad) this.nsIssue(line, this.pointer(el), local, ns);
    if (attrs) {
      for (const a of attrs) {
        if (a.ns === XSI_NAMESPACE) continue;
        this.issue('xml.attributeNotAllowed', line, this.pointer(el), { attribute: a.name, element: local });
      }
    }
    const depth = stack.length;
    let f = this.pool[depth];
    if (f === undefined) {
      f = this.pool[depth] = { node, name: local, el, ns, line, value, text: '', textReported: false };
    } else {
      f.node = node;
      f.name = local;
      f.el = el;
      f.ns = ns;
      f.line = line;
      f.value = value;
      f.text = '';
      f.textReported = false;
    }
    stack.push(f);
  }

  private nsIssue(line: number, ptr: string, local: string, ns: string): void {
    this.issue('xml.namespace', line, ptr, { element: local, namespace: ns, expected: XML_NAMESPACE_V1 });
  }

  text(value: string): void {
    const f = this.stack[this.stack.length - 1];
    if (f === SKIP || f === undefined) return;
    const kind = f.node!.kind;
    if (kind === 'object' || kind === 'array') {
      if (!f.textReported) {
        f.textReported = true;
        this.issue('xml.badValue', f.line, this.pointer(f.el), { element: f.name, value: clip(value.trim()), expected: kind });
      }
      return;
    }
    f.text = f.text.length ? f.text + value : value;
  }

  end(at = 0): void {
    const f = this.stack.pop()!;
    if (f !== SKIP) this.close(f);
    if (this.stack.length === 0) this.owner?.done(at);
  }

  private close(f: Frame): void {
    const kind = f.node!.kind;
    if (kind === 'object' || kind === 'array') return;
    let v: unknown;
    if (kind === 'string') v = f.text;
    else {
      v = kind === 'integer' ? parseXmlInteger(f.text) : parseXmlBoolean(f.text);
      if (v === undefined) {
        this.issue('xml.badValue', f.line, this.pointer(f.el), { element: f.name, value: clip(f.text), expected: kind });
        // keep the text so that the JSON validator points at the same field
        v = f.text;
      }
    }
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    if (parent.node!.kind === 'object') parent.value[f.name] = v;
    else parent.value.push(v);
  }

  /** Names the record in its issues once its identifier is known. */
  finish(): void {
    const v = this.value;
    if (!v || !this.issues.length) return;
    const type = this.mode === 'record' ? (v.recordType as string) : undefined;
    const id = typeof v.id === 'string' ? v.id : undefined;
    for (const i of this.issues) {
      if (type !== undefined) i.recordType = type;
      if (id !== undefined) i.recordId = id;
    }
  }
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
