import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { METHOD_V1 } from '@fsjc/sdk';
import { runScoresVector, scoresVectorDifferences, type ScoresVector } from './scores.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const DIR = path.join(ROOT, 'conformance/vectors/scores');
const data = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { description: string; vectors: ScoresVector[] }) }));
const vectors = data.flatMap((d) => d.vectors);
const requirements = new Set((JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/requirements.json'), 'utf8')).requirements as { id: string }[]).map((r) => r.id));

describe('scores vectors: the files (FSJC-SCO)', () => {
  it('are described by their own schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'conformance/vectors/scores.schema.json'), 'utf8')));
    for (const { file, ...content } of data) expect(validate(content) ? [] : validate.errors, file).toEqual([]);
  });

  it('have unique IDs and cite requirement IDs of the text', () => {
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    expect(vectors.flatMap((v) => v.requirements).filter((id) => !requirements.has(id))).toEqual([]);
  });

  it('give every indicator of the method a vector naming its requirement', () => {
    const cited = new Set(vectors.flatMap((v) => v.requirements));
    expect(METHOD_V1.indicators.filter((i) => !cited.has(i.requirement)).map((i) => i.id)).toEqual([]);
  });

  // FSJC-SCO-001 (method as data), 012 (publication) and 013 (score records) are verified by sdk/src/scoring/score.test.ts and cli/src/score.test.ts
  it('cover every other clause 14 requirement', () => {
    const cited = new Set(vectors.flatMap((v) => v.requirements));
    const sco = [...requirements].filter((id) => id.startsWith('FSJC-SCO-0') && !['FSJC-SCO-001', 'FSJC-SCO-012', 'FSJC-SCO-013'].includes(id));
    expect(sco.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('include small-sample, tie and open-case edge cases', () => {
    const text = vectors.map((v) => v.description).join('\n');
    expect(vectors.some((v) => v.expected.subjects.some((s) => s.ranked === false && s.rank === null))).toBe(true);
    expect(vectors.some((v) => { const ranks = v.expected.subjects.map((s) => s.rank).filter((r) => typeof r === 'number'); return new Set(ranks).size < ranks.length; })).toBe(true);
    expect(text).toMatch(/open and overdue/);
  });
});

describe('scores vectors: the scorer (FSJC-SCO)', () => {
  for (const v of vectors) {
    it(`${v.id}: ${v.description}`, () => {
      expect(scoresVectorDifferences(v, runScoresVector(v))).toEqual([]);
    });
  }
});
