import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_CATALOGUES } from '../messages/index.js';
import { levelReached } from './level.js';
import { KIT_DATA, loadSuite, suiteProblems } from './load.js';
import { runSuite, selectTests, type Check } from './run.js';
import type { SuiteDef, TestDef } from './types.js';

const test = (id: string, level: TestDef['level'], more: Partial<TestDef> = {}): TestDef => ({
  id, title_zh: id, title_en: id, level, strength: 'MUST', requirements: ['FSJC-CONF-013'], check: 'ok', ...more,
});
const suite = (tests: TestDef[]): SuiteDef => ({
  id: 'client-v9', version: '1.0.0', mode: 'client', standardVersion: '1.0.0', title_zh: '套件', title_en: 'suite',
  groups: [{ id: 'CL-A', title_zh: '组', title_en: 'group', tests }],
});
const checks = new Map<string, Check<{ log: string[] }>>([
  ['ok', { id: 'ok', run: (t, c) => (c.log.push(t.id), { outcome: 'pass', notes: [] }) }],
  ['bad', { id: 'bad', run: () => ({ outcome: 'fail', notes: [{ code: 'client.noBatches' }] }) }],
  ['throws', { id: 'throws', run: () => { throw new Error('kit broke'); } }],
  ['hangs', { id: 'hangs', run: () => new Promise(() => {}) }],
]);
const SYSTEM = { id: 'NH-XZSP' };

describe('suites and their runs (FSJC-CONF-012, -013, -014)', () => {
  it('FSJC-CONF-013: a prerequisite that fails skips the tests needing it; a thrown check or a time-out is an error of the kit', async () => {
    const s = suite([
      test('CL-L1-A', 'L1', { check: 'bad' }),
      test('CL-L2-B', 'L2', { requires: ['CL-L1-A'] }),
      test('CL-L2-C', 'L2', { check: 'throws' }),
      test('CL-L3-D', 'L3', { check: 'hangs' }),
    ]);
    const r = await runSuite(s, checks, { log: [] }, SYSTEM, { timeoutMs: 50 });
    expect(r.results.map((x) => `${x.id} ${x.outcome}`)).toEqual(['CL-L1-A fail', 'CL-L2-B skip', 'CL-L2-C error', 'CL-L3-D error']);
    expect(r.results[1].messages[0].en).toContain('CL-L1-A');
    expect(r.results[2].messages[0].en).toContain('kit broke');
    expect(r.results[3].messages[0].code).toBe('kit.timeout');
    expect(r.counts).toEqual({ pass: 0, fail: 1, skip: 1, omit: 0, error: 2 });
    expect(r.groups).toEqual([{ id: 'CL-A', title_zh: '组', title_en: 'group' }]);
  });

  it('FSJC-CONF-013: one test or one group can be run, with what it depends on; the rest are omitted', async () => {
    const s = suite([test('CL-L1-A', 'L1'), test('CL-L1-B', 'L1'), test('CL-L2-C', 'L2', { requires: ['CL-L1-A'] })]);
    expect([...selectTests(s, ['CL-L2-C'])].sort()).toEqual(['CL-L1-A', 'CL-L2-C']);
    expect(selectTests(s, ['CL-A']).size).toBe(3);
    expect(() => selectTests(s, ['CL-L9-NONE'])).toThrow(/no test or group CL-L9-NONE/);
    const context = { log: [] as string[] };
    const r = await runSuite(s, checks, context, SYSTEM, { only: ['CL-L2-C'] });
    expect(context.log).toEqual(['CL-L1-A', 'CL-L2-C']);
    expect(r.results.find((x) => x.id === 'CL-L1-B')!.outcome).toBe('omit');
    expect(r.level).toBe('L0');
  });

  it('FSJC-CONF-014: the level is the highest whose MUST tests, and those below, all pass', () => {
    const r = (level: TestDef['level'], outcome: string, strength = 'MUST') => ({ level, outcome, strength }) as Parameters<typeof levelReached>[0][number];
    expect(levelReached([r('L1', 'pass'), r('L2', 'pass'), r('L3', 'fail'), r('L4', 'pass')])).toBe('L2');
    expect(levelReached([r('L1', 'pass'), r('L2', 'pass', 'SHOULD'), r('L2', 'fail', 'SHOULD')])).toBe('L1');
    expect(levelReached([r('L1', 'pass'), r('L2', 'pass'), r('L2', 'fail', 'SHOULD')])).toBe('L2');
    expect(levelReached([r('L1', 'error'), r('L2', 'pass')])).toBe('L0');
    expect(levelReached([r('L1', 'pass'), r('L2', 'skip')])).toBe('L1');
    expect(levelReached([r('L1', 'pass'), r('L2', 'pass'), r('L3', 'pass'), r('L4', 'pass')])).toBe('L4');
  });

  it('a suite that is not sound is refused with its problems', () => {
    expect(suiteProblems({ id: 'x' })[0]).toMatch(/required|must/);
    const dup = suite([test('CL-L1-A', 'L1'), test('CL-L1-A', 'L1', { requires: ['CL-L2-Z'] }), test('CL-L1-B', 'L1', { check: 'nowhere' })]);
    expect(suiteProblems(dup, new Set(['ok']))).toEqual([
      'test CL-L1-A appears twice',
      'test CL-L1-A requires CL-L2-Z, which is not an earlier test',
      'test CL-L1-B uses check nowhere, which the kit does not have',
    ]);
    expect(() => loadSuite('nothing-v1')).toThrow(/no suite nothing-v1/);
  });
});

describe('the published suites (FSJC-CONF-008, FSJC-CONF-012)', () => {
  const requirements = new Set((JSON.parse(fs.readFileSync(path.join(KIT_DATA, '../standard/requirements.json'), 'utf8')).requirements as { id: string }[]).map((r) => r.id));
  const files = fs.readdirSync(path.join(KIT_DATA, 'suites/v1')).filter((f) => f.endsWith('.json'));

  it('include the client and server suites', () => {
    expect(files.sort()).toEqual(['client.json', 'server.json']);
  });

  for (const f of files) {
    it(`${f} is sound, cites only requirements of the standard and has test IDs unique across suites`, () => {
      const s = loadSuite(path.join(KIT_DATA, 'suites/v1', f));
      const cited = s.groups.flatMap((g) => g.tests.flatMap((t) => t.requirements));
      expect(cited.filter((id) => !requirements.has(id))).toEqual([]);
      const prefix = s.mode === 'client' ? 'CL-' : 'SV-';
      expect(s.groups.flatMap((g) => g.tests.map((t) => t.id)).filter((id) => !id.startsWith(prefix))).toEqual([]);
    });
  }

  it('every kit message exists in Chinese and in English with the same placeholders', () => {
    const zh = KIT_CATALOGUES.zh;
    const en = KIT_CATALOGUES.en;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(zh).filter((k) => JSON.stringify(holes(zh[k])) !== JSON.stringify(holes(en[k])))).toEqual([]);
  });

  it('every message code the kit\'s code uses is in the catalogues', () => {
    const src = path.join(KIT_DATA, 'src');
    const used = new Set<string>();
    const walk = (d: string) => {
      for (const n of fs.readdirSync(d)) {
        const p = path.join(d, n);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.ts') && !n.endsWith('.test.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/code: '((?:kit|client|server)\.[A-Za-z]+)'/g)) used.add(m[1]);
      }
    };
    walk(src);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((c) => !(c in KIT_CATALOGUES.en))).toEqual([]);
  });
});
