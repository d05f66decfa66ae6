import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../scripts/generators/requirements.js';
import { CODES } from '../sdk/src/validation/codes.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ID = /FSJC-[A-Z]+-\d{3}/g;

function filesUnder(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      if (name === 'node_modules' || name === 'dist' || name === 'generated') continue;
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (exts.test(name)) out.push(p);
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}

describe('requirement IDs (FSJC-VER-008)', () => {
  const defined = new Set(extractRequirements().map((r) => r.id));

  it('are defined in the normative text, each once in Chinese and once in English', () => {
    expect(defined.size).toBeGreaterThan(100);
    const counts = new Map<string, number>();
    for (const f of fs.readdirSync(path.join(ROOT, 'standard/text'))) {
      for (const m of fs.readFileSync(path.join(ROOT, 'standard/text', f), 'utf8').matchAll(/\*\*\[(FSJC-[A-Z]+-\d{3})\]\*\*/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
    expect([...counts].filter(([, n]) => n !== 2)).toEqual([]);
  });

  it('cited by the validator codes, schemas, code and tests all exist in the text', () => {
    const cited = new Map<string, string>();
    for (const [code, info] of Object.entries(CODES)) cited.set(info.requirement, `codes.ts ${code}`);
    const sources = [
      ...filesUnder('schemas', /\.json$/), ...filesUnder('sdk/src', /\.ts$/), ...filesUnder('cli/src', /\.ts$/),
      ...filesUnder('tests', /\.ts$/), ...filesUnder('docs', /\.md$/), ...filesUnder('standard/codelists', /\.csv$/),
    ];
    for (const f of sources) for (const m of fs.readFileSync(f, 'utf8').matchAll(ID)) if (!cited.has(m[0])) cited.set(m[0], path.relative(ROOT, f));
    const missing = [...cited].filter(([id]) => !defined.has(id)).map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
  });

  it('cited in the text all exist', () => {
    const text = fs.readdirSync(path.join(ROOT, 'standard/text')).map((f) => fs.readFileSync(path.join(ROOT, 'standard/text', f), 'utf8')).join('\n');
    const undefinedIds = [...new Set(text.match(ID) ?? [])].filter((id) => !defined.has(id));
    expect(undefinedIds).toEqual([]);
  });
});
