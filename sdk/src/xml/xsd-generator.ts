/**
 * Generates THE XSD of the XML form from the JSON Schemas (FSJC-XML-006): XSD 1.0, one file,
 * target namespace per major version, elements qualified. The mapping follows mapping.ts:
 * objects are `xs:all` of their properties, arrays a wrapper of `item` elements, each record
 * type a named type and a global element (so that one record element can be validated alone).
 * What XSD 1.0 cannot say (if/then conditionals, formats, unique objects) is written as
 * documentation: the validator checks it on the JSON form.
 */
import { ITEM_ELEMENT, XML_NAMESPACE_V1 } from './constants.js';
import { recordTypesOf, schemaType, SchemaResolver, type JsonSchemaNode } from './schema-model.js';

const XS = 'http://www.w3.org/2001/XMLSchema';

// keywords that only annotate: a $ref with nothing else but these becomes `type="…"`
const ANNOTATION_KEYWORDS = new Set(['$ref', 'title', 'description', 'references', 'codelist', 'openCodelist', 'deprecated', 'default', 'examples', '$comment']);

export interface XsdOptions {
  /** A comment written after the XML declaration (e.g. DO NOT EDIT). */
  comment?: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return esc(s).replace(/"/g, '&quot;');
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Splits a bilingual description ("中文\n\nEnglish") into its two languages. */
function bilingual(node: JsonSchemaNode): { zh?: string; en?: string } {
  const title = typeof node.title === 'string' ? node.title : undefined;
  const desc = typeof node.description === 'string' ? node.description : undefined;
  let zh: string | undefined;
  let en: string | undefined;
  if (desc) {
    const k = desc.indexOf('\n\n');
    zh = k < 0 ? desc : desc.slice(0, k);
    en = k < 0 ? undefined : desc.slice(k + 2).trim();
  }
  // "标题：说明", unless the description already says the title
  if (title && !(zh && (zh === title || zh.startsWith(`${title}。`) || zh.startsWith(title)))) zh = zh ? `${title}：${zh}` : title;
  return { zh, en };
}

/**
 * A JSON Schema (ECMAScript) pattern as an XSD 1.0 regular expression. XSD expressions are
 * anchored already, so the pattern must be anchored with ^…$ and these are removed. Constructs
 * whose meaning differs between the two languages are refused rather than approximated.
 */
export function toXsdPattern(pattern: string): string {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) {
    throw new Error(`pattern ${pattern} must be anchored with ^ and $ to be written as XSD`);
  }
  const body = pattern.slice(1, -1);
  let out = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const e = body[i + 1];
      if (e === undefined) throw new Error(`pattern ${pattern}: trailing backslash`);
      i++;
      if ('.-^?*+{}()[]|\\nrt'.includes(e)) out += `\\${e}`;
      // characters that need no escape in XSD
      else if ('$/'.includes(e)) out += e;
      else throw new Error(`pattern ${pattern}: \\${e} differs between ECMAScript and XSD; use an explicit class`);
      continue;
    }
    if (inClass) {
      if (c === '[') throw new Error(`pattern ${pattern}: '[' inside a class`);
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    switch (c) {
      case '[':
        inClass = true;
        break;
      case '(':
        if (body[i + 1] === '?') throw new Error(`pattern ${pattern}: groups with (? are not XSD`);
        depth++;
        break;
      case ')':
        depth--;
        break;
      case '|':
        if (depth === 0) throw new Error(`pattern ${pattern}: top-level alternation changes meaning once anchored; wrap it in ( )`);
        break;
      case '^':
      case '$':
        throw new Error(`pattern ${pattern}: ${c} inside the pattern is not XSD`);
      case '?':
      case '*':
      case '+':
      case '}':
        if (body[i + 1] === '?') throw new Error(`pattern ${pattern}: lazy quantifiers are not XSD`);
        break;
      default:
    }
    out += c;
  }
  if (inClass || depth !== 0) throw new Error(`pattern ${pattern}: unbalanced`);
  return out;
}

