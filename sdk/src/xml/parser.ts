/**
 * A small, strict, non-validating XML parser working on text that arrives in pieces. It reports
 * events to a handler with the line of each start tag and resolves namespaces. It has no DTD
 * support at all: a DOCTYPE is refused and only the five predefined entities and character
 * references exist, so no entity can ever expand (FSJC-XML-008).
 *
 * A handler can mark the element it is given: if the text ends inside it, the parser rewinds to
 * the mark and parses the element again once more text has arrived, so a handler only ever sees
 * whole elements and the parser never keeps more than one of them pending.
 */
import { XML_NAMESPACE_V1, XML_XML_NAMESPACE, XSI_NAMESPACE } from './constants.js';

// the same string object for well-known namespaces, so that comparing them is cheap
function internNs(uri: string): string {
  return uri === XML_NAMESPACE_V1 ? XML_NAMESPACE_V1 : uri === XSI_NAMESPACE ? XSI_NAMESPACE : uri;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

export class XmlDoctypeError extends Error {
  constructor(readonly line: number) {
    super('DOCTYPE is not allowed');
    this.name = 'XmlDoctypeError';
  }
}

export interface XmlAttr {
  /** The name as written, e.g. `xsi:type`. */
  name: string;
  local: string;
  /** Namespace URI; '' for unprefixed attributes. */
  ns: string;
  value: string;
}

export interface XmlHandler {
  /**
   * A start tag. `decls`: the namespaces declared on it (prefix, '' = default → URI) or null;
   * `at`: index of its '<' in `parser.text`.
   */
  start(local: string, ns: string, line: number, attrs: XmlAttr[] | null, decls: Record<string, string> | null, at: number): void;
  /** Whether character data of the current element matters; if not, only non-whitespace is passed. */
  wantsText(): boolean;
  text(value: string): void;
  /** An end tag; `at`: index just past its '>' in `parser.text`. */
  end(at: number): void;
  /** The parser went back to the mark: forget everything since it was set. */
  rewind?(): void;
}

/** Prefix ('' = default namespace) → namespace URI. */
export type NsBindings = Readonly<Record<string, string>>;

// Characters XML 1.0 cannot carry, lone surrogates included.
export const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// Decoders never produce lone surrogates, so decoded input needs only this cheaper test.
export const NOT_XML_CHAR_DECODED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
// Names are checked loosely (ASCII rules exact, non-ASCII letters accepted).
const QNAME = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\-\u00B7-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\-\u00B7-\uFFFF]*)?$/;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isXmlWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

export function isWhitespaceOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isXmlWs(s.charCodeAt(i))) return false;
  return true;
}

/** The text ended inside a token or a marked element. */
class NeedMore extends Error {}
const NEED_MORE = new NeedMore();

interface Mark {
  pos: number;
  depth: number;
  lineNo: number;
  nextNl: number;
}

export interface ParserOptions {
  /** Line of the first character (default 1). */
  line?: number;
  /** Namespace bindings inherited from outside the text. */
  namespaces?: NsBindings;
  /** Accept an XML declaration at the very start (default true). */
  declaration?: boolean;
  /** Element names expected in the text: they are recognised faster. */
  names?: NameTable;
}

/**
 * A set of element names without prefix, recognised without further checks. The parser hashes a
 * name as it scans it and looks it up here, so a known start tag costs no string.
 */
export class NameTable {
  readonly names: string[] = [];
  /** Open addressing by `nameHash`: index + 1 into `names`, 0 for a free slot. */
  readonly slots: Int32Array;
  readonly mask: number;

  constructor(names: Iterable<string>) {
    for (const name of new Set(names)) if (QNAME.test(name) && !name.includes(':')) this.names.push(name);
    let size = 16;
    while (size < this.names.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.names.forEach((name, k) => {
      let h = 0;
      for (let i = 0; i < name.length; i++) h = nameHash(h, name.charCodeAt(i));
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
    });
  }

  /** The name whose characters are `s[from..to)`, or undefined. */
  find(s: string, from: number, to: number, h: number): string | undefined {
    const names = this.names;
    const len = to - from;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot];
      if (k === 0) return undefined;
      const name = names[k - 1];
      if (name.length !== len) continue;
      let i = 0;
      while (i < len && name.charCodeAt(i) === s.charCodeAt(from + i)) i++;
      if (i === len) return name;
    }
  }
}

