import { SCHEMAS } from '../generated/schemas.js';
import { SchemaResolver } from '../xml/schema-model.js';

/**
 * What the semantic rules need to know about each field of a record type, read once from the
 * schemas' annotations (`codelist`, `openCodelist`, `references`, `deprecated`) and `$ref`s to
 * the common identifier types. Rules interpret this plan; nothing about fields is hard-coded.
 */
export interface FieldPlan {
  /** Path segments from the record root; `*` stands for every array item. */
  segments: string[];
  codelist?: string;
  openCodelist?: boolean;
  references?: string;
  deprecated?: { since?: string; replacedBy?: string; removeIn?: string };
  /** The common definition the field uses, when it is an identifier type. */
  def?: 'uscc' | 'regionCode' | 'dateTime';
  /** Segments as pointer fragments, escaped once. */
  escaped?: string[];
}

type Schema = Record<string, any>;
const COMMON = 'common.schema.json';

const resolver = new SchemaResolver(SCHEMAS);

/** A node with its `$ref` followed (its own annotations win), and the common definition it names. */
function resolve(node: Schema, base = COMMON): { schema: Schema; def?: string } {
  if (!node.$ref) return { schema: node };
  const ref = String(node.$ref);
  const target = resolver.ref(ref, base);
  const { $ref: _r, ...own } = node;
  const inner = resolve(target.node, target.file);
  const frag = ref.slice(ref.indexOf('#') + 1);
  const def = target.file === COMMON && frag.startsWith('/$defs/') ? frag.slice('/$defs/'.length) : inner.def;
  return { schema: { ...inner.schema, ...own }, def };
}

function plan(root: Schema): FieldPlan[] {
  const out: FieldPlan[] = [];
  const walk = (node: Schema, segments: string[]) => {
    for (const [name, raw] of Object.entries<Schema>(node.properties ?? {})) {
      const { schema: s, def } = resolve(raw);
      const segs = [...segments, name];
      const entry: FieldPlan = { segments: segs };
      let useful = false;
      if (s.codelist && s.openCodelist !== undefined) { entry.codelist = String(s.codelist).replace(/\.csv$/, ''); entry.openCodelist = !!s.openCodelist; useful = true; }
      if (s.references) { entry.references = s.references; useful = true; }
      if (s.deprecated) { entry.deprecated = s.deprecation ?? {}; useful = true; }
      if (def === 'uscc' || def === 'regionCode' || def === 'dateTime') { entry.def = def; useful = true; }
      if (useful) out.push(entry);
      if (s.type === 'object') walk(s, segs);
      if (s.type === 'array' && s.items) {
        const { schema: item, def: itemDef } = resolve(s.items);
        const itemSegs = [...segs, '*'];
        if (item.type === 'object') walk(item, itemSegs);
        else {
          const e: FieldPlan = { segments: itemSegs };
          let u = false;
          if (item.codelist) { e.codelist = String(item.codelist).replace(/\.csv$/, ''); e.openCodelist = !!item.openCodelist; u = true; }
          if (item.references) { e.references = item.references; u = true; }
          if (itemDef === 'regionCode' || itemDef === 'uscc') { e.def = itemDef; u = true; }
          if (u) out.push(e);
        }
      }
    }
  };
  walk(root, []);
  return out;
}

const cache = new Map<string, FieldPlan[]>();

/** The field plan of a record type (or `header`). */
export function fieldPlan(recordType: string): FieldPlan[] {
  let p = cache.get(recordType);
  if (!p) {
    const schema = SCHEMAS[`${recordType}.schema.json`];
    p = schema ? plan(schema) : [];
    cache.set(recordType, p);
  }
  return p;
}

/** Per record type and purpose, the plan fields a rule needs, computed once. */
const selections = new Map<string, Map<string, FieldPlan[]>>();
export function selectFields(recordType: string, purpose: string, keep: (f: FieldPlan) => boolean): FieldPlan[] {
  let byType = selections.get(purpose);
  if (!byType) selections.set(purpose, (byType = new Map()));
  let out = byType.get(recordType);
  if (!out) {
    out = fieldPlan(recordType).filter(keep);
    for (const f of out) f.escaped ??= f.segments.map((s) => (s === '*' ? s : `/${escapePointer(s)}`));
    byType.set(recordType, out);
  }
  return out;
}

/**
 * Calls `fn` for every value at the field's path in `record`, with its JSON pointer relative to
 * the record. Missing fields are skipped. Hot path: no closures, pointers built from segments
 * escaped once.
 */
export function forEachValue(record: unknown, field: FieldPlan, fn: (value: unknown, pointer: string) => void): void {
  const segs = field.segments;
  const esc = field.escaped ?? (field.escaped = segs.map((s) => (s === '*' ? s : `/${escapePointer(s)}`)));
  let node: any = record;
  let i = 0;
  let pointer = '';
  for (; i < segs.length; i++) {
    if (node === undefined || node === null || typeof node !== 'object') return;
    if (segs[i] === '*') break;
    node = node[segs[i]];
    pointer += esc[i];
  }
  if (node === undefined || node === null) return;
  if (i === segs.length) { fn(node, pointer); return; }
  if (!Array.isArray(node)) return;
  for (let k = 0; k < node.length; k++) walkRest(node[k], segs, esc, i + 1, `${pointer}/${k}`, fn);
}

function walkRest(node: any, segs: string[], esc: string[], i: number, pointer: string, fn: (value: unknown, pointer: string) => void): void {
  for (; i < segs.length; i++) {
    if (node === undefined || node === null || typeof node !== 'object') return;
    if (segs[i] === '*') {
      if (!Array.isArray(node)) return;
      for (let k = 0; k < node.length; k++) walkRest(node[k], segs, esc, i + 1, `${pointer}/${k}`, fn);
      return;
    }
    node = node[segs[i]];
    pointer += esc[i];
  }
  if (node !== undefined && node !== null) fn(node, pointer);
}

const NEEDS_ESCAPE = /[~/]/;
export function escapePointer(segment: string): string {
  return NEEDS_ESCAPE.test(segment) ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}
