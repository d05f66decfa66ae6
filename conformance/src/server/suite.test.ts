import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_CATALOGUES } from '../messages/index.js';
import { loadScenarios } from '../scenarios/index.js';
import { KIT_DATA, loadSuite } from '../suite/load.js';
import { suiteTests } from '../suite/run.js';
import { SERVER_CHECKS } from './checks/index.js';

const ROOT = path.resolve(KIT_DATA, '..');
const requirements = new Set((JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/requirements.json'), 'utf8')) as { requirements: { id: string }[] }).requirements.map((r) => r.id));
const versions = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/versions.json'), 'utf8')) as { current: string };

describe('the server suite as data (FSJC-CONF-012)', () => {
  const suite = loadSuite('server-v1', new Set(SERVER_CHECKS.keys()));
  const tests = suiteTests(suite).map((t) => t.test);

  it('is sound, server mode, for the current standard, and uses every check the kit has', () => {
    expect(suite).toMatchObject({ id: 'server-v1', mode: 'server', standardVersion: versions.current });
    expect(new Set(tests.map((t) => t.check))).toEqual(new Set(SERVER_CHECKS.keys()));
    for (const t of tests) expect(t.id, t.id).toMatch(new RegExp(`^SV-${t.level}-`));
  });

  it('cites only requirements the standard has', () => {
    const unknown = tests.flatMap((t) => t.requirements.filter((r) => !requirements.has(r)).map((r) => `${t.id} ${r}`));
    expect(unknown).toEqual([]);
  });

  it('has a signal test for every test scenario and none for a scenario that does not exist', () => {
    const judged = tests.filter((t) => t.check === 'scenario-signals').map((t) => t.scenario).sort();
    expect(judged).toEqual(loadScenarios().map((s) => s.id).sort());
  });

  it('words every note of the server checks in both languages', () => {
    const source = fs.readdirSync(path.join(KIT_DATA, 'src/server/checks')).concat('../check.ts', '../batches.ts', '../run.ts')
      .map((f) => fs.readFileSync(path.join(KIT_DATA, 'src/server/checks', f), 'utf8')).join('\n');
    const codes = new Set([...source.matchAll(/'(server\.[A-Za-z]+)'/g)].map((m) => m[1]));
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) {
      expect(KIT_CATALOGUES.zh[code], code).toBeTruthy();
      expect(KIT_CATALOGUES.en[code], code).toBeTruthy();
    }
    const zh = Object.keys(KIT_CATALOGUES.zh).filter((k) => k.startsWith('server.'));
    expect(zh.sort()).toEqual(Object.keys(KIT_CATALOGUES.en).filter((k) => k.startsWith('server.')).sort());
  });
});