interface Ctx {
  r: SchemaResolver;
  /** Named types of $ref targets, by "file#pointer". */
  named: Map<string, string>;
  /** Identity-constraint names used so far. */
  uniques: Set<string>;
}

class XsdWriter {
  private out = '';
  constructor(private readonly ctx: Ctx) {}

  line(depth: number, s: string): void {
    this.out += `${'  '.repeat(depth)}${s}\n`;
  }

  text(): string {
    return this.out;
  }

  docs(depth: number, node: JsonSchemaNode, extra: { zh: string; en: string }[] = []): void {
    const { zh, en } = bilingual(node);
    const zhAll = [zh, ...extra.map((e) => e.zh)].filter(Boolean).join('\n');
    const enAll = [en, ...extra.map((e) => e.en)].filter(Boolean).join('\n');
    if (!zhAll && !enAll) return;
    this.line(depth, '<xs:annotation>');
    if (zhAll) this.line(depth + 1, `<xs:documentation xml:lang="zh">${esc(zhAll)}</xs:documentation>`);
    if (enAll) this.line(depth + 1, `<xs:documentation xml:lang="en">${esc(enAll)}</xs:documentation>`);
    this.line(depth, '</xs:annotation>');
  }

  /** Named type of a `$ref` that only annotates, if its target has one. */
  refType(node: JsonSchemaNode, file: string): string | undefined {
    if (typeof node.$ref !== 'string') return undefined;
    for (const k of Object.keys(node)) {
      if (!ANNOTATION_KEYWORDS.has(k)) throw new Error(`${file}: $ref with ${k} beside it cannot be written as XSD`);
    }
    const t = this.ctx.r.ref(node.$ref, file);
    const key = refKey(node.$ref, file);
    const name = this.ctx.named.get(key);
    if (name) return name;
    // a $ref chain: follow it to the named type
    if (typeof t.node.$ref === 'string') return this.refType(t.node, t.file);
    throw new Error(`${file}: $ref ${node.$ref} has no named XSD type`);
  }

  /** `<xs:element>` for a property. */
  element(depth: number, name: string, node: JsonSchemaNode, file: string, required: boolean, owner: string): void {
    const occurs = required ? '' : ' minOccurs="0"';
    const named = this.refType(node, file);
    const d = this.ctx.r.deref(node, file);
    const kind = schemaType(d.node);
    const simple = named ?? (kind === 'object' || kind === 'array' ? undefined : this.builtinOnly(d.node, kind));
    const notes = this.notes(d.node, d.file, kind);
    const hasDocs = Boolean(node.title || node.description || notes.length);
    if (simple && !hasDocs) {
      this.line(depth, `<xs:element name="${attr(name)}" type="${simple}"${occurs}/>`);
      return;
    }
    this.line(depth, `<xs:element name="${attr(name)}"${simple ? ` type="${simple}"` : ''}${occurs}>`);
    this.docs(depth + 1, node, notes);
    if (!simple) this.anonymousType(depth + 1, d.node, d.file, `${owner}.${name}`);
    if (kind === 'array' && d.node.uniqueItems === true) this.unique(depth + 1, d.node, d.file, `${owner}.${name}`);
    this.line(depth, '</xs:element>');
  }

  /** What XSD cannot say about a node, as documentation. */
  notes(node: JsonSchemaNode, file: string, kind: string | undefined): { zh: string; en: string }[] {
    const out: { zh: string; en: string }[] = [];
    if (kind === 'array' && node.uniqueItems === true) {
      const items = this.ctx.r.deref(node.items, file);
      const itemKind = schemaType(items.node);
      if (itemKind === 'object' || itemKind === 'array') {
        out.push({ zh: '各项互不相同：由验证器在 JSON 形式上检查。', en: 'Entries must differ from each other: the validator checks this on the JSON form.' });
      }
    }
    return out;
  }

