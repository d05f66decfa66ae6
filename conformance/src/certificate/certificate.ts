import fs from 'node:fs';
import { canonicalJson, dayOf, formatDay, generateCentreKey, parseDay, parseInstant, signCanonical, sm2KeyId, verifyCanonical } from '@fsjc/sdk';
import { sm2 } from 'sm-crypto-v2';
import { reportDigest } from '../report/json.js';
import { countOutcomes, levelReached } from '../suite/level.js';
import { OUTCOMES, type LevelReached, type Outcome, type RunReport } from '../suite/types.js';

/**
 * The project office's SM2 key pair (GB/T 32918), hex; the public key uncompressed (`04…`). Same
 * shape and key ID rule as a receiving centre's key, so the same tools handle both.
 */
export interface OfficeKey {
  /** The first 16 hex digits of SM3 over the public key's bytes. */
  keyId: string;
  privateKey: string;
  publicKey: string;
}

/** A certificate of conformance (FSJC-CONF-016): what a run showed, signed by the project office. */
export interface Certificate {
  kind: 'fsjc-conformance-certificate';
  certificateVersion: 1;
  suite: { id: string; version: string };
  kit: { name: string; version: string };
  standardVersion: string;
  system: RunReport['system'];
  /** The day the run finished, in China Standard Time (YYYY-MM-DD). */
  date: string;
  level: LevelReached;
  counts: Record<Outcome, number>;
  /** SM3 over the UTF-8 of the RFC 8785 canonical JSON of the full report. */
  reportDigest: { algorithm: 'SM3'; value: string };
  issuer: string;
  /** SM2 with SM3 and the default user ID over every other member, canonicalised; `r ‖ s` in hex. */
  signature: { algorithm: 'SM2-SM3'; keyId: string; value: string };
}

export type UnsignedCertificate = Omit<Certificate, 'signature'>;

export interface CertificateCheck {
  valid: boolean;
  /** Why it is not valid, Chinese first; empty when valid. */
  problems: string[];
}

export const DEFAULT_ISSUER = 'FSJC 项目办公室 FSJC project office';

const PUBLIC_KEY = /^04[0-9a-fA-F]{128}$/;
const PRIVATE_KEY = /^[0-9a-fA-F]{64}$/;
const LEVEL_VALUES: readonly string[] = ['L0', 'L1', 'L2', 'L3', 'L4'];

/** An uncompressed SM2 public key on the curve (the library throws for a point off it). */
function isPublicKey(hex: unknown): hex is string {
  try {
    return typeof hex === 'string' && PUBLIC_KEY.test(hex) && sm2.verifyPublicKey(hex);
  } catch {
    return false;
  }
}

/** The key ID of a public key, as for receipts: the first 16 hex digits of SM3 over its bytes. */
export function officeKeyId(publicKey: string): string {
  return sm2KeyId(publicKey);
}

/**
 * Issues a certificate for a run (FSJC-CONF-016). The report is checked first: its level and counts
 * must be the ones its results give, so a hand-edited report is never certified above what it
 * shows, and a run that reached no level earns no certificate. The signature is checked before
 * the certificate is returned, so a private key that does not match its public key is caught here
 * and not by the first reader.
 *
 * @example
 * const key = generateOfficeKey();
 * const cert = issueCertificate(report, key);
 * verifyCertificate(cert, key.publicKey, report).valid; // true
 */
