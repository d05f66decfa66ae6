import type { Command } from 'commander';
import fs from 'node:fs';
import { generateOfficeKey, verifyCertificate, type Certificate } from '@fsjc/conformance';
import { EXIT, fail } from '../../exit.js';

const PUBLIC_KEY = /^04[0-9a-fA-F]{128}$/;

/** The office's public key: given as hex, or a file holding the hex or a JSON key (`publicKey`). */
function publicKeyOf(keyArg: string): string {
  if (PUBLIC_KEY.test(keyArg)) return keyArg;
  let text: string;
  try {
    text = fs.readFileSync(keyArg, 'utf8').trim();
  } catch (e) {
    return fail(`--key ${keyArg} is neither a public key (04 and 128 hex digits) nor a readable file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (PUBLIC_KEY.test(text)) return text;
  let key: { publicKey?: unknown };
  try {
    key = JSON.parse(text);
  } catch {
    return fail(`--key ${keyArg}: the file holds neither a public key in hex nor JSON`);
  }
  if (typeof key?.publicKey !== 'string' || !PUBLIC_KEY.test(key.publicKey)) fail(`--key ${keyArg}: no publicKey (04 and 128 hex digits) in the file`);
  return key.publicKey as string;
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`cannot read the ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`the ${what} ${file} is not JSON: ${(e as Error).message}`);
  }
}

/**
 * `fsjc conformance verify`: checks a certificate of conformance with the project office's public
 * key and, if given, the report it certifies (FSJC-CONF-016). `fsjc conformance keygen`: the
 * office's key pair.
 */
export function verifyCommand(conformance: Command): void {
  conformance
    .command('verify')
    .description('验证符合性证书 / verify a certificate of conformance with the project office\'s public key (FSJC-CONF-016)')
    .argument('<certificate>', 'certificate JSON file')
    .requiredOption('--key <key>', 'project office public key: hex (04…), or a file holding it or a JSON key with publicKey')
    .option('--report <file>', 'report.json the certificate was issued for: its SM3 digest is checked too')
    .option('--format <format>', 'text | json', 'text')
    .action((file: string, opts) => {
      if (opts.format !== 'text' && opts.format !== 'json') fail(`unknown --format ${opts.format} (text, json)`);
      const publicKey = publicKeyOf(opts.key);
      const certificate = readJson(file, 'certificate');
      const report = opts.report ? readJson(opts.report, 'report') : undefined;
      const { valid, problems } = verifyCertificate(certificate, publicKey, report);
      const c = certificate as Partial<Certificate>;
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ valid, problems, reportChecked: report !== undefined }, null, 2) + '\n');
      } else if (valid) {
        const system = c.system?.name ? `${c.system.name} (${c.system.id})` : c.system?.id;
        process.stdout.write([
          '证书有效 / certificate valid',
          `  被测系统 system:    ${system}`,
          `  达到的等级 level:   ${c.level}`,
          `  测试套件 suite:     ${c.suite?.id} ${c.suite?.version}`,
          `  测试工具 kit:       ${c.kit?.name} ${c.kit?.version}`,
          `  标准版本 standard:  ${c.standardVersion}`,
          `  日期 date:          ${c.date}`,
          `  签发者 issuer:      ${c.issuer}`,
          `  密钥 key:           ${c.signature?.keyId}`,
          report !== undefined ? '  报告杂凑一致 the report\'s SM3 digest matches' : '  未核对报告（可用 --report） report not checked (use --report)',
        ].join('\n') + '\n');
      } else {
        process.stdout.write(`证书无效 / certificate NOT valid\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      }
      process.exitCode = valid ? EXIT.valid : EXIT.invalid;
    });

  conformance
    .command('keygen')
    .description('生成项目办公室签发证书的 SM2 密钥 / create the project office\'s SM2 key for signing certificates')
    .requiredOption('-o, --output <file>', 'key file to create (JSON with the private key, mode 0600); an existing file is never replaced')
    .action((opts) => {
      const key = generateOfficeKey();
      try {
        // wx: losing the office's key to a slip of the keyboard would void every certificate it signed
        fs.writeFileSync(opts.output, JSON.stringify(key, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return fail(code === 'EEXIST' ? `${opts.output} exists: it is never replaced, remove it first if you mean to` : `cannot write ${opts.output}: ${code ?? (e as Error).message}`);
      }
      process.stderr.write(`fsjc: 私钥已写入 ${opts.output}，请妥善保管 / private key written to ${opts.output}, keep it secret\n`);
      process.stdout.write(`keyId     ${key.keyId}\npublicKey ${key.publicKey}\n`);
    });
}
