// Runs one measurement in a fresh process so peak memory belongs to it alone.
import fs from 'node:fs';
const [mode, file] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
let records = 0;
let valid;
if (mode === 'validate' || mode === 'validate-xsd') {
  const { validateFiles } = await import('../sdk/dist/index.js');
  const report = await validateFiles([file], { xsd: mode === 'validate-xsd' ? true : 'auto' });
  records = report.files[0].records;
  valid = report.valid;
  if (!valid) console.error(JSON.stringify(report.groups.slice(0, 3).map((g) => [g.code, g.count, g.examples[0]?.params])));
} else if (mode === 'json.parse') {
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  records = value.records.length;
} else if (mode === 'json.parse-lines') {
  const text = fs.readFileSync(file, 'utf8');
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) { JSON.parse(text.slice(start, nl)); start = nl + 1; records++; }
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, records, valid, bytes: fs.statSync(file).size, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