export function issueCertificate(
  report: RunReport,
  officeKey: { privateKey: string; publicKey: string; keyId?: string },
  options: { issuer?: string; date?: string } = {},
): Certificate {
  if (report?.kind !== 'fsjc-conformance-report') throw new Error('not a conformance report (kind fsjc-conformance-report)');
  const level = levelReached(report.results);
  if (level !== report.level) throw new Error(`the report says level ${report.level} but its results reach ${level}`);
  const counts = countOutcomes(report.results);
  if (canonicalJson(counts) !== canonicalJson(report.counts)) throw new Error(`the report's counts ${JSON.stringify(report.counts)} are not those of its results ${JSON.stringify(counts)}`);
  if (level === 'L0') throw new Error('the run reached no level (L0): there is nothing to certify');
  const key = checkedKey(officeKey);
  const date = options.date ?? formatDay(dayOf(parseInstant(report.finishedAt)));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date ${date} is not YYYY-MM-DD`);
  parseDay(date);
  const unsigned: UnsignedCertificate = {
    kind: 'fsjc-conformance-certificate',
    certificateVersion: 1,
    suite: { id: report.suite.id, version: report.suite.version },
    kit: { name: report.kit.name, version: report.kit.version },
    standardVersion: report.standardVersion,
    system: JSON.parse(JSON.stringify(report.system)),
    date,
    level,
    counts,
    reportDigest: { algorithm: 'SM3', value: reportDigest(report) },
    issuer: options.issuer ?? DEFAULT_ISSUER,
  };
  const value = signCanonical(unsigned, key);
  const certificate: Certificate = { ...unsigned, signature: { algorithm: 'SM2-SM3', keyId: key.keyId, value } };
  if (!verifyCanonical(certificate, value, key.publicKey)) throw new Error('the private key does not belong to the public key: the signature does not verify');
  return certificate;
}

/** A key with its ID filled in, refused when malformed or when its ID is not its public key's. */
function checkedKey(key: { privateKey: string; publicKey: string; keyId?: string }): OfficeKey {
  if (typeof key?.privateKey !== 'string' || !PRIVATE_KEY.test(key.privateKey)) throw new Error('the private key is not 64 hex digits');
  if (!isPublicKey(key.publicKey)) throw new Error('the public key is not an uncompressed SM2 point (04 and 128 hex digits)');
  const keyId = officeKeyId(key.publicKey);
  if (key.keyId !== undefined && key.keyId.toLowerCase() !== keyId) throw new Error(`key ID ${key.keyId} is not that of the public key (${keyId})`);
  return { keyId, privateKey: key.privateKey, publicKey: key.publicKey };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/** What is wrong with a certificate's shape, before any cryptography. */
function shapeProblems(c: Record<string, unknown>): string[] {
  const p: string[] = [];
  const need = (ok: boolean, zh: string, en: string) => { if (!ok) p.push(`${zh} ${en}`); };
  need(c.kind === 'fsjc-conformance-certificate', '不是一致性证书（kind 应为 fsjc-conformance-certificate）', 'not a conformance certificate (kind fsjc-conformance-certificate)');
  need(c.certificateVersion === 1, `证书版本 ${JSON.stringify(c.certificateVersion)} 不受支持`, `certificate version ${JSON.stringify(c.certificateVersion)} is not supported (1)`);
  const suite = c.suite as Record<string, unknown>;
  need(isObject(suite) && isText(suite.id) && isText(suite.version), 'suite 应有 id 和 version', 'suite needs id and version');
  const kit = c.kit as Record<string, unknown>;
  need(isObject(kit) && isText(kit.name) && isText(kit.version), 'kit 应有 name 和 version', 'kit needs name and version');
  need(isText(c.standardVersion), '缺少 standardVersion', 'standardVersion is missing');
  need(isObject(c.system) && isText((c.system as Record<string, unknown>).id), 'system 应有 id', 'system needs id');
  need(typeof c.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.date), 'date 应为 YYYY-MM-DD', 'date must be YYYY-MM-DD');
  need(typeof c.level === 'string' && LEVEL_VALUES.includes(c.level), `等级 ${JSON.stringify(c.level)} 无效`, `level ${JSON.stringify(c.level)} is not one of ${LEVEL_VALUES.join(', ')}`);
  const counts = c.counts as Record<string, unknown>;
  need(isObject(counts) && OUTCOMES.every((o) => Number.isInteger(counts[o]) && (counts[o] as number) >= 0), 'counts 应给出每种结果的数目', 'counts must give a whole number for every outcome');
  const digest = c.reportDigest as Record<string, unknown>;
  need(isObject(digest) && digest.algorithm === 'SM3' && typeof digest.value === 'string' && /^[0-9a-fA-F]{64}$/.test(digest.value), 'reportDigest 应为 SM3 杂凑（64 位十六进制）', 'reportDigest must be an SM3 digest (64 hex digits)');
  need(isText(c.issuer), '缺少签发者 issuer', 'issuer is missing');
  return p;
}

/** Where a certificate and the report offered with it disagree, beyond the digest. */
function reportProblems(c: Record<string, unknown>, report: unknown): string[] {
  if (!isObject(report) || report.kind !== 'fsjc-conformance-report') return ['所给文件不是一致性测试报告 the report given is not a conformance report'];
  const p: string[] = [];
  let digest: string | undefined;
  try {
    digest = reportDigest(report as unknown as RunReport);
  } catch (e) {
    p.push(`无法计算报告的杂凑 cannot compute the report's digest: ${(e as Error).message}`);
  }
  const claimed = (c.reportDigest as { value?: unknown } | undefined)?.value;
  if (digest !== undefined && (typeof claimed !== 'string' || claimed.toLowerCase() !== digest)) {
    p.push(`报告的 SM3 杂凑 ${digest} 与证书所载 ${String(claimed)} 不符：报告不是证书所证明的那一份 the report's SM3 digest ${digest} is not the certificate's ${String(claimed)}: it is not the report certified`);
  }
  const r = report as unknown as RunReport;
  const same = (name: string, a: unknown, b: unknown) => {
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) p.push(`证书的 ${name} ${JSON.stringify(a)} 与报告的 ${JSON.stringify(b)} 不同 the certificate's ${name} differs from the report's`);
  };
  same('suite', c.suite, r.suite && { id: r.suite.id, version: r.suite.version });
  same('kit', c.kit, r.kit && { name: r.kit.name, version: r.kit.version });
  same('standardVersion', c.standardVersion, r.standardVersion);
  same('system', c.system, r.system);
  same('level', c.level, r.level);
  same('counts', c.counts, r.counts);
  return p;
}