function nameHash(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

const NO_NAMES = new NameTable([]);

export class XmlParser {
  /** The text not yet consumed; positions given to the handler index into it. */
  text = '';
  /** Characters copied to keep the text flat, so far: it stays within a few times the input. */
  copied = 0;
  private pos = 0;
  private lineNo: number;
  private nextNl = -1;
  private lineFrom = 0;
  private started = false;
  private seenRoot = false;
  private mark_: Mark | null = null;
  // after a rewind, wait for this much text from the mark: a huge element is parsed again only
  // each time its text has doubled, so reading stays linear
  private retryAt = 0;
  private readonly names: string[] = [];
  // namespace declarations per open element (null when it declares none) and default namespaces
  private readonly scopes: (Record<string, string> | null)[] = [];
  private readonly defaults: string[] = [];
  private readonly inScope: NsBindings;
  private readonly allowDecl: boolean;
  private readonly known: NameTable;

  /** Receives the events; may be replaced between events (e.g. by a handler for one element). */
  handler: XmlHandler;

  constructor(handler: XmlHandler, opts: ParserOptions = {}) {
    this.handler = handler;
    this.known = opts.names ?? NO_NAMES;
    this.lineNo = opts.line ?? 1;
    this.inScope = opts.namespaces ?? {};
    this.allowDecl = opts.declaration ?? true;
  }

  /** Number of open elements. */
  get depth(): number {
    return this.names.length;
  }

  /** Adds text and parses as far as it goes. */
  push(chunk: string): void {
    if (this.mark_ === null && this.pos > 0) this.shift(this.pos);
    else if (this.mark_ !== null && this.mark_.pos > 0) this.shift(this.mark_.pos);
    const before = this.text.length;
    const wait = before + chunk.length - this.pos < this.retryAt;
    // parse a flat string: in a concatenation every charCodeAt follows pointers. join copies, so
    // while a huge element waits for more text, the pieces are only concatenated.
    if (before === 0) this.text = chunk;
    else if (wait) this.text += chunk;
    else {
      this.text = [this.text, chunk].join('');
      this.copied += this.text.length;
    }
    if (this.nextNl === -1) {
      // no line feed was left after lineFrom: the next one can only be in the new text
      const k = chunk.indexOf('\n');
      if (k !== -1) this.nextNl = before + k;
    }
    if (wait) return;
    this.retryAt = 0;
    this.run(false);
  }

  /** Parses the rest: the text must end with the root element closed. */
  finish(): void {
    this.run(true);
    if (this.names.length) this.fail(`element <${this.names[this.names.length - 1]}> is not closed`, this.text.length);
    if (!this.seenRoot) this.fail('no element found', this.text.length);
  }

  /** Line of the character at `pos` (positions at or after the last one asked for). */
  lineAt(pos: number): number {
    const s = this.text;
    while (this.nextNl !== -1 && this.nextNl < pos) {
      this.lineNo++;
      this.nextNl = s.indexOf('\n', this.nextNl + 1);
    }
    if (pos > this.lineFrom) this.lineFrom = pos;
    return this.lineNo;
  }

  /** Line where the token being parsed starts. */
  lineHere(): number {
    return this.lineAt(this.pos);
  }

  /** Line at the end of the text received so far. */
  lineAtEnd(): number {
    return this.lineAt(this.text.length);
  }

  /**
   * Marks the element whose start tag is being reported: if the text ends before it does, the
   * parser comes back to it. Cleared with `unmark()`, normally from the handler's `end`.
   */
  mark(): void {
    // the start tag has been pushed already: the element starts one level up
    this.mark_ = { pos: this.tagAt, depth: this.names.length - 1, lineNo: this.tagLine, nextNl: this.tagNextNl };
  }

  unmark(): void {
    this.mark_ = null;
  }

  private tagAt = 0;
  private tagLine = 0;
  private tagNextNl = -1;

  private shift(k: number): void {
    // count the lines of what is dropped first
    if (this.lineFrom < k) this.lineAt(k);
    this.text = this.text.slice(k);
    this.pos -= k;
    this.lineFrom = Math.max(0, this.lineFrom - k);
    if (this.nextNl !== -1) this.nextNl -= k;
    if (this.mark_) {
      this.mark_.pos -= k;
      if (this.mark_.nextNl !== -1) this.mark_.nextNl -= k;
    }
  }

  private fail(message: string, pos: number): never {
    throw new XmlSyntaxError(message, this.lineAt(pos));
  }

  private run(final: boolean): void {
    const s = this.text;
    const n = s.length;
    let i = this.pos;
    try {
      for (;;) {
        this.pos = i;
        if (!this.started && n > 0) {
          if (n < 6 && !final && '<?xml '.startsWith(s)) throw NEED_MORE;
          this.started = true;
          if (this.allowDecl && s.startsWith('<?xml') && n > 5 && isXmlWs(s.charCodeAt(5))) {
            const end = s.indexOf('?>', 5);
            if (end === -1) {
              this.started = false;
              this.need(final, 'unterminated XML declaration', 0);
            }
            i = end + 2;
            continue;
          }
        }
        // one pass to the next '<' finds whether the text is all whitespace or needs a second
        // look: most text is a short value, for which this beats a search and a regex
        let lt = i;
        let blank = true;
        let special = false;
        for (; lt < n; lt++) {
          const c = s.charCodeAt(lt);
          if (c === 0x3c) break;
          if (c <= 0x20) {
            if (c === 0x20 || c === 0x0a || c === 0x09) continue;
            if (c !== 0x0d) blank = false;
            special = true;
          } else {
            blank = false;
            if (c === 0x26 || c === 0x5d || c >= 0xfffe) special = true;
          }
        }
        if (lt === n) {
          if (!final) throw NEED_MORE;
          if (n > i) this.chars(i, n, blank, special);
          this.pos = n;
          return;
        }
        if (lt > i) this.chars(i, lt, blank, special);
        if (lt + 1 >= n) {
          if (!final) throw NEED_MORE;
          this.fail('unexpected end of text', lt);
        }
        const c = s.charCodeAt(lt + 1);
        if (c === 0x2f) i = this.endTag(lt, final);
        else if (c === 0x21) i = this.bang(lt, final);
        else if (c === 0x3f) i = this.pi(lt, final);
        else i = this.startTag(lt, final);
      }
    } catch (e) {
      if (e !== NEED_MORE) throw e;
      if (final) this.fail('unexpected end of text', this.text.length);
      const m = this.mark_;
      if (m) {
        // start the marked element again when more text has come
        this.pos = m.pos;
        this.names.length = this.scopes.length = this.defaults.length = m.depth;
        this.lineNo = m.lineNo;
        // text may have come since the mark was set: look again if no line feed was known then
        this.nextNl = m.nextNl !== -1 ? m.nextNl : this.text.indexOf('\n', m.pos);
        this.lineFrom = m.pos;
        this.mark_ = null;
        this.handler.rewind?.();
        const pending = this.text.length - m.pos;
        if (pending > 1 << 16) this.retryAt = pending * 2;
      }
    }
  }

  /**
   * Character data `s[a..b)`: `blank` when it is all whitespace, `special` when it holds a
   * character that needs a second look (forbidden, CR, '&' or ']').
   */
  private chars(a: number, b: number, blank: boolean, special: boolean): void {
    const s = this.text;
    if (this.names.length === 0) {
      for (let k = a; k < b; k++) if (!isXmlWs(s.charCodeAt(k))) this.fail(this.seenRoot ? 'text after the root element' : 'text before the root element', k);
      return;
    }
    // whitespace between elements is the common case: skip it without making a string
    if (blank && !this.handler.wantsText()) return;
    let raw = s.slice(a, b);
    if (special) {
      this.checkChars(raw, a);
      const cdEnd = raw.indexOf(']]>');
      if (cdEnd !== -1) this.fail("']]>' is not allowed in text", a + cdEnd);
      if (raw.indexOf('\r') !== -1) raw = raw.replace(/\r\n?/g, '\n');
      if (raw.indexOf('&') !== -1) raw = this.decodeRefs(raw, a);
    }
    this.handler.text(raw);
  }

  /** Characters XML 1.0 cannot carry (lone surrogates are checked before, on undecoded input). */
  private checkChars(raw: string, at: number): void {
    const bad = NOT_XML_CHAR_DECODED.exec(raw);
    if (bad) this.fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, at + bad.index);
  }

  /** Resolves the predefined entities and character references; anything else is an error. */
  private decodeRefs(raw: string, at: number): string {
    let out = '';
    let last = 0;
    let amp = raw.indexOf('&');
    while (amp !== -1) {
      const semi = raw.indexOf(';', amp + 1);
      if (semi === -1 || semi - amp > 12) this.fail("'&' must be escaped as &amp;", at);
      const name = raw.slice(amp + 1, semi);
      let ch = PREDEFINED[name];
      if (ch === undefined || !Object.hasOwn(PREDEFINED, name)) {
        let cp = NaN;
        if (/^#x[0-9A-Fa-f]+$/.test(name)) cp = parseInt(name.slice(2), 16);
        else if (/^#[0-9]+$/.test(name)) cp = parseInt(name.slice(1), 10);
        // no DTD, so no other entity is declared
        else if (!name.startsWith('#')) this.fail(`undeclared entity &${name};`, at);
        if (!(cp <= 0x10ffff)) this.fail(`bad character reference &${name};`, at);
        ch = String.fromCodePoint(cp);
        if (NOT_XML_CHAR.test(ch)) this.fail(`character reference &${name}; is not an XML character`, at);
      }
      out += raw.slice(last, amp) + ch;
      last = semi + 1;
      amp = raw.indexOf('&', last);
    }
    return out + raw.slice(last);
  }

  private need(final: boolean, message: string, at: number): never {
    if (!final) throw NEED_MORE;
    return this.fail(message, at);
  }

  private bang(lt: number, final: boolean): number {
    const s = this.text;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end === -1) this.need(final, 'unterminated comment', lt);
      const dd = s.indexOf('--', lt + 4);
      if (dd < end) this.fail("'--' is not allowed in a comment", dd);
      this.checkChars(s.slice(lt + 4, end), lt + 4);
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      if (this.names.length === 0) this.fail('CDATA section outside the root element', lt);
      const end = s.indexOf(']]>', lt + 9);
      if (end === -1) this.need(final, 'unterminated CDATA section', lt);
      let raw = s.slice(lt + 9, end);
      this.checkChars(raw, lt + 9);
      if (raw.indexOf('\r') !== -1) raw = raw.replace(/\r\n?/g, '\n');
      if (this.handler.wantsText() || !isWhitespaceOnly(raw)) this.handler.text(raw);
      return end + 3;
    }
    if (s.startsWith('<!DOCTYPE', lt)) throw new XmlDoctypeError(this.lineAt(lt));
    // too short to tell yet
    if (s.length - lt < 9 && ('<!DOCTYPE'.startsWith(s.slice(lt)) || '<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) {
      this.need(final, "unexpected '<!'", lt);
    }
    return this.fail("unexpected '<!'", lt);
  }

  private pi(lt: number, final: boolean): number {
    const s = this.text;
    const end = s.indexOf('?>', lt + 2);
    if (end === -1) this.need(final, 'unterminated processing instruction', lt);
    const target = /^[^\s?]*/.exec(s.slice(lt + 2, Math.min(end, lt + 40)))![0];
    if (target.toLowerCase() === 'xml') this.fail('XML declaration not at the start of the document', lt);
    if (target === '') this.fail('processing instruction without a target', lt);
    this.checkChars(s.slice(lt + 2, end), lt + 2);
    return end + 2;
  }

  private endTag(lt: number, final: boolean): number {
    const s = this.text;
    const names = this.names;
    const open = names[names.length - 1];
    if (open !== undefined) {
      // the common case, `</open>`, compared in place
      const len = open.length;
      const from = lt + 2;
      if (from + len < s.length && s.charCodeAt(from + len) === 0x3e) {
        let k = 0;
        while (k < len && s.charCodeAt(from + k) === open.charCodeAt(k)) k++;
        if (k === len) {
          names.pop();
          this.scopes.pop();
          this.defaults.pop();
          this.handler.end(from + len + 1);
          return from + len + 1;
        }
      }
    }
    const gt = s.indexOf('>', lt + 2);
    if (gt === -1) this.need(final, 'unterminated end tag', lt);
    let e = gt;
    while (e > lt + 2 && isXmlWs(s.charCodeAt(e - 1))) e--;
    const name = s.slice(lt + 2, e);
    if (open === undefined) this.fail(`unexpected end tag </${name}>`, lt);
    if (open !== name) this.fail(`end tag </${name}> does not match <${open}>`, lt);
    names.pop();
    this.scopes.pop();
    this.defaults.pop();
    this.handler.end(gt + 1);
    return gt + 1;
  }

  private startTag(lt: number, final: boolean): number {
    // fast path: a known name and no attributes, `<name>` or `<name/>`, hashed as it is scanned
    const s = this.text;
    const n = s.length;
    let j = lt + 1;
    let h = 0;
    let c = 0;
    for (; j < n; j++) {
      c = s.charCodeAt(j);
      if (c === 0x3e || c === 0x2f || c <= 0x20) break;
      h = nameHash(h, c);
    }
    if (c === 0x3e || (c === 0x2f && j + 1 < n && s.charCodeAt(j + 1) === 0x3e)) {
      const name = this.known.find(s, lt + 1, j, h);
      if (name !== undefined) return c === 0x3e ? this.open(name, null, lt, false, j + 1, true) : this.open(name, null, lt, true, j + 2, true);
    }
    return this.startTagWithAttributes(lt, final);
  }

  private startTagWithAttributes(lt: number, final: boolean): number {
    const s = this.text;
    const n = s.length;
    let j = lt + 1;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 0x3e || c === 0x2f || isXmlWs(c)) break;
      j++;
    }
    // a name cut by the end of the text may only look bad
    if (j >= n) this.need(final, 'unterminated start tag', lt);
    const qname = s.slice(lt + 1, j);
    if (!QNAME.test(qname)) this.fail(`bad element name '${qname}'`, lt);
    const raw: [string, string][] = [];
    let selfClosing = false;
    for (;;) {
      if (j >= n) this.need(final, `unterminated start tag <${qname}>`, lt);
      let c = s.charCodeAt(j);
      if (c === 0x3e) { j++; break; }
      if (c === 0x2f) {
        if (j + 1 >= n) this.need(final, `unterminated start tag <${qname}>`, lt);
        if (s.charCodeAt(j + 1) !== 0x3e) this.fail(`bad start tag <${qname}>`, j);
        selfClosing = true;
        j += 2;
        break;
      }
      if (!isXmlWs(c)) this.fail(`whitespace expected in start tag <${qname}>`, j);
      while (j < n && isXmlWs(s.charCodeAt(j))) j++;
      if (j >= n) continue;
      c = s.charCodeAt(j);
      if (c === 0x3e || c === 0x2f) continue;
      const a0 = j;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === 0x3d || isXmlWs(c) || c === 0x3e || c === 0x2f) break;
        j++;
      }
      if (j >= n) this.need(final, `unterminated start tag <${qname}>`, lt);
      const an = s.slice(a0, j);
      if (!QNAME.test(an)) this.fail(`bad attribute name '${an}'`, a0);
      while (j < n && isXmlWs(s.charCodeAt(j))) j++;
      if (j >= n) this.need(final, `unterminated start tag <${qname}>`, lt);
      if (s.charCodeAt(j) !== 0x3d) this.fail(`'=' expected after attribute ${an}`, j);
      j++;
      while (j < n && isXmlWs(s.charCodeAt(j))) j++;
      if (j >= n) this.need(final, `unterminated start tag <${qname}>`, lt);
      const q = s.charCodeAt(j);
      if (q !== 0x22 && q !== 0x27) this.fail(`quoted value expected for attribute ${an}`, j);
      const qe = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
      if (qe === -1) this.need(final, `unterminated value of attribute ${an}`, j);
      let v = s.slice(j + 1, qe);
      if (v.indexOf('<') !== -1) this.fail(`'<' in the value of attribute ${an}`, j);
      this.checkChars(v, j + 1);
      // attribute-value normalisation: literal whitespace becomes a space, then references
      if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n|[\t\n\r]/g, ' ');
      if (v.indexOf('&') !== -1) v = this.decodeRefs(v, j);
      raw.push([an, v]);
      j = qe + 1;
      if (j < n) {
        c = s.charCodeAt(j);
        if (!(c === 0x3e || c === 0x2f || isXmlWs(c))) this.fail(`whitespace expected after attribute ${an}`, j);
      }
    }
    return this.open(qname, raw, lt, selfClosing, j, false);
  }

  private open(qname: string, raw: [string, string][] | null, lt: number, selfClosing: boolean, next: number, plain: boolean): number {
    if (this.names.length === 0) {
      if (this.seenRoot) this.fail('a second root element', lt);
      this.seenRoot = true;
    }
    const line = this.lineAt(lt);
    // what a rewind to this tag restores
    this.tagLine = line;
    this.tagNextNl = this.nextNl;
    this.tagAt = lt;
    let attrs: XmlAttr[] | null = null;
    let scope: Record<string, string> | null = null;
    let def = this.defaults.length ? this.defaults[this.defaults.length - 1] : Object.hasOwn(this.inScope, '') ? internNs(this.inScope['']) : '';
    if (raw) {
      const seen = new Set<string>();
      for (const [an, v] of raw) {
        if (seen.has(an)) this.fail(`attribute ${an} appears twice`, lt);
        seen.add(an);
        if (an === 'xmlns') {
          def = internNs(v);
          (scope ??= Object.create(null) as Record<string, string>)[''] = def;
        } else if (an.startsWith('xmlns:')) {
          const prefix = an.slice(6);
          if (v === '') this.fail(`prefix ${prefix} cannot be undeclared`, lt);
          (scope ??= Object.create(null) as Record<string, string>)[prefix] = internNs(v);
        }
      }
    }
    this.names.push(qname);
    this.scopes.push(scope);
    this.defaults.push(def);
    const colon = plain ? -1 : qname.indexOf(':');
    const local = colon === -1 ? qname : qname.slice(colon + 1);
    const ns = colon === -1 ? def : this.resolve(qname.slice(0, colon), lt);
    if (raw) {
      for (const [an, v] of raw) {
        if (an === 'xmlns' || an.startsWith('xmlns:')) continue;
        const ac = an.indexOf(':');
        const attr: XmlAttr = ac === -1
          ? { name: an, local: an, ns: '', value: v }
          : { name: an, local: an.slice(ac + 1), ns: this.resolve(an.slice(0, ac), lt), value: v };
        (attrs ??= []).push(attr);
      }
      if (attrs && attrs.length > 1) {
        const expanded = new Set(attrs.map((a) => `${a.ns} ${a.local}`));
        if (expanded.size !== attrs.length) this.fail('the same attribute appears twice', lt);
      }
    }
    this.handler.start(local, ns, line, attrs, scope, lt);
    if (selfClosing) {
      this.names.pop();
      this.scopes.pop();
      this.defaults.pop();
      this.handler.end(next);
    }
    return next;
  }

  /** The namespace bound to a prefix where the parser is now. */
  resolve(prefix: string, at: number): string {
    if (prefix === 'xml') return XML_XML_NAMESPACE;
    for (let d = this.scopes.length - 1; d >= 0; d--) {
      const sc = this.scopes[d];
      if (sc && Object.hasOwn(sc, prefix)) return sc[prefix];
    }
    const v = Object.hasOwn(this.inScope, prefix) ? this.inScope[prefix] : undefined;
    if (v === undefined || prefix === '') return this.fail(`namespace prefix ${prefix} is not declared`, at);
    return internNs(v);
  }

  /** All namespace bindings in scope at the current depth (prefix '' = default). */
  bindings(): Record<string, string> {
    const out: Record<string, string> = { ...this.inScope };
    for (const sc of this.scopes) if (sc) Object.assign(out, sc);
    return out;
  }
}

/** Parses a string holding one element (possibly with whitespace, comments and PIs around it). */
export function parseElement(s: string, handler: XmlHandler, opts: ParserOptions = {}): { endLine: number } {
  const p = new XmlParser(handler, { declaration: false, ...opts });
  const bad = NOT_XML_CHAR.exec(s);
  if (bad) {
    p.push(s.slice(0, bad.index));
    throw new XmlSyntaxError(`character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, p.lineAtEnd());
  }
  p.push(s);
  p.finish();
  return { endLine: p.lineAtEnd() };
}
