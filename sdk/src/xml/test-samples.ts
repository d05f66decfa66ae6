/**
 * Test support: valid sample records built from the JSON Schemas themselves, so that tests
 * follow the schemas as they change. Every property is filled in (the XML mapping of all of
 * them gets exercised); strings follow their pattern, length and format.
 */
import { SCHEMAS } from '../generated/schemas.js';
import { recordTypesOf, schemaType, SchemaResolver, type JsonSchemaNode } from './schema-model.js';

export interface SampleOptions {
  /** Varies the choices (enum entries, characters of patterns, booleans). */
  seed?: number;
  /** Free-text strings get characters that need care in XML (& < > CR, CJK, emoji). */
  tricky?: boolean;
  /** Arrays are left empty where the schema allows it. */
  emptyArrays?: boolean;
}

export const TRICKY_TEXT = 'A&B <c> ]]> "q" \'a\'\r\n\t张三 😀 end\r';

const FORMATS: Record<string, string[]> = {
  'date-time': ['2026-10-09T09:30:00+08:00', '2026-02-28T23:59:59.123Z'],
  date: ['2026-10-09', '2025-01-26'],
  email: ['duty@example.gov.cn', 'a.b@example.org'],
};

/** A string matching a (simple, anchored) JSON Schema pattern. */
export function patternSample(pattern: string, seed = 0): string {
  const src = pattern.replace(/^\^/, '').replace(/\$$/, '');
  let i = 0;
  const classChars = (): string[] => {
    // at '[' already consumed
    let neg = false;
    if (src[i] === '^') { neg = true; i++; }
    const set: string[] = [];
    while (src[i] !== ']') {
      let c = src[i++];
      if (c === '\\') c = src[i++];
      if (src[i] === '-' && src[i + 1] !== ']') {
        i++;
        let d = src[i++];
        if (d === '\\') d = src[i++];
        for (let k = c.charCodeAt(0); k <= d.charCodeAt(0); k++) set.push(String.fromCharCode(k));
      } else set.push(c);
    }
    i++;
    if (!neg) return set;
    return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').filter((c) => !set.includes(c));
  };
  const seq = (): string => {
    let out = '';
    while (i < src.length && src[i] !== ')' && src[i] !== '|') {
      let atom: () => string;
      const c = src[i++];
      if (c === '(') {
        const alts: number[] = [i];
        // find the alternatives of this group
        let depth = 0;
        for (let k = i; k < src.length; k++) {
          if (src[k] === '\\') { k++; continue; }
          if (src[k] === '[') { while (src[k] !== ']') k++; continue; }
          if (src[k] === '(') depth++;
          else if (src[k] === ')') { if (depth === 0) break; depth--; }
          else if (src[k] === '|' && depth === 0) alts.push(k + 1);
        }
        const pick = alts[seed % alts.length];
        const save = i;
        i = pick;
        const text = seq();
        // skip to the end of the group
        i = save;
        let depth2 = 0;
        for (; i < src.length; i++) {
          if (src[i] === '\\') { i++; continue; }
          if (src[i] === '[') { while (src[i] !== ']') i++; continue; }
          if (src[i] === '(') depth2++;
          else if (src[i] === ')') { if (depth2 === 0) break; depth2--; }
        }
        i++;
        atom = () => text;
      } else if (c === '[') {
        const set = classChars();
        atom = () => set[seed % set.length];
      } else if (c === '\\') {
        const e = src[i++];
        atom = () => (e === 'd' ? String(seed % 10) : e);
      } else if (c === '.') {
        atom = () => 'x';
      } else {
        atom = () => c;
      }
      let min = 1;
      let max = 1;
      if (src[i] === '?') { min = 0; max = 1; i++; }
      else if (src[i] === '*') { min = 0; max = Infinity; i++; }
      else if (src[i] === '+') { min = 1; max = Infinity; i++; }
      else if (src[i] === '{') {
        const end = src.indexOf('}', i);
        const [a, b] = src.slice(i + 1, end).split(',');
        min = Number(a);
        max = b === undefined ? min : b === '' ? Infinity : Number(b);
        i = end + 1;
      }
      // one more than the minimum where allowed, so optional parts get exercised too
      const n = Math.min(max, min + (seed % 2));
      for (let k = 0; k < n; k++) out += atom();
    }
    return out;
  };
  const s = seq();
  if (!new RegExp(pattern, 'u').test(s)) throw new Error(`no sample for pattern ${pattern} (got ${s})`);
  return s;
}

function stringSample(node: JsonSchemaNode, opts: SampleOptions): string {
  const seed = opts.seed ?? 0;
  if (Array.isArray(node.enum)) return String(node.enum[seed % node.enum.length]);
  if (typeof node.format === 'string' && FORMATS[node.format]) return FORMATS[node.format][seed % FORMATS[node.format].length];
  if (typeof node.pattern === 'string') return patternSample(node.pattern, seed);
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? 100;
  let s = opts.tricky ? TRICKY_TEXT : `样例文本 sample ${seed}`;
  const cps = Array.from(s);
  if (cps.length > max) s = cps.slice(0, max).join('');
  while (Array.from(s).length < min) s += 'x';
  return s;
}

export function sampleValue(node: JsonSchemaNode, file: string, opts: SampleOptions = {}, r = new SchemaResolver(SCHEMAS)): unknown {
  const d = r.deref(node, file);
  const n = d.node;
  const seed = opts.seed ?? 0;
  if ('const' in n) return n.const;
  switch (schemaType(n)) {
    case 'string':
      return stringSample(n, opts);
    case 'integer': {
      if (Array.isArray(n.enum)) return n.enum[seed % n.enum.length];
      const lo = typeof n.minimum === 'number' ? n.minimum : 0;
      const hi = typeof n.maximum === 'number' ? n.maximum : lo + 1000;
      return Math.min(hi, lo + seed);
    }
    case 'boolean':
      return seed % 2 === 0;
    case 'array': {
      const min = n.minItems ?? 0;
      const count = opts.emptyArrays && min === 0 ? 0 : Math.max(min, 2);
      return Array.from({ length: count }, (_, k) => sampleValue(n.items, d.file, { ...opts, seed: seed + k }, r));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries<JsonSchemaNode>(n.properties ?? {})) out[k] = sampleValue(v, d.file, opts, r);
      return out;
    }
    default:
      throw new Error(`no sample for ${JSON.stringify(n)}`);
  }
}

export const RECORD_TYPES: readonly string[] = recordTypesOf(SCHEMAS);

/** A record of the given type with every property filled in. */
export function sampleRecord(type: string, opts: SampleOptions = {}): Record<string, unknown> {
  const file = `${type}.schema.json`;
  return sampleValue(SCHEMAS[file], file, opts) as Record<string, unknown>;
}

export function sampleHeader(opts: SampleOptions = {}): Record<string, unknown> {
  return sampleValue(SCHEMAS['header.schema.json'], 'header.schema.json', opts) as Record<string, unknown>;
}

/** A batch with one record of every type (several with `perType`). */
export function sampleBatch(opts: SampleOptions & { perType?: number } = {}): { header: Record<string, unknown>; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  for (const t of RECORD_TYPES) {
    for (let k = 0; k < (opts.perType ?? 1); k++) records.push(sampleRecord(t, { ...opts, seed: (opts.seed ?? 0) + k }));
  }
  const header = sampleHeader(opts);
  header.recordCount = records.length;
  return { header, records };
}
