import * as fast from '../generated/validators-fast.js';
import * as full from '../generated/validators-full.js';
import { CODELISTS } from '../generated/codelists.js';
import type { CompiledValidator } from '../generated/validators-fast.js';
import { escapePointer } from './plan.js';

/** A schema finding before it is placed in a batch. */
export interface SchemaFinding {
  code: string;
  /** JSON pointer relative to the validated value. */
  pointer: string;
  params?: Record<string, string | number>;
  /** Overrides the code's default requirement (conditional requirements of event types). */
  requirement?: string;
}

/** What valid data gets: one empty list for all, not a new one per record. */
export const NONE: readonly SchemaFinding[] = Object.freeze([]);

const FAST = fast as unknown as Record<string, CompiledValidator>;
const FULL = full as unknown as Record<string, CompiledValidator>;

/** Whether the schemas define this record type (or `header`). */
export function hasSchema(name: string): boolean {
  return fastFor(name) !== undefined;
}

const fastByName = new Map<string, CompiledValidator | undefined>();
function fastFor(name: string): CompiledValidator | undefined {
  let v = fastByName.get(name);
  if (v === undefined && !fastByName.has(name)) {
    v = typeof FAST[`fast_${name}`] === 'function' ? FAST[`fast_${name}`] : undefined;
    fastByName.set(name, v);
  }
  return v;
}

/** Whether a record passes its schema (the first-error validator only). */
export function passesSchema(name: string, value: unknown): boolean {
  const fast = fastFor(name);
  return fast !== undefined && fast(value);
}

/**
 * Validates a header or record against its schema (FSJC-DATA-001). Valid data costs one pass of
 * the first-error validator; only invalid data is validated again to collect every error, which
 * are then reduced so one fault gives one finding (FSJC-VAL-005).
 */
export function checkSchema(name: string, value: unknown): readonly SchemaFinding[] {
  if (fastFor(name)!(value)) return NONE;
  const all = FULL[`full_${name}`];
  all(value);
  return reduce(all.errors ?? []);
}

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  parentSchema?: Record<string, any>;
  data?: unknown;
}

const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
/** Event type → the requirement that states its fields: FSJC-DATA-030 onwards in code-list order. */
function eventRequirement(eventType: unknown): string | undefined {
  const i = EVENT_TYPES.indexOf(String(eventType));
  return i < 0 ? undefined : `FSJC-DATA-${String(30 + i).padStart(3, '0')}`;
}

/** Damerau-free edit distance, small strings only. */
function distance(a: string, b: string): number {
  const m = a.length, n = b.length;
  if (Math.abs(m - n) > 3) return 99;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}

export function similar(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const d = distance(a, b);
  return d <= (Math.min(a.length, b.length) <= 4 ? 1 : 2);
}

function nearest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 99;
  for (const c of candidates) {
    if (!similar(name, c)) continue;
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) { best = c; bestD = d; }
  }
  return best;
}

const RANK: Record<string, number> = { type: 0, required: 1, additionalProperties: 1, enum: 2, const: 2, format: 3, pattern: 4 };

