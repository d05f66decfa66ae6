import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FSJC, fsjc, tempDir } from '../../tests/support/cli.js';
import { certify, type Handoff } from '../../examples/integrations/district-platform/certify.js';

async function until<T>(probe: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('fsjc conformance client', () => {
  it('certifies the reference platform end to end: instructions, reports, a certificate that verifies', async () => {
    const dir = tempDir('fsjc-certify-cli-');
    expect(fsjc(['conformance', 'keygen', '-o', path.join(dir, 'office-key.json')]).code).toBe(0);
    const handoffFile = path.join(dir, 'handoff.json');
    const out = path.join(dir, 'out');
    const kit = spawn(process.execPath, [FSJC, 'conformance', 'client', '--port', '0', '--idle', '3', '--handoff', handoffFile, '-o', out, '--sign-key', path.join(dir, 'office-key.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    kit.stdout.on('data', (c) => (stdout += c));
    kit.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => kit.on('exit', resolve));
    const handoff = await until(() => (fs.existsSync(handoffFile) && fs.statSync(handoffFile).size ? (JSON.parse(fs.readFileSync(handoffFile, 'utf8')) as Handoff) : undefined), 30_000);
    expect((fs.statSync(handoffFile).mode & 0o077)).toBe(0); // the token is a secret
    await certify(handoff, { log: () => {} });
    expect(await exited).toBe(0);
    expect(stderr).toContain('SC-LATE');
    expect(stderr).toContain('每个场景单独成批');
    expect(stdout).toMatch(/pass\s+CL-L4-LATE/);
    expect(stdout).toContain('L4');
    for (const f of ['report.json', 'report.html', 'report.junit.xml', 'certificate.json']) expect(fs.existsSync(path.join(out, f))).toBe(true);
    const verified = fsjc(['conformance', 'verify', path.join(out, 'certificate.json'), '--key', path.join(dir, 'office-key.json'), '--report', path.join(out, 'report.json')]);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('on Ctrl-C stops waiting, judges what has arrived (here nothing) and still writes the report', async () => {
    const dir = tempDir('fsjc-certify-int-');
    const handoffFile = path.join(dir, 'handoff.json');
    const out = path.join(dir, 'out');
    const kit = spawn(process.execPath, [FSJC, 'conformance', 'client', '--port', '0', '--handoff', handoffFile, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    kit.stdout.on('data', (c) => (stdout += c));
    kit.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => kit.on('exit', resolve));
    await until(() => (fs.existsSync(handoffFile) && fs.statSync(handoffFile).size ? true : undefined), 30_000);
    kit.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(stderr).toContain('interrupted: judging what has arrived');
    expect(stdout).toMatch(/fail\s+CL-L1-SENT/);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.level).toBe('L0');
  }, 60_000);

  it('refuses a bad option with a clear message', () => {
    const r = fsjc(['conformance', 'client', '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port needs a whole number');
    const elsewhere = fsjc(['conformance', 'client', '--port', '0', '--region', '440606', '--unit', 'U440606-XZFW', '--system', 'SD-XZSP']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('the scenarios are written for division 440605');
    const s = fsjc(['conformance', 'client', '--sign-key', 'k.json']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('--sign-key needs --output');
  });
});
