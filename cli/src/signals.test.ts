import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsjc, tempDir } from '../../tests/support/cli.js';

const dir = tempDir();
const city = path.join(dir, 'city');

describe('fsjc simulate (FSJC-SIG)', () => {
  it('writes a city of valid batches, the same for the same seed', () => {
    const r = fsjc(['simulate', '--days', '10', '--cases-per-day', '60', '--seed', '3', '-o', city]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/batches, \d+ records written/);
    const again = path.join(dir, 'again');
    fsjc(['simulate', '--days', '10', '--cases-per-day', '60', '--seed', '3', '-o', again]);
    const files = fs.readdirSync(city).sort();
    expect(fs.readdirSync(again).sort()).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(again, f), 'utf8'), f).toBe(fs.readFileSync(path.join(city, f), 'utf8'));
    const v = fsjc(['validate', city, '--format', 'json']);
    expect(v.code, v.stdout.slice(0, 2000)).toBe(0);
  });

  it('refuses unknown knobs and shares outside 0..1', () => {
    expect(fsjc(['simulate', '--knob', 'chaos=0.5', '-o', dir]).stderr).toMatch(/unknown knob "chaos"/);
    expect(fsjc(['simulate', '--knob', 'lateCase=2', '-o', dir]).code).toBe(2);
  });
});

describe('fsjc evaluate', () => {
  it('prints the signals of a simulated city with more trouble, cards included', () => {
    const troubled = path.join(dir, 'troubled');
    fsjc(['simulate', '--days', '10', '--cases-per-day', '60', '--seed', '5', '--knob', 'lateCase=0.2', '--knob', 'feedback=0', '-o', troubled]);
    const r = fsjc(['evaluate', troubled, '--as-of', '2026-11-20T12:00', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^As of 2026-11-20T12:00:00\+08:00: \d+ signals/);
    expect(r.stdout).toMatch(/R-LIMIT-PASSED/);
    const json = JSON.parse(fsjc(['evaluate', troubled, '--as-of', '2026-11-20T12:00', '--format', 'json']).stdout);
    expect(json.signals.some((s: any) => s.level === 'YELLOW_CARD')).toBe(true);
    expect(json.signals.some((s: any) => s.level === 'RED_CARD' && s.escalatedFromId)).toBe(true);
    expect(json.notifications.length).toBeGreaterThan(0);
  });

  it('writes supervision notices and correction proposals for cards awaiting feedback', () => {
    const docs = path.join(dir, 'docs');
    const r = fsjc(['evaluate', 'examples/valid', '--as-of', '2026-04-10T12:00', '--documents', docs]);
    expect(r.code).toBe(0);
    const files = fs.readdirSync(docs);
    expect(files.some((f) => f.endsWith('.notice.html'))).toBe(true);
    expect(fs.readFileSync(path.join(docs, files.find((f) => f.endsWith('.notice.html'))!), 'utf8')).toContain('督办通知书');
  });

  it('refuses a malformed file and a bad instant with exit 2', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"records": [');
    expect(fsjc(['evaluate', bad, '--as-of', '2026-11-20']).code).toBe(2);
    expect(fsjc(['evaluate', 'examples/valid', '--as-of', 'soon']).stderr).toMatch(/--as-of/);
  });
});

describe('fsjc vectors run', () => {
  it('runs every vector of the repository and reports each', () => {
    const r = fsjc(['vectors', 'run', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.failed).toBe(0);
    expect(out.passed).toBeGreaterThan(180);
  });

  it('runs one vector by ID, and says fail (exit 1) when an implementation disagrees', () => {
    expect(fsjc(['vectors', 'run', '--id', 'signals-limits-005']).stdout).toMatch(/^PASS +signals-limits-005/);
    const file = path.join(dir, 'wrong.json');
    const v = JSON.parse(fs.readFileSync('conformance/vectors/clock/working-days.json', 'utf8'));
    v.vectors = v.vectors.slice(0, 1);
    v.vectors[0].expected.lastDay = '2026-11-04';
    fs.writeFileSync(file, JSON.stringify(v));
    const r = fsjc(['vectors', 'run', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL +working-days-001/);
    expect(r.stdout).toMatch(/lastDay: expected "2026-11-04", got "2026-11-03"/);
  });

  it('tells a vector it cannot run (exit 2) from one the implementation fails', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{"not": "vectors"}');
    const r = fsjc(['vectors', 'run', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/ERROR/);
  });
});
