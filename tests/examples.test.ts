import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsjc, ROOT } from './support/cli.js';

const dir = (d: string) => path.join(ROOT, 'examples', d);
const batches = (d: string) => fs.readdirSync(dir(d)).filter((f) => !f.endsWith('.expect.json') && /\.(json|ndjson|xml)$/.test(f)).sort();

interface Expectation { code: string; severity: string; exit: number; count: number; pointer?: string; line?: number }

function check(d: string, file: string) {
  const expect_ = JSON.parse(fs.readFileSync(path.join(dir(d), file.replace(/\.(json|ndjson|xml)$/, '.expect.json')), 'utf8')) as Expectation;
  const r = fsjc(['validate', path.join(dir(d), file), '--format', 'json', '--max-examples', '50']);
  const report = JSON.parse(r.stdout);
  const group = report.groups.find((g: any) => g.code === expect_.code);
  expect(r.code, `${file}: exit`).toBe(expect_.exit);
  expect(group, `${file}: no ${expect_.code} finding`).toBeDefined();
  expect(group.count, `${file}: count`).toBe(expect_.count);
  expect(group.severity).toBe(expect_.severity);
  if (expect_.pointer !== undefined) expect(group.examples[0].pointer, `${file}: pointer`).toBe(expect_.pointer);
  if (expect_.line !== undefined) expect(group.examples[0].line, `${file}: line`).toBe(expect_.line);
  // the promised finding is the only blocking one: each example shows one fault
  const others = report.groups.filter((g: any) => g.code !== expect_.code && (g.severity === 'critical' || g.severity === 'error'));
  expect(others.map((g: any) => g.code), `${file}: other blocking findings`).toEqual([]);
}

describe('examples', () => {
  it('every valid example validates: exit 0, together and one by one', () => {
    const files = batches('valid').map((f) => path.join(dir('valid'), f));
    expect(files.length).toBeGreaterThanOrEqual(10);
    const all = fsjc(['validate', ...files, '--format', 'json']);
    const report = JSON.parse(all.stdout);
    expect(report.groups.filter((g: any) => g.severity !== 'advisory').map((g: any) => g.code)).toEqual([]);
    expect(all.code).toBe(0);
    for (const f of files) expect(fsjc(['validate', f]).code, f).toBe(0);
  });

  it('every valid example carries a correct checksum', () => {
    const r = JSON.parse(fsjc(['validate', dir('valid'), '--format', 'json']).stdout);
    expect(r.groups.map((g: any) => g.code)).not.toContain('envelope.checksumMissing');
    expect(r.groups.map((g: any) => g.code)).not.toContain('envelope.checksum');
  });

  for (const file of batches('invalid')) {
    it(`invalid/${file} exits 1 with the finding its name promises`, () => {
      expect(file.replace(/\.(json|ndjson|xml)$/, '')).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      check('invalid', file);
    });
  }

  for (const file of batches('warnings')) {
    it(`warnings/${file} exits 0 with the finding its name promises`, () => check('warnings', file));
  }

  it('has an invalid or warning example for every finding a file can show', () => {
    const shown = new Set([...batches('invalid'), ...batches('warnings')].map((f) => f.replace(/\.(json|ndjson|xml)$/, '')));
    const notShowable = new Set(['parse.unknownFormat', 'schema.const', 'schema.other', 'envelope.previousMajor', 'codelist.deprecatedCode', 'field.deprecated', 'envelope.checksumMissing', 'xml.schema', 'xml.encodingMismatch']);
    const codes = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'sdk/src/messages/en.json'), 'utf8')));
    expect(codes.filter((c) => !shown.has(c) && !notShowable.has(c))).toEqual([]);
  });
});
