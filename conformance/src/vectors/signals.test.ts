import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { RULES_V1 } from '@fsjc/sdk';
import { runSignalsVector, signalsVectorDifferences, type SignalsVector } from './signals.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const DIR = path.join(ROOT, 'conformance/vectors/signals');
const data = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { description: string; vectors: SignalsVector[] }) }));
const vectors = data.flatMap((d) => d.vectors);
const requirements = new Set((JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/requirements.json'), 'utf8')).requirements as { id: string }[]).map((r) => r.id));

describe('signals vectors: the files (FSJC-SIG)', () => {
  it('are described by their own schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'conformance/vectors/signals.schema.json'), 'utf8')));
    for (const { file, ...content } of data) expect(validate(content) ? [] : validate.errors, file).toEqual([]);
  });

  it('have unique IDs and cite requirement IDs of the text', () => {
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    expect(vectors.flatMap((v) => v.requirements).filter((id) => !requirements.has(id))).toEqual([]);
  });

  it('give every rule a vector that fires and a near miss that does not, each naming the rule\'s requirement', () => {
    for (const rule of RULES_V1.rules) {
      const mine = vectors.filter((v) => v.rule === rule.id && v.requirements.includes(rule.requirement));
      expect(mine.some((v) => v.expected.present?.some((p) => p.ruleId === rule.id)), `${rule.id} fires`).toBe(true);
      expect(mine.some((v) => v.expected.absent?.some((p) => p.ruleId === rule.id)), `${rule.id} near miss`).toBe(true);
    }
  });

  // FSJC-SIG-001, 005, 006 and 007 (rules as data, notifications, evidence, next change) are verified by sdk/src/signals/evaluate.test.ts
  it('cover every other clause 13 requirement', () => {
    const cited = new Set(vectors.flatMap((v) => v.requirements));
    const sig = [...requirements].filter((id) => id.startsWith('FSJC-SIG-') && !['FSJC-SIG-001', 'FSJC-SIG-005', 'FSJC-SIG-006', 'FSJC-SIG-007'].includes(id));
    expect(sig.filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('signals vectors: the SDK raises exactly what they expect', () => {
  for (const v of vectors) {
    it(`${v.id} ${v.rule} ${v.description} [${v.requirements.join(', ')}]`, () => {
      expect(signalsVectorDifferences(v, runSignalsVector(v))).toEqual([]);
    });
  }
});
