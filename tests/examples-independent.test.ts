/**
 * Checks the example batches with a validator that shares no code with the SDK: Python
 * `jsonschema` (Draft 2020-12) run by scripts/check-jsonschema.py. Also checks that the
 * examples are consistent with themselves (counts, times, check characters, sidecars).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODES } from '../sdk/src/validation/codes.js';
import { isValidUscc } from '../sdk/src/identifiers/gb32100.js';
import { checkResidentId } from '../sdk/src/identifiers/gb11643.js';
import { idNumberDigest } from '../sdk/src/identifiers/protect.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'scripts/check-jsonschema.py');
const VALID = path.join(ROOT, 'examples/valid');
const INVALID = path.join(ROOT, 'examples/invalid');
const DEMO_KEY = 'fsjc-demo-key-foshan';

const validFiles = readdirSync(VALID).filter((f) => f.endsWith('.json') || f.endsWith('.ndjson')).sort();
const invalidFiles = readdirSync(INVALID).filter((f) => !f.endsWith('.expect.json') && /\.(json|ndjson)$/.test(f)).sort();
const schemaInvalid = invalidFiles.filter((f) => f.startsWith('schema.'));

interface PyResult {
  file: string;
  valid: boolean;
  errors: { pointer: string; message: string; validator: string }[];
}

/** The first interpreter with a usable jsonschema, or why there is none. */
function findPython(): { python: string } | { missing: string } {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
  const reasons: string[] = [];
  for (const python of candidates) {
    const r = spawnSync(python, [SCRIPT, '--probe'], { encoding: 'utf8' });
    if (r.error) {
      reasons.push(`${python}: not found`);
      continue;
    }
    if (r.status === 0) return { python };
    reasons.push(`${python}: ${(r.stderr || r.stdout).trim()}`);
  }
  return { missing: `independent JSON Schema check needs python3 with the jsonschema module (Debian: python3-jsonschema) — ${reasons.join('; ')}` };
}

function runPython(python: string, files: string[]): Map<string, PyResult> {
  const r = spawnSync(python, [SCRIPT, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check-jsonschema.py failed: ${r.stderr}`);
  const out = new Map<string, PyResult>();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const result = JSON.parse(line) as PyResult;
    out.set(path.basename(result.file), result);
  }
  return out;
}

const found = findPython();

describe('examples against the JSON Schemas, checked by Python jsonschema', () => {
  if ('missing' in found) {
    if (process.env.CI) {
      it('has python3 with jsonschema available (required in CI)', () => {
        throw new Error(found.missing);
      });
    } else {
      it.skip(`skipped: ${found.missing}`, () => {});
    }
    return;
  }
  const results = runPython(found.python, [
    ...validFiles.map((f) => path.join(VALID, f)),
    ...schemaInvalid.map((f) => path.join(INVALID, f)),
  ]);

  it.each(validFiles)('accepts valid/%s', (file) => {
    const result = results.get(file);
    expect(result, `no result for ${file}`).toBeDefined();
    expect(result!.errors).toEqual([]);
    expect(result!.valid).toBe(true);
  });

  it('has a schema-level invalid example for the schema codes', () => {
    expect(schemaInvalid.length).toBeGreaterThanOrEqual(9);
  });

  it.each(schemaInvalid)('rejects invalid/%s at the place its sidecar names', (file) => {
    const result = results.get(file)!;
    expect(result.valid).toBe(false);
    const expected = JSON.parse(readFileSync(path.join(INVALID, sidecarOf(file)), 'utf8')) as { pointer: string };
    // Python reports a missing member at its parent; the sidecar names the member itself.
    const agrees = result.errors.some((e) => expected.pointer === e.pointer || expected.pointer.startsWith(`${e.pointer}/`));
    expect(agrees, JSON.stringify(result.errors)).toBe(true);
  });
});

// ---------- consistency of the examples themselves (no Python needed) ----------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Rec = Record<string, Json>;

function readBatch(file: string): { header: Rec; records: Rec[] } {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.ndjson')) {
    const lines = text.split('\n').filter((l) => l.trim());
    const first = JSON.parse(lines[0]) as { header: Rec };
    return { header: first.header, records: lines.slice(1).map((l) => JSON.parse(l) as Rec) };
  }
  return JSON.parse(text) as { header: Rec; records: Rec[] };
}

function walk(value: Json, pointer: string, visit: (pointer: string, value: Json) => void) {
  visit(pointer, value);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${k}`, visit);
}

function resolve(doc: Json, pointer: string): { found: boolean } {
  if (pointer === '') return { found: true };
  let cur: Json = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !(key in cur)) return { found: false };
    cur = (cur as Record<string, Json>)[key];
  }
  return { found: true };
}

