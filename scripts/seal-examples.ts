// Writes the SM3 checksum (FSJC-ENV-008) into the header of every example batch that should
// carry one: the valid examples and the warning examples. Run after editing an example.
import fs from 'node:fs';
import path from 'node:path';
import { batchChecksum } from '../sdk/src/envelope/checksum.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dirs = ['examples/valid', 'examples/warnings'];
let changed = 0;
for (const dir of dirs) {
  for (const name of fs.readdirSync(path.join(ROOT, dir)).sort()) {
    const file = path.join(ROOT, dir, name);
    if (name.endsWith('.expect.json')) continue;
    if (name.endsWith('.json')) {
      const batch = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!batch.header || !Array.isArray(batch.records)) continue;
      const { checksum: _c, ...rest } = batch.header;
      batch.header = { ...rest, checksum: { algorithm: 'SM3', value: batchChecksum(batch.records, 'SM3') } };
      const text = JSON.stringify(batch, null, 2) + '\n';
      if (text !== fs.readFileSync(file, 'utf8')) { fs.writeFileSync(file, text); changed++; }
    } else if (name.endsWith('.ndjson')) {
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
      const first = JSON.parse(lines[0]);
      if (!first.header) continue;
      const records = lines.slice(1).map((l) => JSON.parse(l));
      const { checksum: _c, ...rest } = first.header;
      const header = { ...rest, checksum: { algorithm: 'SM3', value: batchChecksum(records, 'SM3') } };
      const text = [JSON.stringify({ header }), ...lines.slice(1)].join('\n') + '\n';
      if (text !== fs.readFileSync(file, 'utf8')) { fs.writeFileSync(file, text); changed++; }
    }
  }
}
console.log(`${changed} example files sealed`);
