// Regenerates every derived file from schemas/ and standard/.
import fs from 'node:fs';
import path from 'node:path';
import { generateAll, ROOT } from './generators/index.js';

const outputs = await generateAll();
let changed = 0;
for (const [rel, text] of outputs) {
  const file = path.join(ROOT, rel);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === text) continue;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  changed++;
  console.log(`wrote ${rel}`);
}
console.log(`${outputs.size} generated files, ${changed} changed`);
