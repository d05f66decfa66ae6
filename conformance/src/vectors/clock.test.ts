import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { clockVectorDifferences, runClockVector, type ClockVectorFile } from './clock.js';
import { requireTool } from '../../../tests/support/tools.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const DIR = path.join(ROOT, 'conformance/vectors/clock');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const data = files.map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as ClockVectorFile) }));
const vectors = data.flatMap((d) => d.vectors);
const requirements = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/requirements.json'), 'utf8')).requirements as { id: string }[];

describe('clock vectors: the files (FSJC-CLK)', () => {
  it('are described by their own schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'conformance/vectors/clock.schema.json'), 'utf8')));
    for (const d of data) {
      const { file, ...content } = d;
      expect(validate(content) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it('hold at least 60 vectors with unique IDs', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
  });

  it('cite only requirement IDs of the text, and every clock requirement is cited by a vector', () => {
    const known = new Set(requirements.map((r) => r.id));
    const cited = new Set(vectors.flatMap((v) => v.requirements));
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
    const clock = [...known].filter((id) => id.startsWith('FSJC-CLK-') || /^FSJC-DATA-02[5-9]$/.test(id));
    expect(clock.filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('clock vectors: the SDK gives every expected result', () => {
  for (const v of vectors) {
    it(`${v.id} ${v.description} [${v.requirements.join(', ')}]`, () => {
      expect(clockVectorDifferences(v, runClockVector(v))).toEqual([]);
    });
  }
});

describe('clock vectors: an independent implementation agrees', () => {
  const python = requireTool('python3', 'python3');
  it.skipIf(python.skip)('the naive day-by-day reference in Python (conformance/reference/clock.py) reaches every expected result', () => {
    python.assert();
    const r = spawnSync('python3', [path.join(ROOT, 'conformance/reference/clock.py')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/0 failed/);
    expect(r.status).toBe(0);
  });
});
