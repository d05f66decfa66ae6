import fs from 'node:fs';
import path from 'node:path';
import { issueCertificate, readOfficeKey, type OfficeKey, type RunReport } from '@fsjc/conformance';
import { fail } from '../../exit.js';

/** The office key of --sign-key, checked before the run so a long run does not end in a usage error. */
export function signKeyOption(file: string | undefined, output: string | undefined): OfficeKey | undefined {
  if (!file) return undefined;
  if (!output) fail('--sign-key needs --output: the certificate is written beside the report');
  try {
    return readOfficeKey(file);
  } catch (e) {
    return fail(`cannot read the office key ${file}: ${(e as Error).message}`);
  }
}

/** Writes certificate.json beside the report (FSJC-CONF-016); none when no level was reached. */
export function writeCertificate(report: RunReport, dir: string, key: OfficeKey): string | undefined {
  if (report.level === 'L0') return undefined;
  const file = path.join(dir, 'certificate.json');
  fs.writeFileSync(file, JSON.stringify(issueCertificate(report, key), null, 2) + '\n');
  return file;
}
