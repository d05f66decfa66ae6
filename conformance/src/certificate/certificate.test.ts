import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalJson } from '@fsjc/sdk';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { reportDigest, reportJson } from '../report/json.js';
import { failingReport, passingReport } from '../report/sample.js';
import type { RunReport } from '../suite/types.js';
import { generateOfficeKey, issueCertificate, officeKeyId, readOfficeKey, verifyCertificate, type Certificate } from './certificate.js';

const office = generateOfficeKey();
const other = generateOfficeKey();
const report = passingReport();
const cert = issueCertificate(report, office);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-cert-'));

describe('issueCertificate (FSJC-CONF-016)', () => {
  it('states the run and the report digest, dated in China Standard Time', () => {
    expect(cert).toMatchObject({
      kind: 'fsjc-conformance-certificate', certificateVersion: 1,
      suite: { id: 'client-v1', version: '1.0.0' }, kit: { name: '@fsjc/conformance', version: '0.1.0' }, standardVersion: '1.0.0',
      system: report.system, level: 'L4', counts: { pass: 8, fail: 0, skip: 0, omit: 1, error: 0 },
      reportDigest: { algorithm: 'SM3', value: reportDigest(report) },
      // finished at 00:15 on the 21st in Foshan, the 20th in UTC
      date: '2026-10-21',
      signature: { algorithm: 'SM2-SM3', keyId: office.keyId },
    });
    expect(cert.issuer).toMatch(/项目办公室/);
    expect(Object.keys(cert.suite)).toEqual(['id', 'version']);
    expect(issueCertificate(failingReport(), office, { issuer: '佛山市政务服务数据管理局', date: '2026-11-02' })).toMatchObject({ level: 'L2', issuer: '佛山市政务服务数据管理局', date: '2026-11-02' });
  });

  it('signs the canonical JSON of every other member with SM2, SM3 and the default user ID, r‖s in hex', () => {
    expect(cert.signature.value).toMatch(/^[0-9a-f]{128}$/);
    const { signature, ...rest } = cert;
    const bytes = Buffer.from(canonicalJson(rest), 'utf8');
    expect(sm2.doVerifySignature(bytes, signature.value, office.publicKey, { hash: true, der: false, userId: '1234567812345678' })).toBe(true);
    // not over the pretty JSON, nor with another user ID
    expect(sm2.doVerifySignature(Buffer.from(JSON.stringify(rest, null, 2)), signature.value, office.publicKey, { hash: true, der: false })).toBe(false);
    expect(sm2.doVerifySignature(bytes, signature.value, office.publicKey, { hash: true, der: false, userId: 'FSJC' })).toBe(false);
    expect(office.keyId).toBe(officeKeyId(office.publicKey));
  });

  it('refuses a run that reached no level, a report whose level or counts are not its results\', and a key that is not a pair', () => {
    const none = structuredClone(report);
    none.results[0].outcome = 'fail';
    none.level = 'L0';
    none.counts = { ...none.counts, pass: 7, fail: 1 };
    expect(() => issueCertificate(none, office)).toThrow(/no level/);
    expect(() => issueCertificate({ ...failingReport(), level: 'L4' }, office)).toThrow(/says level L4 but its results reach L2/);
    expect(() => issueCertificate({ ...report, counts: { ...report.counts, fail: 1 } }, office)).toThrow(/counts/);
    expect(() => issueCertificate(report, { ...office, keyId: '0000000000000000' })).toThrow(/key ID/);
    expect(() => issueCertificate(report, { privateKey: office.privateKey, publicKey: other.publicKey })).toThrow(/does not belong/);
    expect(() => issueCertificate(report, office, { date: '2026-02-30' })).toThrow();
    expect(() => issueCertificate({ kind: 'other' } as unknown as RunReport, office)).toThrow(/not a conformance report/);
  });
});