function reduce(errors: AjvError[]): SchemaFinding[] {
  const findings: (SchemaFinding & { rank: number; base: string })[] = [];
  const missing = new Map<string, AjvError[]>(); // instancePath → required errors
  const unknown = new Map<string, AjvError[]>(); // instancePath → additionalProperties errors
  const typeBroken: string[] = [];
  for (const e of errors) {
    if (e.keyword === 'required') push(missing, e.instancePath, e);
    else if (e.keyword === 'additionalProperties') push(unknown, e.instancePath, e);
    else if (e.keyword === 'type') typeBroken.push(e.instancePath);
  }
  const under = (p: string) => typeBroken.some((t) => p !== t && (p.startsWith(t + '/') || t === ''));
  const merged = new Set<AjvError>();
  // a misspelt field: an unknown name close to a missing required one → one finding
  for (const [path, unk] of unknown) {
    const req = missing.get(path) ?? [];
    for (const u of unk) {
      const name = String(u.params.additionalProperty);
      const match = req.find((r) => !merged.has(r) && similar(name, String(r.params.missingProperty)));
      if (match) {
        merged.add(match); merged.add(u);
        findings.push({ code: 'schema.misspeltField', pointer: `${path}/${escapePointer(name)}`, params: { field: name, expected: String(match.params.missingProperty) }, rank: 1, base: path });
      }
    }
  }
  for (const e of errors) {
    if (merged.has(e) || e.keyword === 'if' || e.keyword === 'allOf' || e.keyword === 'anyOf') continue;
    if (under(e.instancePath)) continue;
    const f = toFinding(e);
    if (f) findings.push({ ...f, rank: RANK[e.keyword] ?? 5, base: e.instancePath });
  }
  // one finding per pointer, the most basic first
  findings.sort((a, b) => a.rank - b.rank);
  const seen = new Set<string>();
  const out: SchemaFinding[] = [];
  for (const { rank: _r, base: _b, ...f } of findings) {
    if (seen.has(f.pointer)) continue;
    seen.add(f.pointer);
    out.push(f);
  }
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}

function toFinding(e: AjvError): SchemaFinding | undefined {
  const p = e.instancePath;
  const s = e.parentSchema ?? {};
  switch (e.keyword) {
    case 'required': {
      const field = String(e.params.missingProperty);
      const pointer = `${p}/${escapePointer(field)}`;
      if (e.schemaPath.includes('/then/')) {
        const eventType = (e.data as Record<string, unknown> | undefined)?.eventType;
        return { code: 'schema.requiredForEventType', pointer, params: { field, eventType: String(eventType) }, requirement: eventRequirement(eventType) };
      }
      return { code: 'schema.required', pointer, params: { field } };
    }
    case 'additionalProperties': {
      const field = String(e.params.additionalProperty);
      const suggestion = nearest(field, Object.keys(s.properties ?? {}));
      return { code: 'schema.unknownField', pointer: `${p}/${escapePointer(field)}`, params: suggestion ? { field, suggestion } : { field } };
    }
    case 'type':
      return { code: 'schema.type', pointer: p, params: { expected: String(e.params.type) } };
    case 'enum':
      if (s.codelist) return { code: 'schema.closedCode', pointer: p, params: { value: String(e.data), codelist: String(s.codelist).replace(/\.csv$/, '') } };
      return { code: 'schema.enum', pointer: p, params: { value: String(e.data), allowed: (e.params.allowedValues ?? []).join(', ') } };
    case 'const':
      return { code: 'schema.const', pointer: p, params: { expected: String(e.params.allowedValue) } };
    case 'format':
    case 'pattern':
      if (s.format === 'date-time' || s.format === 'date') return { code: 'schema.dateTime', pointer: p, params: { value: String(e.data), format: s.format } };
      if (e.keyword === 'format') return { code: 'schema.format', pointer: p, params: { value: String(e.data), format: String(e.params.format) } };
      return { code: 'schema.pattern', pointer: p, params: { value: String(e.data), pattern: String(e.params.pattern) } };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      return { code: 'schema.range', pointer: p, params: { value: String(e.data), limit: String(e.params.limit), comparison: String(e.params.comparison) } };
    case 'minLength': case 'maxLength':
      return { code: 'schema.length', pointer: p, params: { limit: Number(e.params.limit), keyword: e.keyword } };
    case 'minItems': case 'maxItems': case 'uniqueItems':
      return { code: 'schema.items', pointer: p, params: { keyword: e.keyword, ...(e.params.limit !== undefined ? { limit: Number(e.params.limit) } : {}) } };
    default:
      return { code: 'schema.other', pointer: p, params: { keyword: e.keyword } };
  }
}
