/**
 * Produces the example conformance reports under examples/conformance/reports/: the reference
 * district platform (passing, with a certificate signed by a demonstration office key) and the
 * faulty client (failing). `npm run conformance:examples`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateOfficeKey, issueCertificate, runClientConformance, writeReports, type RunReport } from '../../conformance/src/index.js';
import { certify, type Handoff } from '../../examples/integrations/district-platform/certify.js';
import { runFaultyClient } from '../../examples/conformance/faulty-client.js';

const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../examples/conformance/reports');

async function run(system: (h: Handoff) => Promise<unknown>): Promise<RunReport> {
  let done: Promise<unknown> = Promise.resolve();
  const report = await runClientConformance({ idleMs: 4000, waitMs: 120_000, onReady: (h) => { done = system(h); } });
  await done;
  return report;
}

const passing = await run((h) => certify(h, { log: () => {} }));
const dir = path.join(OUT, 'passing');
fs.mkdirSync(dir, { recursive: true });
writeReports(passing, dir);
// a demonstration key: the project office keeps its real key to itself
const key = generateOfficeKey();
fs.writeFileSync(path.join(dir, 'certificate.json'), JSON.stringify(issueCertificate(passing, key, { issuer: 'FSJC 项目办公室（示例密钥）FSJC project office (demonstration key)' }), null, 2) + '\n');
fs.writeFileSync(path.join(dir, 'office-public-key.txt'), `${key.publicKey}\n`);
console.log(`passing: level ${passing.level}, ${JSON.stringify(passing.counts)} → ${dir}`);

const failing = await run((h) => runFaultyClient(h, ['no-retry', 'missing-acceptance', 'backdated-edits']));
const fdir = path.join(OUT, 'failing');
fs.mkdirSync(fdir, { recursive: true });
writeReports(failing, fdir);
console.log(`failing: level ${failing.level}, ${JSON.stringify(failing.counts)} → ${fdir}`);
