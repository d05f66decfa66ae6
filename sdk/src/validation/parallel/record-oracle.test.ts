import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, CASE, event } from '../../../../tests/support/batch.js';
import { batchToXml } from '../../xml/mapping.js';
import { validateFiles, type ValidateOptions } from '../validate.js';
import { SchemaOracle } from './schema-oracle.js';

/** The schema worker as built (npm test builds first): the same sources, bundled. */
const BUILT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../dist/schema-worker.js');

/** A few thousand records over several input chunks, with schema faults of several kinds among valid ones. */
function records(): unknown[] {
  const out: unknown[] = [];
  for (let c = 0; c < 4500; c++) {
    const id = `C${c}`;
    const kase: Record<string, unknown> = { ...CASE, id, caseNumber: `NH20261${String(c).padStart(5, '0')}` };
    if (c % 97 === 5) delete kase.channel; // a required field missing
    if (c % 101 === 7) kase.chanel = 'WINDOW'; // a misspelt field
    if (c % 89 === 3) kase.receivedAt = '2026-10-09 09:30'; // a bad date-time
    out.push(kase);
    out.push({ ...event(`${id}-E1`, 'RECEIVED', '2026-10-09T09:30:00+08:00'), caseId: id });
    out.push({ ...event(`${id}-E2`, 'ACCEPTED', '2026-10-09T10:00:00+08:00', c % 83 === 4 ? { opinion: 42 } : {}), caseId: id });
    if (c % 211 === 9) out.push({ recordType: 'casse', id: `X${c}` }); // an unknown record type
  }
  return out;
}

describe('schema checks in a second thread (FSJC-VAL-004)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-oracle-'));
  const files: Record<'json' | 'ndjson' | 'xml', string> = { json: path.join(dir, 'b.json'), ndjson: path.join(dir, 'b.ndjson'), xml: path.join(dir, 'b.xml') };
  beforeAll(() => {
    if (!fs.existsSync(BUILT)) throw new Error('sdk/dist/schema-worker.js is missing: run `npm run build` first (npm test does)');
    const b = batch(records());
    fs.writeFileSync(files.json, JSON.stringify(b, null, 1));
    // a broken line in the middle: the worker's record numbers must stay the reader's
    const lines = [JSON.stringify({ header: b.header }), ...b.records.map((r) => JSON.stringify(r))];
    lines.splice(2000, 0, '{"recordType": "case", broken');
    fs.writeFileSync(files.ndjson, lines.join('\n') + '\n');
    fs.writeFileSync(files.xml, batchToXml(b as never));
    expect(fs.statSync(files.ndjson).size).toBeGreaterThan(2 << 20); // more than one chunk of input
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (file: string, o: ValidateOptions) => validateFiles([file], { maxExamples: 1000, ...o });

  it.each(['json', 'ndjson', 'xml'] as const)('finds in %s exactly what one thread finds', async (format) => {
    const one = await run(files[format], { parallel: false });
    const two = await run(files[format], { parallel: true, schemaWorker: pathToFileURL(BUILT) });
    expect(one.valid).toBe(false);
    expect(one.groups.map((g) => g.code)).toEqual(expect.arrayContaining(['schema.required', 'schema.dateTime', format === 'xml' ? 'xml.unknownElement' : 'schema.unknownRecordType']));
    expect(two).toEqual(one);
  });

  it('the worker answers, record by record, whether each passes its schema', async () => {
    const lines = [JSON.stringify({ header: batch([]).header }), JSON.stringify(CASE), JSON.stringify({ ...CASE, receivedAt: 'yesterday' }), 'not json', JSON.stringify(event('E1', 'RECEIVED', '2026-10-09T09:30:00+08:00'))];
    const oracle = SchemaOracle.start('ndjson', pathToFileURL(BUILT))!;
    expect(oracle).toBeDefined();
    async function* one() { yield Buffer.from(lines.join('\n') + '\n'); }
    for await (const _ of oracle.feed(one())) { /* sent on */ }
    const verdicts: boolean[] = [];
    while (oracle.decided < 3) await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 3; i++) verdicts.push(oracle.passed(i));
    // record 0 is valid, record 1 has a time that is no date-time, the broken line is no record
    expect(verdicts).toEqual([true, false, true]);
    await oracle.close();
  });

  it('finds the same when the worker fails at once or midway (the rest is checked here)', async () => {
    const one = await run(files.ndjson, { parallel: false });
    const dead = path.join(dir, 'dead-worker.mjs');
    fs.writeFileSync(dead, 'process.exit(3);\n');
    expect(await run(files.ndjson, { parallel: true, schemaWorker: pathToFileURL(dead) })).toEqual(one);
    // the real worker, stopped after its second chunk of input
    const midway = path.join(dir, 'midway-worker.mjs');
    fs.writeFileSync(midway, [
      `import { parentPort } from 'node:worker_threads';`,
      `let n = 0;`,
      `parentPort.on('message', () => { if (++n === 2) process.exit(3); });`,
      `await import(${JSON.stringify(pathToFileURL(BUILT).href)});`,
    ].join('\n'));
    expect(await run(files.ndjson, { parallel: true, schemaWorker: pathToFileURL(midway) })).toEqual(one);
  });

  it('stops a worker that falls too far behind, and never waits for it', async () => {
    // a worker that answers for its first record, then for nothing more
    const idle = path.join(dir, 'idle-worker.mjs');
    fs.writeFileSync(idle, 'import { parentPort } from "node:worker_threads";\nparentPort.postMessage({ from: 0, bits: new Uint8Array([1]) });\nparentPort.on("message", () => {});\n');
    const oracle = SchemaOracle.start('ndjson', pathToFileURL(idle), { maxLag: 10 })!;
    while (oracle.decided < 1) await new Promise((r) => setTimeout(r, 10));
    expect(oracle.passed(0)).toBe(true);
    expect(oracle.passed(5)).toBe(false);
    expect(oracle.stopped).toBe(false);
    expect(oracle.passed(12)).toBe(false);
    expect(oracle.stopped).toBe(true);
    await oracle.close();
    // a whole validation with a worker that never answers finds what one thread finds
    expect(await run(files.ndjson, { parallel: true, schemaWorker: pathToFileURL(idle) })).toEqual(await run(files.ndjson, { parallel: false }));
  });
});
