import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FSJC, fsjc, tempDir } from '../../tests/support/cli.js';
import { batch, CASE, event } from '../../tests/support/batch.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
};
const valid = write('valid.json', batch([CASE, event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00')]));
const invalid = write('invalid.json', batch([{ ...CASE, caseType: 'URGENT' }, event('E1', 'DECIDED', '2026-10-09T10:00:00+08:00')]));

describe('fsjc validate', () => {
  it('exits 0 on a valid file and says so in Chinese by default', () => {
    const r = fsjc(['validate', valid]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结果：有效');
  });

  it('exits 0 on a file with warnings only, listing them (FSJC-VAL-007)', () => {
    const warned = write('warned.json', batch([{ ...CASE, applicant: { ...CASE.applicant, name: '张三' } }]));
    const r = fsjc(['validate', warned, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('privacy.nameNotMasked (FSJC-PRIV-003) × 1');
    expect(r.stdout).toContain('Result: valid');
  });

  it('exits 1 on an invalid file, grouping findings by code with requirement IDs', () => {
    const r = fsjc(['validate', invalid, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema.closedCode (FSJC-DATA-007) × 1');
    expect(r.stdout).toContain('schema.requiredForEventType (FSJC-DATA-039) × 1');
    expect(r.stdout).toContain('Result: invalid');
  });

  it('writes a JSON report with messages in the chosen language', () => {
    const r = fsjc(['validate', invalid, '--format', 'json', '--lang', 'zh']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    const g = report.groups.find((x: any) => x.code === 'schema.closedCode');
    expect(g).toMatchObject({ severity: 'critical', requirement: 'FSJC-DATA-007', count: 1 });
    expect(g.examples[0]).toMatchObject({ pointer: '/records/0/caseType', recordId: 'C1', message: '“URGENT”不在代码表 caseType 中' });
  });

  it('writes JUnit XML with one test case per file', () => {
    const out = path.join(dir, 'junit.xml');
    const r = fsjc(['validate', valid, invalid, '--format', 'junit', '-o', out]);
    expect(r.code).toBe(1);
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('failures="1"');
    expect(xml).toContain('type="schema.closedCode"');
  });

  it('fails every invalid file in JUnit, even when its findings are not among the examples kept', () => {
    const again = write('invalid2.json', batch([{ ...CASE, caseType: 'URGENT' }]));
    const out = path.join(dir, 'junit2.xml');
    fsjc(['validate', invalid, again, '--format', 'junit', '--max-examples', '1', '-o', out]);
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml).toContain('failures="2"');
    expect(xml.match(/<failure /g)!.length).toBeGreaterThanOrEqual(2);
    expect(xml).toMatch(/name="[^"]*invalid2\.json"><failure/);
  });

  it('validates a directory, resolving references across its files', () => {
    const d = tempDir();
    fs.writeFileSync(path.join(d, 'a.json'), JSON.stringify(batch([CASE])));
    fs.writeFileSync(path.join(d, 'b.json'), JSON.stringify(batch([event('E1', 'ACCEPTED', '2026-10-09T09:00:00+08:00')])));
    fs.writeFileSync(path.join(d, 'a.expect.json'), '{"not": "a batch"}');
    const r = fsjc(['validate', d, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.files).toHaveLength(2);
    // the event in b.json is before the case's receipt in a.json
    expect(report.groups.map((g: any) => g.code)).toContain('time.beforeReceipt');
    expect(r.code).toBe(1);
  });

  it('exits 2 with a message for an unreadable file or a bad option', () => {
    const missing = fsjc(['validate', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法读取文件');
    expect(fsjc(['validate', valid, '--format', 'yaml']).code).toBe(2);
    expect(fsjc(['validate']).code).toBe(2);
    expect(fsjc(['frobnicate']).code).toBe(2);
  });

  it('exits 1, not 2, for a file that is readable but malformed', () => {
    const p = write('broken.json', '{"header": {');
    const r = fsjc(['validate', p, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('parse.json');
  });

  it('prints its version and help', () => {
    expect(fsjc(['--version']).stdout.trim()).toBe('1.0.0');
    const help = fsjc(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
  });

  describe('--fact-memory and --temp-dir (FSJC-VAL-004)', () => {
    // 40,000 cases, each with an event: the facts of the checks across records pass 1 MB early on
    const lines = [JSON.stringify({ header: batch([]).header })];
    for (let c = 0; c < 40_000; c++) {
      lines.push(JSON.stringify({ ...CASE, id: `C${c}`, caseNumber: `NH2026${String(c).padStart(6, '0')}` }));
      lines.push(JSON.stringify({ ...event(`C${c}-E1`, 'RECEIVED', '2026-10-09T09:30:00+08:00'), caseId: `C${c}` }));
    }
    const many = write('many.ndjson', lines.join('\n') + '\n');

    /** Runs fsjc, noting whether the directory held anything while it ran; `interrupt` sends SIGINT once it does. */
    function watching(args: string[], dir: string, interrupt = false): Promise<{ code: number | null; stdout: string; sawFiles: boolean }> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [FSJC, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
        let stdout = '';
        let sawFiles = false;
        child.stdout.on('data', (d) => (stdout += d));
        const poll = setInterval(() => {
          if (sawFiles || fs.readdirSync(dir).length === 0) return;
          sawFiles = true;
          if (interrupt) child.kill('SIGINT');
        }, 2);
        child.on('exit', (code) => {
          clearInterval(poll);
          resolve({ code, stdout, sawFiles });
        });
      });
    }

    it('spill to the directory given beyond the memory given, find what a run in memory finds, and leave nothing', async () => {
      const scratch = fs.mkdtempSync(path.join(dir, 'scratch-'));
      const r = await watching(['validate', many, '--format', 'json', '--fact-memory', '1', '--temp-dir', scratch], scratch);
      expect(r.sawFiles).toBe(true);
      expect(fs.readdirSync(scratch)).toEqual([]);
      const inMemory = fsjc(['validate', many, '--format', 'json']);
      expect(r.code).toBe(inMemory.code);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(inMemory.stdout));
    });

    it('leave nothing in the directory when interrupted', async () => {
      const scratch = fs.mkdtempSync(path.join(dir, 'scratch-'));
      const r = await watching(['validate', many, '--fact-memory', '1', '--temp-dir', scratch], scratch, true);
      expect(r.sawFiles).toBe(true);
      expect(r.code).toBe(130);
      expect(fs.readdirSync(scratch)).toEqual([]);
    });

    it('are usage errors when not a whole number of MB or not a directory', () => {
      expect(fsjc(['validate', valid, '--fact-memory', 'lots'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--fact-memory') });
      expect(fsjc(['validate', valid, '--temp-dir', valid])).toMatchObject({ code: 2, stderr: expect.stringContaining('--temp-dir') });
    });
  });
});