describe('verifyCertificate (FSJC-CONF-016)', () => {
  it('accepts the certificate with the office key, the report as written and as read back', () => {
    expect(verifyCertificate(cert, office.publicKey)).toEqual({ valid: true, problems: [] });
    expect(verifyCertificate(cert, office.publicKey, report)).toEqual({ valid: true, problems: [] });
    const fromFiles = JSON.parse(JSON.stringify(cert, null, 2));
    expect(verifyCertificate(fromFiles, office.publicKey.toUpperCase(), JSON.parse(reportJson(report)))).toEqual({ valid: true, problems: [] });
  });

  it('refuses a certificate with any field changed after signing', () => {
    const tampered: Certificate[] = [
      { ...cert, level: 'L3' },
      { ...cert, date: '2026-10-22' },
      { ...cert, system: { ...cert.system, name: '别的系统' } },
      { ...cert, counts: { ...cert.counts, pass: 9 } },
      { ...cert, issuer: 'someone else' },
      { ...cert, reportDigest: { algorithm: 'SM3', value: reportDigest(failingReport()) } },
      { ...cert, extra: 1 } as Certificate,
    ];
    for (const t of tampered) {
      const r = verifyCertificate(t, office.publicKey);
      expect(r.valid, JSON.stringify(t).slice(0, 80)).toBe(false);
      expect(r.problems.join('\n')).toMatch(/签名不符.*the signature does not verify/);
    }
    const flipped = cert.signature.value.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(verifyCertificate({ ...cert, signature: { ...cert.signature, value: flipped } }, office.publicKey).valid).toBe(false);
  });

  it('refuses a certificate checked with another key, naming both key IDs', () => {
    const r = verifyCertificate(cert, other.publicKey);
    expect(r.valid).toBe(false);
    expect(r.problems.join('\n')).toContain(`signed with key ${office.keyId}, not the public key given (${other.keyId})`);
    expect(r.problems.join('\n')).toMatch(/the signature does not verify/);
    // a forger who puts the right key ID on their own signature is still caught
    const forged = issueCertificate(report, other);
    const f = verifyCertificate({ ...forged, signature: { ...forged.signature, keyId: office.keyId } }, office.publicKey);
    expect(f.valid).toBe(false);
    expect(f.problems).toHaveLength(1);
  });

  it('detects a report that is not the one certified, and one that disagrees with the certificate', () => {
    const changed = structuredClone(report);
    changed.results[2].messages[0].en = 'As required!';
    const r = verifyCertificate(cert, office.publicKey, changed);
    expect(r.valid).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/报告的 SM3 杂凑 [0-9a-f]{64} 与证书所载 [0-9a-f]{64} 不符.*it is not the report certified/);
    const other = verifyCertificate(cert, office.publicKey, failingReport());
    expect(other.problems.join('\n')).toMatch(/digest[\s\S]*certificate's system differs[\s\S]*certificate's level differs[\s\S]*certificate's counts differs/);
    expect(verifyCertificate(cert, office.publicKey, { hello: 1 }).problems).toEqual(['所给文件不是一致性测试报告 the report given is not a conformance report']);
  });

  it('never throws on malformed input', () => {
    const bad: unknown[] = [null, undefined, 'certificate', 42, [], {}, { ...cert, signature: null }, { ...cert, signature: { algorithm: 'RSA', keyId: 7, value: 'zz' } },
      { ...cert, counts: { pass: -1 } }, { ...cert, suite: null, kit: 'x', system: [], level: 'L9', reportDigest: { algorithm: 'MD5', value: 'x' } }];
    for (const b of bad) {
      const r = verifyCertificate(b, office.publicKey);
      expect(r.valid).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
    expect(verifyCertificate({}, office.publicKey).problems.join('\n')).toMatch(/not a conformance certificate[\s\S]*not signed/);
    for (const key of ['', 'zz', '04' + '0'.repeat(128), null as unknown as string]) {
      const r = verifyCertificate(cert, key);
      expect(r.valid).toBe(false);
      expect(r.problems[0]).toMatch(/public key/);
    }
    const cyclic: Record<string, unknown> = { kind: 'fsjc-conformance-report' };
    cyclic.self = cyclic;
    expect(verifyCertificate(cert, office.publicKey, cyclic).valid).toBe(false);
  });
});

describe('the office key', () => {
  it('is read back from its file, and a file with a foreign key ID or public key is refused', () => {
    const dir = tmp();
    const file = path.join(dir, 'office-key.json');
    fs.writeFileSync(file, JSON.stringify(office));
    expect(readOfficeKey(file)).toEqual(office);
    fs.writeFileSync(file, JSON.stringify({ privateKey: office.privateKey, publicKey: office.publicKey }));
    expect(readOfficeKey(file).keyId).toBe(office.keyId);
    fs.writeFileSync(file, JSON.stringify({ ...office, keyId: other.keyId }));
    expect(() => readOfficeKey(file)).toThrow(/key ID/);
    fs.writeFileSync(file, JSON.stringify({ ...other, privateKey: office.privateKey }));
    expect(() => readOfficeKey(file)).toThrow(/does not belong to its public key/);
    fs.writeFileSync(file, '{');
    expect(() => readOfficeKey(file)).toThrow(/cannot read the office key/);
    expect(() => readOfficeKey(path.join(dir, 'missing.json'))).toThrow(/cannot read the office key/);
  });
});
