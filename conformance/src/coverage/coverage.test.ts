import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '@fsjc/sdk';
import { coverage, loadCoverageReasons, reasonMatches, renderCoverageCsv, renderCoverageJson, renderCoverageText } from './coverage.js';
import { vectorFiles } from '../vectors/run.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const REQUIREMENTS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/requirements.json'), 'utf8')).requirements as { id: string }[]).map((r) => r.id);
const report = coverage();
const entry = (id: string) => report.requirements.find((e) => e.id === id)!;

describe('coverage (FSJC-CONF-017)', () => {
  it('lists every requirement exactly once, in every format', () => {
    expect(report.requirements.map((e) => e.id)).toEqual(REQUIREMENTS);
    const text = renderCoverageText(report);
    const json = JSON.parse(renderCoverageJson(report));
    const csv = renderCoverageCsv(report).split('\r\n');
    for (const id of REQUIREMENTS) {
      expect(text.split('\n').filter((l) => l.startsWith(`${id} `)), id).toHaveLength(1);
      expect(csv.filter((l) => l.startsWith(`${id},`)), id).toHaveLength(1);
    }
    expect(json.requirements.map((e: { id: string }) => e.id)).toEqual(REQUIREMENTS);
  });

  it('adds up: every requirement is covered, explained or a gap, and the summary counts them', () => {
    const s = report.summary;
    expect(s.requirements).toBe(REQUIREMENTS.length);
    expect(s.covered + s.explained + s.gap).toBe(s.requirements);
    for (const e of report.requirements) {
      expect(e.status === 'covered', e.id).toBe(e.verifiedBy.length > 0);
      expect(e.status === 'explained', e.id).toBe(e.reason !== undefined);
    }
    expect(renderCoverageText(report)).toContain(`已覆盖 ${s.covered}，无测试但已说明理由 ${s.explained}，未覆盖 ${s.gap}`);
  });

  it('lists a requirement a vector cites as covered by that vector', () => {
    for (const file of vectorFiles([path.join(ROOT, 'conformance/vectors')])) {
      const v = JSON.parse(fs.readFileSync(file, 'utf8')).vectors[0];
      const id = v.requirements[0];
      expect(entry(id).status, `${v.id} ${id}`).toBe('covered');
      expect(entry(id).verifiedBy).toContainEqual(expect.objectContaining({ kind: 'vector', ref: v.id, file: path.relative(path.join(ROOT, 'conformance'), file) }));
    }
  });

  it('counts validator codes by the requirement they cite, and rules only through the vectors that exercise them', () => {
    expect(entry(CODES['id.usccCheckCharacter'].requirement).verifiedBy).toContainEqual({ kind: 'validator', ref: 'id.usccCheckCharacter' });
    const rule = entry('FSJC-SIG-118').verifiedBy.find((s) => s.kind === 'rule');
    expect(rule).toMatchObject({ ref: 'R-LATE-REPORT', via: expect.arrayContaining(['signals-other-003']) });
  });

  it('says plainly when there is neither a test nor a reason', () => {
    const gaps = report.requirements.filter((e) => e.status === 'gap');
    expect(gaps.length).toBe(report.summary.gap);
    // a requirement nothing cites and no reason explains
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-coverage-'));
    fs.writeFileSync(path.join(dir, 'requirements.json'), JSON.stringify({ requirements: [{ id: 'FSJC-ZZZ-999', file: 'standard/text/99.md', line: 1, strength: 'MUST', text: '…' }] }));
    fs.writeFileSync(path.join(dir, 'reasons.json'), JSON.stringify({ reasons: [] }));
    const alone = coverage({ requirementsFile: path.join(dir, 'requirements.json'), reasonsFile: path.join(dir, 'reasons.json') });
    expect(alone.requirements).toEqual([{ id: 'FSJC-ZZZ-999', file: 'standard/text/99.md', strength: 'MUST', status: 'gap', verifiedBy: [] }]);
    expect(renderCoverageText(alone).split('\n').find((l) => l.startsWith('FSJC-ZZZ-999 '))).toMatch(/未覆盖：尚无测试 \/ not covered: no test yet$/);
    expect(renderCoverageCsv(alone)).toContain('FSJC-ZZZ-999,MUST,gap,,未覆盖：尚无测试,not covered: no test yet,,');
    const uncovered = renderCoverageText(report, { uncovered: true });
    expect(uncovered).not.toMatch(/已覆盖 \/ covered/);
    expect(uncovered.split('\n').filter((l) => /^FSJC-[A-Z]+-\d{3} /.test(l))).toHaveLength(report.summary.explained + report.summary.gap);
  });
});

describe('coverage reasons (conformance/coverage-reasons.json)', () => {
  const { reasons } = loadCoverageReasons();
  const known = new Set(REQUIREMENTS);

  it('cite only requirement IDs, prefixes and ranges that exist', () => {
    for (const r of reasons) {
      expect(r.zh && r.en, r.kind).toBeTruthy();
      for (const p of r.match) {
        const range = /^(FSJC-[A-Z]+-\d{3})\.\.(FSJC-[A-Z]+-\d{3})$/.exec(p);
        if (range) {
          expect(known.has(range[1]) && known.has(range[2]), p).toBe(true);
          expect(range[1].slice(0, -3) === range[2].slice(0, -3) && range[1] < range[2], p).toBe(true);
        } else if (p.endsWith('-')) expect(REQUIREMENTS.some((id) => id.startsWith(p)), p).toBe(true);
        else expect(known.has(p), p).toBe(true);
      }
    }
  });

  it('match as documented', () => {
    expect(reasonMatches('FSJC-CODE-001..FSJC-CODE-005', 'FSJC-CODE-003')).toBe(true);
    expect(reasonMatches('FSJC-CODE-001..FSJC-CODE-005', 'FSJC-CODE-006')).toBe(false);
    expect(reasonMatches('FSJC-VER-006..FSJC-VER-009', 'FSJC-VAL-007')).toBe(false);
    expect(reasonMatches('FSJC-API-', 'FSJC-API-071')).toBe(true);
    expect(reasonMatches('FSJC-API-', 'FSJC-APIX-001')).toBe(false);
    expect(reasonMatches('FSJC-GEN-004', 'FSJC-GEN-004')).toBe(true);
  });

  it('claim "verified by the project’s own tests" only where a test of the repository cites the requirement', () => {
    const cited = new Set(execFileSync('grep', ['-rhoE', 'FSJC-[A-Z]+-[0-9]{3}', '--include=*.test.ts', 'sdk/src', 'core/src', 'cli/src', 'conformance/src', 'scripts', 'tests'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));
    const claimed = report.requirements.filter((e) => e.reason?.kind === 'projectTests');
    expect(claimed.length).toBeGreaterThan(0);
    for (const e of claimed) expect(cited.has(e.id), e.id).toBe(true);
  });

  it('never hide a requirement that a test verifies: a reason is given only where nothing verifies it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-coverage-'));
    // everything explained by one catch-all reason, yet the covered stay covered
    fs.writeFileSync(path.join(dir, 'reasons.json'), JSON.stringify({ reasons: [{ kind: 'test', match: ['FSJC-'], zh: '测试', en: 'test' }] }));
    const all = coverage({ reasonsFile: path.join(dir, 'reasons.json') });
    expect(all.summary.covered).toBe(report.summary.covered);
    expect(all.summary.gap).toBe(0);
  });
});
