import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBatch } from '../sdk/src/validation/validate.js';
import { batchToXml } from '../sdk/src/xml/mapping.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const json = fs.readFileSync(path.join(ROOT, 'examples/valid/04-promised-food-business-licence.json'), 'utf8');
const ndjson = fs.readFileSync(path.join(ROOT, 'examples/valid/cases.ndjson'), 'utf8');
const xml = batchToXml(JSON.parse(json), { pretty: true });

/** Cut points spread over the whole text, plus the edges. */
const cuts = (n: number) => [0, 1, 2, ...Array.from({ length: 60 }, (_, i) => Math.floor(((i + 1) * n) / 61)), n - 2, n - 1];

// Bad input always gets a structured finding and never an exception (FSJC-VAL-001).
describe('damaged input never crashes the validator', () => {
  for (const [name, text, file] of [['JSON', json, 'b.json'], ['NDJSON', ndjson, 'b.ndjson'], ['XML', xml, 'b.xml']] as const) {
    it(`${name} truncated anywhere is invalid, with a structured finding`, async () => {
      for (const at of cuts(text.length)) {
        if (text.slice(0, at).trimEnd() === text.trimEnd()) continue; // only the final line break cut off
        const r = await validateBatch(text.slice(0, at), { name: file, format: name.toLowerCase() as 'json' | 'ndjson' | 'xml' });
        // an NDJSON batch cut at a line end is well-formed but short: its record count tells
        expect(r.valid, `${name} cut at ${at}`).toBe(false);
        for (const g of r.groups) expect(g.code).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      }
    });

    it(`${name} with random bytes overwritten is reported, not thrown`, async () => {
      const bytes = Buffer.from(text);
      let seed = 7;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      for (let k = 0; k < 40; k++) {
        const copy = Buffer.from(bytes);
        for (let j = 0; j < 3; j++) copy[Math.floor(rnd() * copy.length)] = Math.floor(rnd() * 256);
        await expect(validateBatch(copy, { name: file })).resolves.toHaveProperty('valid');
      }
    });
  }
});