/**
 * Checks a certificate of conformance (FSJC-CONF-016) with the project office's public key and,
 * when given, the report it certifies. Never throws: malformed input is a problem like any other.
 *
 * @example
 * const { valid, problems } = verifyCertificate(cert, officePublicKey, report);
 * if (!valid) console.error(problems.join('\n'));
 */
export function verifyCertificate(certificate: unknown, publicKeyHex: string, report?: unknown): CertificateCheck {
  const problems: string[] = [];
  try {
    if (!isObject(certificate)) return { valid: false, problems: ['证书不是 JSON 对象 the certificate is not a JSON object'] };
    problems.push(...shapeProblems(certificate));
    const keyOk = isPublicKey(publicKeyHex);
    if (!keyOk) problems.push('公钥不是未压缩的 SM2 公钥（04 加 128 位十六进制） the public key is not an uncompressed SM2 key (04 and 128 hex digits)');
    const sig = certificate.signature as Record<string, unknown> | undefined;
    if (!isObject(sig)) problems.push('证书没有签名 the certificate is not signed');
    else {
      if (sig.algorithm !== 'SM2-SM3') problems.push(`签名算法 ${JSON.stringify(sig.algorithm)} 不是 SM2-SM3 the signature algorithm is not SM2-SM3`);
      const expectedId = keyOk ? officeKeyId(publicKeyHex) : undefined;
      if (typeof sig.keyId !== 'string') problems.push('签名缺少 keyId the signature has no keyId');
      else if (expectedId && sig.keyId.toLowerCase() !== expectedId) {
        problems.push(`证书由密钥 ${sig.keyId} 签名，不是所给公钥（${expectedId}） signed with key ${sig.keyId}, not the public key given (${expectedId})`);
      }
      if (typeof sig.value !== 'string' || !/^[0-9a-fA-F]{128}$/.test(sig.value)) problems.push('签名值不是 128 位十六进制（r‖s） the signature value is not 128 hex digits (r‖s)');
      else if (keyOk && !verifyCanonical(certificate, sig.value, publicKeyHex)) {
        problems.push('签名不符：证书被改动过，或不是此公钥的持有者所签 the signature does not verify: the certificate was changed or not signed by the holder of this key');
      }
    }
    if (report !== undefined) problems.push(...reportProblems(certificate, report));
  } catch (e) {
    problems.push(`无法检查证书 cannot check the certificate: ${(e as Error).message}`);
  }
  return { valid: problems.length === 0, problems };
}

/** A new key pair for the project office to sign certificates with; keep the private key secret. */
export function generateOfficeKey(): OfficeKey {
  const { keyId, privateKey, publicKey } = generateCentreKey();
  return { keyId, privateKey, publicKey };
}

/**
 * Reads the project office's key from a JSON file `{ keyId, privateKey, publicKey }` (as
 * `fsjc conformance keygen` writes it). Refuses a file whose keys are malformed, whose key ID is
 * not its public key's, or whose private key is not the public key's.
 */
export function readOfficeKey(file: string): OfficeKey {
  let data: { keyId?: string; privateKey: string; publicKey: string };
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the office key ${file}: ${(e as Error).message}`);
  }
  let key: OfficeKey;
  try {
    key = checkedKey(data);
  } catch (e) {
    throw new Error(`the office key ${file} is not usable: ${(e as Error).message}`);
  }
  if (!sm2.comparePublicKeyHex(sm2.getPublicKeyFromPrivateKey(key.privateKey), key.publicKey)) throw new Error(`the private key in ${file} does not belong to its public key`);
  return key;
}
