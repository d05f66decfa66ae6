import fs from 'node:fs';
import path from 'node:path';
import { issueCertificate, readOfficeKey, reportJson } from '@fsjc/conformance';
import { beforeAll, describe, expect, it } from 'vitest';
import { failingReport } from '../../conformance/src/report/sample.js';
import { fsjc, tempDir } from '../../tests/support/cli.js';

// the project office makes its key with keygen, certifies a run, and anyone verifies
let dir: string;
let keyFile: string;
let publicKey: string;
let certFile: string;
let reportFile: string;
beforeAll(() => {
  dir = tempDir();
  keyFile = path.join(dir, 'office-key.json');
  const r = fsjc(['conformance', 'keygen', '-o', keyFile]);
  expect(r.code, r.stderr).toBe(0);
  publicKey = /^publicKey (04[0-9a-f]{128})$/m.exec(r.stdout)![1];
  const report = failingReport();
  reportFile = path.join(dir, 'report.json');
  fs.writeFileSync(reportFile, reportJson(report));
  certFile = path.join(dir, 'certificate.json');
  fs.writeFileSync(certFile, JSON.stringify(issueCertificate(report, readOfficeKey(keyFile)), null, 2));
});

describe('fsjc conformance keygen', () => {
  it('writes the office key readable by its owner only, prints the public key, and never replaces a key', () => {
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
    expect(key.publicKey).toBe(publicKey);
    expect(key.privateKey).toMatch(/^[0-9a-f]{64}$/);
    const before = fs.readFileSync(keyFile, 'utf8');
    const again = fsjc(['conformance', 'keygen', '-o', keyFile]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists: it is never replaced/);
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(before);
  });
});

describe('fsjc conformance verify (FSJC-CONF-016)', () => {
  it('accepts the certificate with the public key as hex or as a key file, and with its report', () => {
    const r = fsjc(['conformance', 'verify', certFile, '--key', publicKey, '--report', reportFile]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^证书有效 \/ certificate valid\n/);
    expect(r.stdout).toMatch(/达到的等级 level: +L2/);
    expect(r.stdout).toMatch(/报告杂凑一致/);
    expect(fsjc(['conformance', 'verify', certFile, '--key', keyFile]).code).toBe(0);
    const pubFile = path.join(dir, 'office.pub');
    fs.writeFileSync(pubFile, `${publicKey}\n`);
    const json = fsjc(['conformance', 'verify', certFile, '--key', pubFile, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({ valid: true, problems: [], reportChecked: false });
  });

  it('refuses a changed certificate or a report that is not the one certified, with exit code 1', () => {
    const cert = JSON.parse(fs.readFileSync(certFile, 'utf8'));
    const changed = path.join(dir, 'changed.json');
    fs.writeFileSync(changed, JSON.stringify({ ...cert, level: 'L3' }));
    const r = fsjc(['conformance', 'verify', changed, '--key', publicKey]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^证书无效 \/ certificate NOT valid\n  - 签名不符/);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    report.results[0].outcome = 'fail';
    const otherReport = path.join(dir, 'other-report.json');
    fs.writeFileSync(otherReport, JSON.stringify(report));
    const d = fsjc(['conformance', 'verify', certFile, '--key', publicKey, '--report', otherReport, '--format', 'json']);
    expect(d.code).toBe(1);
    expect(JSON.parse(d.stdout).problems.join('\n')).toMatch(/it is not the report certified/);
  });

  it('answers a missing key, an unreadable file or an unknown format with a usage error', () => {
    expect(fsjc(['conformance', 'verify', certFile]).code).toBe(2);
    const noFile = fsjc(['conformance', 'verify', path.join(dir, 'none.json'), '--key', publicKey]);
    expect([noFile.code, noFile.stderr]).toEqual([2, expect.stringMatching(/cannot read the certificate .*none\.json: ENOENT/)]);
    expect(fsjc(['conformance', 'verify', certFile, '--key', 'not-a-key']).stderr).toMatch(/neither a public key .* nor a readable file/);
    expect(fsjc(['conformance', 'verify', certFile, '--key', publicKey, '--format', 'xml']).code).toBe(2);
    const notJson = path.join(dir, 'not.json');
    fs.writeFileSync(notJson, '{');
    expect(fsjc(['conformance', 'verify', notJson, '--key', publicKey]).stderr).toMatch(/is not JSON/);
  });
});
