import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FSJC, fsjc, tempDir } from '../../tests/support/cli.js';

const dir = tempDir();

describe('fsjc clock due (FSJC-CLK)', () => {
  it('prints the last day of 20 working days from 30 September 2026', () => {
    const r = fsjc(['clock', 'due', '--from', '2026-09-30', '--working-days', '20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2026-11-03\n');
  });

  it('gives lastDay, dueAt and provisional as JSON', () => {
    const r = fsjc(['clock', 'due', '--from', '2026-09-30', '--natural-days', '20', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ lastDay: '2026-10-20', dueAt: '2026-10-21T00:00:00+08:00', provisional: false, profile: 'foshan' });
  });

  it('takes pauses, extensions and closures', () => {
    const r = fsjc(['clock', 'due', '--from', '2026-09-30', '--working-days', '20', '--extension', '10', '--pause', '2026-10-12T10:00/2026-10-14T09:00', '--closure', '2026-11-02']);
    expect(r.stdout).toBe('2026-11-23\n');
  });

  it('says a result is provisional on stderr, keeping stdout to the date', () => {
    const r = fsjc(['clock', 'due', '--from', '2026-12-15', '--working-days', '20']);
    expect(r.stdout).toBe('2027-01-13\n');
    expect(r.stderr).toMatch(/provisional/);
  });

  it('has no last day while a pause is open, and says why (exit 1)', () => {
    const r = fsjc(['clock', 'due', '--from', '2026-09-30', '--working-days', '20', '--pause', '2026-10-12/', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ lastDay: null, dueAt: null });
    expect(r.stderr).toMatch(/open pause/);
  });

  it('refuses bad input with exit 2 and a clear message', () => {
    for (const [args, message] of [
      [['--from', '2026-02-30', '--working-days', '5'], /no such date/],
      [['--from', '2026-09-30'], /exactly one of --working-days/],
      [['--from', '2026-09-30', '--working-days', '-3'], /whole number/],
      [['--from', '2026-09-30', '--working-days', '3', '--pause', '2026-10-14/2026-10-12'], /end is before the start/],
      [['--from', '2026-09-30', '--working-days', '3', '--profile', 'atlantis'], /unknown profile "atlantis"/],
      [['--from', '2026-09-30', '--working-days', '3', '--format', 'xml'], /unknown --format/],
    ] as const) {
      const r = fsjc(['clock', 'due', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('gives the same answer whatever the machine time zone', () => {
    const args = [FSJC, 'clock', 'due', '--from', '2026-11-16T23:30:00', '--working-hours', '3', '--format', 'json'];
    const outs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'].map((tz) =>
      spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, TZ: tz } }).stdout);
    expect(new Set(outs).size).toBe(1);
    expect(JSON.parse(outs[0]).dueAt).toBe('2026-11-17T12:00:00+08:00');
  });
});

describe('fsjc clock workdays', () => {
  it('counts working days in a range, both ends included', () => {
    expect(fsjc(['clock', 'workdays', '--from', '2026-01-01', '--to', '2026-12-31']).stdout).toBe('248\n');
    expect(fsjc(['clock', 'workdays', '--from', '2026-10-01', '--to', '2026-10-31']).stdout).toBe('18\n');
  });

  it('refuses a range that runs backwards', () => {
    const r = fsjc(['clock', 'workdays', '--from', '2026-10-31', '--to', '2026-10-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/before --from/);
  });
});

describe('fsjc clock case', () => {
  it('lists every limit of the example cases with due, elapsed, remaining and state', () => {
    const r = fsjc(['clock', 'case', 'examples/valid/02-item-catalogue.json', 'examples/valid/04-promised-food-business-licence.json', '--as-of', '2026-04-03T12:00:00+08:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/STATUTORY\s+10 WD\s+2026-04-01T14:40:06\+08:00\s+2026-04-17T00:00:00\+08:00\s+2d\s+8d\s+RUNNING/);
    expect(r.stdout).toMatch(/STAGE:ACCEPT/);
  });

  it('writes JSON for one case', () => {
    const r = fsjc(['clock', 'case', 'examples/valid/04-promised-food-business-licence.json', '--as-of', '2026-04-20T12:00:00+08:00', '--format', 'json', '--case', 'CS-NH-20260401-0208']);
    const [c] = JSON.parse(r.stdout);
    expect(c.caseId).toBe('CS-NH-20260401-0208');
    expect(c.limits.find((l: any) => l.kind === 'PROMISED')).toMatchObject({ state: 'STOPPED', met: true, lastDay: '2026-04-09' });
  });

  it('refuses an unreadable file, a missing case and a malformed file', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"header": {');
    expect(fsjc(['clock', 'case', path.join(dir, 'none.json'), '--as-of', '2026-04-20']).code).toBe(2);
    const missing = fsjc(['clock', 'case', 'examples/valid/04-promised-food-business-licence.json', '--as-of', '2026-04-20', '--case', 'NOPE']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no case record with id "NOPE"/);
    const malformed = fsjc(['clock', 'case', bad, '--as-of', '2026-04-20']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/fsjc validate/);
  });
});
