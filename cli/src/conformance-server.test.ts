import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FSJC, ROOT, fsjc, tempDir } from '../../tests/support/cli.js';

/** Runs the built CLI without blocking this process, which the core's requests do not need but the serve child's output does. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [FSJC, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * `fsjc conformance server` against `fsjc serve --fault scope-off`, both as built: the core says
 * loudly that a safeguard is off, and the kit fails exactly the scope tests and writes its reports.
 */
describe('fsjc conformance server (FSJC-CONF-030)', () => {
  let dir: string;
  let serve: ChildProcess;
  let url: string;
  let warning: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    if (!fs.existsSync(FSJC)) throw new Error('cli/dist/fsjc.js is missing: run `npm run build` first (npm test does)');
    dir = tempDir('fsjc-conformance-server-');
    const db = path.join(dir, 'core.db');
    serve = spawn(process.execPath, [FSJC, 'serve', '--quiet', '--port', '0', '--db', db, '--key-file', path.join(dir, 'key.json'), '--fault', 'scope-off'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    url = await new Promise<string>((resolve, reject) => {
      serve.stderr!.on('data', (c) => {
        err += c;
        const m = /monitoring core at (http:\/\/\S+)/.exec(err);
        if (m) resolve(m[1]);
      });
      serve.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    warning = err;
    const issue = (name: string, grant: string[]) => {
      const r = fsjc(['admin', 'token', 'issue', '--db', db, ...grant]);
      if (r.code !== 0) throw new Error(r.stderr);
      tokens[name] = JSON.parse(r.stdout).token;
    };
    for (const name of ['01-organisation-registry.json', '02-item-catalogue.json']) {
      const body = fs.readFileSync(path.join(ROOT, 'examples/valid', name));
      const h = JSON.parse(body.toString('utf8')).header;
      issue(name, ['--role', 'system', '--system', h.senderSystemId, '--unit', h.senderUnitId, '--region', h.regionCode]);
      const res = await fetch(`${url}/v1/batches`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[name]}` } });
      expect(res.status).toBe(201);
    }
    issue('kit', ['--role', 'system', '--system', 'NH-XZSP', '--unit', 'U440605-XZFW', '--region', '440605']);
    issue('other', ['--role', 'system', '--system', 'SD-XZSP', '--unit', 'U440606-XZFW', '--region', '440606']);
  }, 60_000);

  afterAll(() => {
    serve?.kill('SIGTERM');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fsjc serve --fault warns loudly, before anything else, that the core breaks the standard', () => {
    expect(warning.split('\n')[1]).toMatch(/故障开关已打开.*FAULT SWITCHES ON: scope-off/);
    expect(warning.indexOf('FAULT SWITCHES ON')).toBeLessThan(warning.indexOf('monitoring core at'));
    expect(fsjc(['serve', '--fault', 'no-checks', '--port', '0']).stderr).toMatch(/--fault no-checks: one of idempotency-off, scope-off/);
  });

  it('fails the scope tests of a core with scope-off, prints each test as it ends, and writes its reports', async () => {
    const out = path.join(dir, 'reports');
    const r = await run(['conformance', 'server', '--url', url, '--token', tokens.kit, '--other-token', tokens.other, '-o', out]);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^fail /.test(l)).map((l) => l.split(/\s+/)[1])).toEqual(['SV-L3-SCOPE-HEADER', 'SV-L3-SCOPE-RECORDS']);
    expect(lines.filter((l) => /^pass /.test(l))).toHaveLength(15);
    expect(lines.filter((l) => /^omit  SV-L4-/.test(l))).toHaveLength(9);
    expect(r.stdout).toMatch(/达到 L2/);
    expect(r.stdout).toMatch(/level L2 reached/);
    expect(r.stdout).toMatch(/L4 test scenarios were not run/);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ kind: 'fsjc-conformance-report', level: 'L2', suite: { id: 'server-v1' }, counts: { fail: 2, error: 0 } });
    expect(fs.existsSync(path.join(out, 'report.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'report.junit.xml'))).toBe(true);
    // no machine paths and no tokens in what is handed over
    expect(r.stdout).not.toContain(dir);
    expect(JSON.stringify(report)).not.toContain(tokens.kit);
  }, 120_000);

  it('runs one group as JSON on stdout, and answers an unknown test with a usage error', async () => {
    const r = await run(['conformance', 'server', '--url', url, '--token', tokens.kit, '--other-token', tokens.other, '--group', 'SV-ACCESS', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.results.filter((t: { outcome: string }) => t.outcome !== 'omit').map((t: { id: string }) => t.id)).toEqual(['SV-L3-UNAUTHORIZED', 'SV-L3-SCOPE-HEADER', 'SV-L3-SCOPE-RECORDS']);
    expect(r.stderr).toMatch(/^fail {2}SV-L3-SCOPE-HEADER/m);
    const unknown = await run(['conformance', 'server', '--url', url, '--token', tokens.kit, '--other-token', tokens.other, '--test', 'SV-L9-NOTHING']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no test or group SV-L9-NOTHING/);
  }, 60_000);
});