function sidecarOf(file: string): string {
  return file.replace(/\.(json|ndjson)$/, '.expect.json');
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('valid examples are consistent', () => {
  it.each(validFiles)('%s: header, times, identifiers', (file) => {
    const { header, records } = readBatch(path.join(VALID, file));
    expect(header.standardVersion).toBe('1.0.0');
    expect(header.profile).toBe('foshan');
    expect(header.recordCount).toBe(records.length);
    const sentAt = Date.parse(String(header.sentAt));
    expect(String(header.sentAt)).toMatch(/\+08:00$/);
    const ids = new Set<string>();
    for (const [i, r] of records.entries()) {
      const key = `${r.recordType}/${r.id}/${r.revision ?? 1}`;
      expect(ids.has(key), `duplicate ${key}`).toBe(false);
      ids.add(key);
      walk(r, `/records/${i}`, (p, v) => {
        if (typeof v !== 'string') return;
        if (DATE_TIME.test(v)) {
          expect(v, p).toMatch(/\+08:00$/);
          expect(Date.parse(v), `${p} must be before sentAt`).toBeLessThan(sentAt);
        }
        if (p.endsWith('/uscc') || (p.endsWith('/applicant/idNumber') && (r.applicant as Rec).idType === 'USCC')) {
          expect(isValidUscc(v), `${p} ${v}`).toBe(true);
        }
      });
      if (r.recordType === 'contact' && r.idNumber) expect(checkResidentId(r.idNumber)).toEqual({ ok: true });
      if (r.recordType === 'case') {
        const applicant = r.applicant as Rec;
        if (applicant.kind === 'PERSON') {
          expect(applicant.idNumber, 'a person’s ID number is never sent in clear').toBeUndefined();
          expect(applicant.idNumberMasked).toMatch(/^\d{6}\*{8}[0-9X]{4}$/);
          expect(applicant.idNumberDigest).toMatch(/^[0-9a-f]{64}$/);
          expect(applicant.name).toMatch(/^.\*+$/u);
        }
      }
    }
  });

  it('uses the demo key for applicant digests (checked on the GB 11643 sample number)', () => {
    const { records } = readBatch(path.join(VALID, '09-reply-information-disclosure-extension.json'));
    const c = records.find((r) => r.recordType === 'case')!;
    expect((c.applicant as Rec).idNumberDigest).toBe(idNumberDigest('11010519491231002X', DEMO_KEY));
  });

  it('covers every case type and the key event types', () => {
    const caseTypes = new Set<string>();
    const eventTypes = new Set<string>();
    for (const file of validFiles) {
      for (const r of readBatch(path.join(VALID, file)).records) {
        if (r.recordType === 'case') caseTypes.add(String(r.caseType));
        if (r.recordType === 'event') eventTypes.add(String(r.eventType));
      }
    }
    expect([...caseTypes].sort()).toEqual(['IMMEDIATE', 'JOINT', 'PROMISED', 'REFERRED', 'REPLY', 'SUPPLEMENT']);
    const csv = readFileSync(path.join(ROOT, 'standard/codelists/eventType.csv'), 'utf8');
    const all = csv.trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[0]);
    expect(all.filter((t) => !eventTypes.has(t))).toEqual([]);
  });
});

const MISSING_MEMBER = ['event.fieldMissing', 'schema.required', 'schema.requiredForEventType', 'envelope.missingHeader'];

describe('invalid examples and their sidecars', () => {
  it.each(invalidFiles)('%s has a sidecar that matches the code list', (file) => {
    const expected = JSON.parse(readFileSync(path.join(INVALID, sidecarOf(file)), 'utf8')) as {
      code: string; severity: string; exit: number; count: number; pointer?: string; line?: number;
    };
    const info = (CODES as Record<string, { severity: string }>)[expected.code];
    expect(info, `unknown code ${expected.code}`).toBeDefined();
    expect(file.replace(/\.(json|ndjson)$/, '')).toBe(expected.code);
    expect(expected.severity).toBe(info.severity);
    expect(expected.exit).toBe(info.severity === 'critical' || info.severity === 'error' ? 1 : 0);
    expect(expected.count).toBe(1);
    if (expected.code.startsWith('parse.') || file.endsWith('.ndjson')) return;
    expect(expected.pointer).toBeDefined();
    const doc = JSON.parse(readFileSync(path.join(INVALID, file), 'utf8')) as Json;
    // The pointer names the value at fault; for a missing member, the member that should be there.
    if (MISSING_MEMBER.includes(expected.code)) {
      expect(resolve(doc, expected.pointer!).found, `${expected.pointer} must be absent`).toBe(false);
      expect(resolve(doc, expected.pointer!.replace(/\/[^/]*$/, '')).found).toBe(true);
    } else {
      expect(resolve(doc, expected.pointer!).found, `${expected.pointer} in ${file}`).toBe(true);
    }
  });

  it('contains the identifier faults it claims', () => {
    const doc = JSON.parse(readFileSync(path.join(INVALID, 'id.residentIdCheckDigit.json'), 'utf8'));
    expect(checkResidentId(doc.records[1].idNumber)).toEqual({ ok: false, reason: 'checkDigit' });
    const birth = JSON.parse(readFileSync(path.join(INVALID, 'id.residentIdBirthDate.json'), 'utf8'));
    expect(checkResidentId(birth.records[1].idNumber)).toEqual({ ok: false, reason: 'birthDate' });
    const uscc = JSON.parse(readFileSync(path.join(INVALID, 'id.usccCheckCharacter.json'), 'utf8'));
    expect(isValidUscc(uscc.records[0].uscc)).toBe(false);
  });
});
