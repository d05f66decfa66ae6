import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fsjc, tempDir } from '../../tests/support/cli.js';

// a simulated city over September and October, scored for October
let city: string;
let out: string;
beforeAll(() => {
  const dir = tempDir();
  city = path.join(dir, 'city');
  out = path.join(dir, 'out');
  fs.mkdirSync(out);
  expect(fsjc(['simulate', '--days', '45', '--cases-per-day', '40', '--seed', '9', '--start', '2026-09-21', '-o', city]).code).toBe(0);
}, 60_000);

describe('fsjc score (FSJC-SCO-012, FSJC-SCO-013)', () => {
  it('gives JSON with every level of the public edition, ranked, with the breakdown and the change against September', () => {
    const r = fsjc(['score', city, '--period', '2026-10']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.edition).toBe('public');
    expect(report.levels).toEqual(['DEPARTMENT', 'DISTRICT', 'VERTICAL_LINE']);
    expect(report.previousPeriod).toBe('2026-09');
    const departments = report.subjects.filter((s: { level: string }) => s.level === 'DEPARTMENT');
    expect(departments.length).toBe(20);
    expect(departments[0].rank).toBe(1);
    for (const s of report.subjects) {
      const cents = s.indicators.reduce((sum: number, i: { points: string }) => sum + Math.round(Number(i.points) * 100), 0);
      // the points add up to the score, within the bounds 0 and 100
      expect(Math.min(10000, Math.max(0, cents)), s.subjectId).toBe(Math.round(Number(s.score) * 100));
    }
    expect(departments.some((s: { change?: string }) => s.change !== undefined)).toBe(true);
    expect(r.stderr).toMatch(/signals derived by the engine/);
  });

  it('keeps posts and people out of the public edition and puts them in the internal one', () => {
    const pub = fsjc(['score', city, '--period', '2026-10', '--format', 'csv']).stdout;
    expect(pub).not.toMatch(/岗位 POST|审批人员|受理人员/);
    const internal = fsjc(['score', city, '--period', '2026-10', '--edition', 'internal']).stdout;
    const posts = JSON.parse(internal).subjects.filter((s: { level: string }) => s.level === 'POST');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.some((s: { people?: string[] }) => s.people?.includes('审批人员'))).toBe(true);
    expect(fsjc(['score', city, '--period', '2026-10', '--level', 'post']).stderr).toMatch(/internal edition only/);
  });

  it('writes CSV with a byte-order mark and a row per subject, and a printable page with charts and Chinese text', () => {
    expect(fsjc(['score', city, '--period', '2026-10', '--format', 'csv', '--level', 'district', '-o', path.join(out, 'r.csv')]).code).toBe(0);
    const csv = fs.readFileSync(path.join(out, 'r.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 5);
    expect(csv).toMatch(/南海区/);
    expect(fsjc(['score', city, '--period', '2026-10', '--format', 'html', '-o', path.join(out, 'r.html')]).code).toBe(0);
    const html = fs.readFileSync(path.join(out, 'r.html'), 'utf8');
    expect(html).toMatch(/<title>佛山市行政审批绩效测评2026年10月月报<\/title>/);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toMatch(/部门总分排名/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('gives score records as a batch the validator accepts', () => {
    const file = path.join(out, 'scores.json');
    expect(fsjc(['score', city, '--period', '2026-10', '--format', 'records', '-o', file]).code).toBe(0);
    const batch = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(batch.records.every((r: { recordType: string; id: string }) => r.recordType === 'score' && /^SC:[A-Z_]+:.+:2026-10$/.test(r.id))).toBe(true);
    expect(fsjc(['validate', file]).code).toBe(0);
  });

  it('counts the signal records of the input instead of deriving them', () => {
    const file = path.join(out, 'signals.json');
    fs.writeFileSync(file, JSON.stringify({ header: { standardVersion: '1.0.0', senderSystemId: 'X', senderUnitId: 'U440600-JCZX', regionCode: '440600', sequenceNumber: 1, sentAt: '2026-11-02T09:00:00+08:00', recordCount: 1 },
      records: [{ recordType: 'signal', id: 'SG-1', ruleId: 'R-LIMIT-PASSED', level: 'RED_CARD', status: 'NOTIFIED', unitId: 'U440605-SCJ', openedAt: '2026-10-20T10:00:00+08:00', messageCode: 'signal.limitPassed' }] }));
    const r = fsjc(['score', city, file, '--period', '2026-10', '--level', 'department']);
    expect(r.stderr).toMatch(/1 signal records in the input are counted/);
    const scj = JSON.parse(r.stdout).subjects.find((s: { subjectId: string }) => s.subjectId === 'U440605-SCJ');
    expect(scj.indicators.find((i: { indicatorId: string }) => i.indicatorId === 'redCards')).toMatchObject({ value: '1.000000', points: '-5.00' });
    expect(scj.grade).not.toBe('EXCELLENT');
  });

  it('answers bad options with a usage error naming what is accepted', () => {
    for (const [args, message] of [
      [['--period', '2026-13'], /give a month \(2026-10\)/],
      [['--period', '2026-10', '--format', 'pdf'], /unknown --format pdf/],
      [['--period', '2026-10', '--level', 'town'], /unknown --level town/],
      [['--period', '2026-10', '--edition', 'secret'], /unknown --edition secret/],
      [['--period', '2026-10', '--profile', 'atlantis'], /atlantis/],
    ] as const) {
      const r = fsjc(['score', city, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
