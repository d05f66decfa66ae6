import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, ROOT, DO_NOT_EDIT } from './generators/index.js';

describe('generated files', () => {
  it('match the schemas and the standard (otherwise run `npm run generate`)', async () => {
    const outputs = await generateAll();
    const drift: string[] = [];
    for (const [rel, text] of outputs) {
      const file = path.join(ROOT, rel);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) drift.push(rel);
    }
    expect(drift, `derived files out of date: run \`npm run generate\`\n${drift.join('\n')}`).toEqual([]);
  }, 120_000);

  it('say DO NOT EDIT', async () => {
    for (const [rel, text] of await generateAll()) expect(text.slice(0, 400), rel).toContain('DO NOT EDIT');
  }, 120_000);
});