  /** A type reference for a scalar without facets (xs:string …), or undefined. */
  builtinOnly(node: JsonSchemaNode, kind: string | undefined): string | undefined {
    const facets = ['enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
    if (facets.some((f) => f in node)) return undefined;
    if (kind === 'string') return 'xs:string';
    if (kind === 'integer') return 'xs:integer';
    if (kind === 'boolean') return 'xs:boolean';
    throw new Error(`no XSD type for schema type ${String(kind)}`);
  }

  anonymousType(depth: number, node: JsonSchemaNode, file: string, owner: string): void {
    const kind = schemaType(node);
    if (kind === 'object') {
      this.line(depth, '<xs:complexType>');
      this.all(depth + 1, node, file, owner);
      this.line(depth, '</xs:complexType>');
    } else if (kind === 'array') {
      this.line(depth, '<xs:complexType>');
      this.line(depth + 1, '<xs:sequence>');
      this.item(depth + 2, node, file, owner);
      this.line(depth + 1, '</xs:sequence>');
      this.line(depth, '</xs:complexType>');
    } else {
      this.simpleType(depth, node, kind, undefined);
    }
  }

  item(depth: number, array: JsonSchemaNode, file: string, owner: string): void {
    const min = typeof array.minItems === 'number' ? array.minItems : 0;
    const max = typeof array.maxItems === 'number' ? String(array.maxItems) : 'unbounded';
    const items: JsonSchemaNode = array.items;
    const occurs = `${min === 1 ? '' : ` minOccurs="${min}"`} maxOccurs="${max}"`;
    const named = this.refType(items, file);
    const d = this.ctx.r.deref(items, file);
    const kind = schemaType(d.node);
    const simple = named ?? (kind === 'object' || kind === 'array' ? undefined : this.builtinOnly(d.node, kind));
    if (simple && !(items.title || items.description)) {
      this.line(depth, `<xs:element name="${ITEM_ELEMENT}" type="${simple}"${occurs}/>`);
      return;
    }
    this.line(depth, `<xs:element name="${ITEM_ELEMENT}"${simple ? ` type="${simple}"` : ''}${occurs}>`);
    this.docs(depth + 1, items);
    if (!simple) this.anonymousType(depth + 1, d.node, d.file, `${owner}.item`);
    this.line(depth, '</xs:element>');
  }

  /** Scalar entries of a uniqueItems array must differ: an identity constraint on the wrapper. */
  unique(depth: number, array: JsonSchemaNode, file: string, owner: string): void {
    const d = this.ctx.r.deref(array.items, file);
    const kind = schemaType(d.node);
    if (kind === 'object' || kind === 'array') return;
    let name = `${owner}.unique`;
    for (let k = 2; this.ctx.uniques.has(name); k++) name = `${owner}.unique${k}`;
    this.ctx.uniques.add(name);
    this.line(depth, `<xs:unique name="${attr(name)}">`);
    this.line(depth + 1, `<xs:selector xpath="fsjc:${ITEM_ELEMENT}"/>`);
    this.line(depth + 1, '<xs:field xpath="."/>');
    this.line(depth, '</xs:unique>');
  }

  /** `<xs:all>` of an object's properties (recordType excepted at record level). */
  all(depth: number, node: JsonSchemaNode, file: string, owner: string, skip?: string): void {
    const required = new Set<string>(Array.isArray(node.required) ? node.required : []);
    const props = Object.entries<JsonSchemaNode>(node.properties ?? {}).filter(([k]) => k !== skip);
    if (props.length === 0) {
      this.line(depth, '<xs:sequence/>');
      return;
    }
    this.line(depth, '<xs:all>');
    for (const [k, v] of props) this.element(depth + 1, k, v, file, required.has(k), owner);
    this.line(depth, '</xs:all>');
  }

  simpleType(depth: number, node: JsonSchemaNode, kind: string | undefined, name: string | undefined): void {
    const base = kind === 'string' ? 'xs:string' : kind === 'integer' ? 'xs:integer' : kind === 'boolean' ? 'xs:boolean' : undefined;
    if (!base) throw new Error(`no XSD simple type for schema type ${String(kind)}`);
    this.line(depth, name ? `<xs:simpleType name="${name}">` : '<xs:simpleType>');
    if (name) this.docs(depth + 1, node, formatNotes(node));
    this.line(depth + 1, `<xs:restriction base="${base}">`);
    const values: unknown[] = 'const' in node ? [node.const] : Array.isArray(node.enum) ? node.enum : [];
    for (const v of values) this.line(depth + 2, `<xs:enumeration value="${attr(String(v))}"/>`);
    if (typeof node.pattern === 'string') this.line(depth + 2, `<xs:pattern value="${attr(toXsdPattern(node.pattern))}"/>`);
    if (typeof node.minLength === 'number') this.line(depth + 2, `<xs:minLength value="${node.minLength}"/>`);
    if (typeof node.maxLength === 'number') this.line(depth + 2, `<xs:maxLength value="${node.maxLength}"/>`);
    if (typeof node.minimum === 'number') this.line(depth + 2, `<xs:minInclusive value="${node.minimum}"/>`);
    if (typeof node.exclusiveMinimum === 'number') this.line(depth + 2, `<xs:minExclusive value="${node.exclusiveMinimum}"/>`);
    if (typeof node.maximum === 'number') this.line(depth + 2, `<xs:maxInclusive value="${node.maximum}"/>`);
    if (typeof node.exclusiveMaximum === 'number') this.line(depth + 2, `<xs:maxExclusive value="${node.exclusiveMaximum}"/>`);
    this.line(depth + 1, '</xs:restriction>');
    this.line(depth, '</xs:simpleType>');
  }

  /** A named type for a whole schema or a $def. */
  namedType(depth: number, name: string, node: JsonSchemaNode, file: string, skip?: string, extraNotes: { zh: string; en: string }[] = []): void {
    const kind = schemaType(node);
    if (kind === 'object') {
      this.line(depth, `<xs:complexType name="${name}">`);
      this.docs(depth + 1, node, [...extraNotes, ...conditionalNotes(node)]);
      this.all(depth + 1, node, file, name, skip);
      this.line(depth, '</xs:complexType>');
    } else if (kind === 'array') {
      this.line(depth, `<xs:complexType name="${name}">`);
      this.docs(depth + 1, node, extraNotes);
      this.line(depth + 1, '<xs:sequence>');
      this.item(depth + 2, node, file, name);
      this.line(depth + 1, '</xs:sequence>');
      this.line(depth, '</xs:complexType>');
    } else {
      this.simpleType(depth, node, kind, name);
    }
  }
}

function refKey(ref: string, baseFile: string): string {
  const hash = ref.indexOf('#');
  const target = hash < 0 ? ref : ref.slice(0, hash);
  const file = target === '' ? baseFile : target.slice(target.lastIndexOf('/') + 1);
  return `${file}#${hash < 0 ? '' : ref.slice(hash + 1)}`;
}

function formatNotes(node: JsonSchemaNode): { zh: string; en: string }[] {
  if (typeof node.format !== 'string') return [];
  return [{
    zh: `格式 ${node.format}：模式只检查字面形式，取值的有效性（如日期是否存在）由验证器在 JSON 形式上检查。`,
    en: `Format ${node.format}: the pattern checks the lexical form only; whether the value is valid (e.g. the date exists) is checked by the validator on the JSON form.`,
  }];
}

/** JSON Schema if/then conditionals, which XSD 1.0 cannot express, as documentation. */
function conditionalNotes(node: JsonSchemaNode): { zh: string; en: string }[] {
  const rules: { zh: string; en: string }[] = [];
  for (const sub of Array.isArray(node.allOf) ? node.allOf : []) {
    if (!sub.if || !sub.then) continue;
    const cond = Object.entries<JsonSchemaNode>(sub.if.properties ?? {}).filter(([, v]) => 'const' in v);
    const req: string[] = Array.isArray(sub.then.required) ? sub.then.required : [];
    if (cond.length && req.length && Object.keys(sub.then).length === 1) {
      const when = cond.map(([k, v]) => `${k} = ${String(v.const)}`).join(', ');
      rules.push({ zh: `当 ${when} 时，${req.join('、')} 必填`, en: `when ${when}, ${req.join(', ')} ${req.length > 1 ? 'are' : 'is'} required` });
    } else {
      const json = JSON.stringify(sub);
      rules.push({ zh: json, en: json });
    }
  }
  if (!rules.length) return [];
  return [{
    zh: `以下条件（JSON Schema if/then、const）无法用 XSD 1.0 表达，由验证器在 JSON 形式上检查（FSJC-XML-006）：${rules.map((r) => r.zh).join('；')}。`,
    en: `These conditions (JSON Schema if/then, const) cannot be expressed in XSD 1.0; the validator checks them on the JSON form (FSJC-XML-006): ${rules.map((r) => r.en).join('; ')}.`,
  }];
}

/** Every `$ref` target in the schemas that gets a named type, by "file#pointer". */
function collectRefs(r: SchemaResolver, schemas: Readonly<Record<string, JsonSchemaNode>>): Map<string, { node: JsonSchemaNode; file: string; name: string }> {
  const out = new Map<string, { node: JsonSchemaNode; file: string; name: string }>();
  const walk = (n: unknown, file: string): void => {
    if (Array.isArray(n)) { n.forEach((x) => walk(x, file)); return; }
    if (!n || typeof n !== 'object') return;
    const o = n as JsonSchemaNode;
    if (typeof o.$ref === 'string') {
      const key = refKey(o.$ref, file);
      if (!out.has(key)) {
        const t = r.ref(o.$ref, file);
        const frag = key.slice(key.indexOf('#') + 1);
        const name = frag ? pascal(frag.slice(frag.lastIndexOf('/') + 1)) : pascal(key.slice(0, key.indexOf('.')));
        out.set(key, { node: t.node, file: t.file, name });
        walk(t.node, t.file);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== '$ref') walk(v, file);
  };
  for (const [file, s] of Object.entries(schemas)) walk(s, file);
  return out;
}

/** The XSD text for the given schema files (keyed by file name). */
export function generateXsdFromSchemas(schemas: Readonly<Record<string, JsonSchemaNode>>, opts: XsdOptions = {}): string {
  const r = new SchemaResolver(schemas);
  const types = recordTypesOf(schemas);
  const refs = collectRefs(r, schemas);
  // the batch refers to each record schema in its conditionals: those become record types below
  for (const t of types) refs.delete(`${t}.schema.json#`);
  refs.delete('header.schema.json#');
  const named = new Map<string, string>();
  const taken = new Set<string>(['Batch', 'Records', 'Header', ...types.map((t) => `${pascal(t)}Record`)]);
  for (const [key, v] of refs) {
    if (taken.has(v.name)) throw new Error(`XSD type name ${v.name} is used twice (${key})`);
    taken.add(v.name);
    named.set(key, v.name);
  }
  named.set('header.schema.json#', 'Header');
  const ctx: Ctx = { r, named, uniques: new Set() };
  const w = new XsdWriter(ctx);
  const batch = r.file('batch.schema.json');
  const header = r.file('header.schema.json');

  w.line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  if (opts.comment) w.line(0, `<!-- ${opts.comment.replace(/--/g, '- -')} -->`);
  w.line(0, `<xs:schema xmlns:xs="${XS}" xmlns="${XML_NAMESPACE_V1}" xmlns:fsjc="${XML_NAMESPACE_V1}" targetNamespace="${XML_NAMESPACE_V1}" elementFormDefault="qualified">`);
  w.docs(1, {
    title: 'FSJC 交换批次 XML 模式',
    description: [
      '由 JSON Schema 生成（FSJC-XML-006），与 JSON 形式同等效力，映射规则见 docs/xml-mapping.md。每个对象属性为同名子元素（顺序任意），数组为以属性命名的包装元素，内含若干 item 元素；每种记录类型为以 recordType 命名的全局元素，可单独验证。JSON Schema 的条件（if/then）、const、format 以及对象数组的 uniqueItems 无法用 XSD 1.0 表达，由验证器在 JSON 形式上检查。',
      '',
      'Generated from the JSON Schemas (FSJC-XML-006); the XML form has the same standing as the JSON form, with the mapping of docs/xml-mapping.md. Each object property is a child element of the same name (in any order); an array is a wrapper element named after the property holding item elements; each record type is a global element named by its recordType, so a record can be validated alone. JSON Schema conditionals (if/then), const, format and uniqueItems on arrays of objects cannot be expressed in XSD 1.0: the validator checks them on the JSON form.',
    ].join('\n'),
  });
  w.line(0, '');

  // batch and its parts
  w.line(1, '<xs:element name="batch" type="Batch"/>');
  w.line(1, '<xs:complexType name="Batch">');
  w.docs(2, batch);
  w.line(2, '<xs:all>');
  const breq = new Set<string>(batch.required ?? []);
  w.line(3, `<xs:element name="header" type="Header"${breq.has('header') ? '' : ' minOccurs="0"'}>`);
  w.docs(4, batch.properties.header);
  w.line(3, '</xs:element>');
  w.line(3, `<xs:element name="records" type="Records"${breq.has('records') ? '' : ' minOccurs="0"'}>`);
  w.docs(4, batch.properties.records);
  w.line(3, '</xs:element>');
  w.line(2, '</xs:all>');
  w.line(1, '</xs:complexType>');
  const recs = batch.properties.records;
  w.line(1, '<xs:complexType name="Records">');
  w.docs(2, {
    description: `每条记录是以其 recordType 命名的元素，recordType 不作为子元素出现（FSJC-XML-004）。${typeof recs.maxItems === 'number' ? `记录数上限 ${recs.maxItems} 由验证器在 JSON 形式上检查。` : ''}\n\nEach record is an element named by its recordType, which is not written as a child (FSJC-XML-004).${typeof recs.maxItems === 'number' ? ` The limit of ${recs.maxItems} records is checked by the validator on the JSON form.` : ''}`,
  });
  w.line(2, '<xs:choice minOccurs="0" maxOccurs="unbounded">');
  for (const t of types) w.line(3, `<xs:element ref="${t}"/>`);
  w.line(2, '</xs:choice>');
  w.line(1, '</xs:complexType>');
  w.namedType(1, 'Header', header, 'header.schema.json');
  w.line(0, '');

  // record types: a global element each, so that one record can be validated alone
  for (const t of types) {
    const file = `${t}.schema.json`;
    const s = r.file(file);
    const typeName = `${pascal(t)}Record`;
    w.line(1, `<xs:element name="${t}" type="${typeName}"/>`);
    w.namedType(1, typeName, s, file, 'recordType', [{
      zh: `recordType（固定为 "${t}"）由元素名表示，不作为子元素出现（FSJC-XML-004）。`,
      en: `recordType (always "${t}") is carried by the element name and is not written as a child (FSJC-XML-004).`,
    }]);
    w.line(0, '');
  }

  // shared definitions, in the order of their files' $defs whatever the order of the files
  const order = (key: string): [string, number] => {
    const [file, frag] = key.split('#');
    const defs = Object.keys(schemas[file]?.$defs ?? {});
    return [file, defs.indexOf(frag.slice(frag.lastIndexOf('/') + 1))];
  };
  const keys = [...refs.keys()].filter((k) => named.has(k)).sort((a, b) => {
    const [fa, ia] = order(a);
    const [fb, ib] = order(b);
    return fa < fb ? -1 : fa > fb ? 1 : ia - ib;
  });
  for (const key of keys) {
    const v = refs.get(key)!;
    w.namedType(1, v.name, v.node, v.file);
  }
  w.line(0, '</xs:schema>');
  return w.text();
}
