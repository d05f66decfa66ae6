import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, CASE, event } from '../../../../tests/support/batch.js';
import { batchToXml } from '../../xml/mapping.js';
import { validateFiles, type ValidateOptions } from '../validate.js';
import { RecordOracle } from './record-oracle.js';

/** The record worker as built (npm test builds first): the same sources, bundled. */
const BUILT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../dist/record-worker.js');

/**
 * A few thousand records over several input chunks, with schema faults of several kinds among
 * valid ones, findings of rules that look at one record alone (some records with two), and of
 * rules across records.
 */
function records(): unknown[] {
  const out: unknown[] = [];
  for (let c = 0; c < 4500; c++) {
    const id = `C${c}`;
    const kase: Record<string, unknown> = { ...CASE, id, caseNumber: `NH20261${String(c).padStart(5, '0')}` };
    if (c % 97 === 5) delete kase.channel; // a required field missing
    if (c % 101 === 7) kase.chanel = 'WINDOW'; // a misspelt field
    if (c % 89 === 3) kase.receivedAt = '2026-10-09 09:30'; // a bad date-time
    if (c % 7 === 1) kase.applicant = { ...CASE.applicant, name: '张三' }; // a name in clear
    if (c % 13 === 2) kase.regionCode = '440699'; // no such district
    out.push(kase);
    out.push({ ...event(`${id}-E1`, 'RECEIVED', '2026-10-09T09:30:00+08:00'), caseId: id });
    out.push({ ...event(`${id}-E2`, 'ACCEPTED', c % 17 === 3 ? '2026-10-21T10:00:00+08:00' : '2026-10-09T10:00:00+08:00', c % 83 === 4 ? { opinion: 42 } : {}), caseId: id });
    if (c % 53 === 6) out.push({ ...event(`${id}-E3`, 'ACCEPTED', '2026-10-08T10:00:00+08:00'), caseId: id }); // before its case's receipt
    if (c % 211 === 9) out.push({ recordType: 'casse', id: `X${c}` }); // an unknown record type
  }
  return out;
}

describe('record checks in a second thread (FSJC-VAL-004)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-oracle-'));
  const files: Record<'json' | 'ndjson' | 'xml', string> = { json: path.join(dir, 'b.json'), ndjson: path.join(dir, 'b.ndjson'), xml: path.join(dir, 'b.xml') };
  beforeAll(() => {
    if (!fs.existsSync(BUILT)) throw new Error('sdk/dist/record-worker.js is missing: run `npm run build` first (npm test does)');
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
    const stats = { checkedElsewhere: 0 };
    const two = await run(files[format], { parallel: true, recordWorker: { file: pathToFileURL(BUILT), lockstep: true }, parallelStats: stats });
    // the worker did check records (the comparison below would hold without it)
    expect(stats.checkedElsewhere).toBeGreaterThan(1000);
    expect(one.valid).toBe(false);
    expect(one.groups.map((g) => g.code)).toEqual(expect.arrayContaining(['schema.required', 'schema.dateTime', format === 'xml' ? 'xml.unknownElement' : 'schema.unknownRecordType', 'privacy.nameNotMasked', 'region.notInProfile', 'time.afterSent', 'time.beforeReceipt']));
    expect(two).toEqual(one);
  });

  it('finds what one thread finds when the header comes last or is invalid (the rules see no header)', async () => {
    const b = batch(records());
    const lines = b.records.map((r) => JSON.stringify(r));
    const last = path.join(dir, 'last.ndjson');
    fs.writeFileSync(last, [...lines, JSON.stringify({ header: b.header })].join('\n') + '\n');
    const invalid = path.join(dir, 'invalid.ndjson');
    fs.writeFileSync(invalid, [JSON.stringify({ header: { ...b.header, sentAt: 'today' } }), ...lines].join('\n') + '\n');
    for (const file of [last, invalid]) {
      const one = await run(file, { parallel: false });
      // without a valid header before them, no record is later than the batch was sent
      expect(one.groups.map((g) => g.code)).not.toContain('time.afterSent');
      expect(one.groups.map((g) => g.code)).toContain('privacy.nameNotMasked');
      const stats = { checkedElsewhere: 0 };
      expect(await run(file, { parallel: true, recordWorker: { file: pathToFileURL(BUILT), lockstep: true }, parallelStats: stats })).toEqual(one);
      expect(stats.checkedElsewhere).toBeGreaterThan(1000);
    }
  });

  it('the worker answers, record by record, whether each passes its schema and what the rules of one record find', async () => {
    const lines = [
      JSON.stringify({ header: batch([]).header }),
      JSON.stringify(CASE),
      JSON.stringify({ ...CASE, receivedAt: 'yesterday' }),
      'not json',
      JSON.stringify(event('E1', 'RECEIVED', '2026-10-09T09:30:00+08:00')),
      JSON.stringify({ ...CASE, id: 'C2', applicant: { ...CASE.applicant, name: '张三' }, regionCode: '440699' }),
    ];
    const oracle = RecordOracle.start('ndjson', { file: pathToFileURL(BUILT) })!;
    expect(oracle).toBeDefined();
    async function* one() { yield Buffer.from(lines.join('\n') + '\n'); }
    for await (const _ of oracle.feed(one())) { /* sent on */ }
    while (oracle.decided < 4) await new Promise((r) => setTimeout(r, 10));
    // record 0 is valid, record 1 has a time that is no date-time, the broken line is no record
    expect(oracle.verdict(0, true)).toEqual([]);
    expect(oracle.verdict(1, true)).toBeUndefined();
    // the worker saw a valid header: a thread that did not leaves the record to itself
    expect(oracle.verdict(2, false)).toBeUndefined();
    expect(oracle.verdict(3, true)).toEqual([
      { index: 3, code: 'region.notInProfile', pointer: '/regionCode', params: { value: '440699' } },
      { index: 3, code: 'privacy.nameNotMasked', pointer: '/applicant/name', params: {} },
    ]);
    await oracle.close();
  });

  it('finds the same when the worker fails at once or midway (the rest is checked here)', async () => {
    const one = await run(files.ndjson, { parallel: false });
    const dead = path.join(dir, 'dead-worker.mjs');
    fs.writeFileSync(dead, 'process.exit(3);\n');
    expect(await run(files.ndjson, { parallel: true, recordWorker: { file: pathToFileURL(dead), lockstep: true } })).toEqual(one);
    // the real worker (listening first, so it reads every chunk), stopped at its second chunk of input
    const midway = path.join(dir, 'midway-worker.mjs');
    fs.writeFileSync(midway, [
      `import { parentPort } from 'node:worker_threads';`,
      `await import(${JSON.stringify(pathToFileURL(BUILT).href)});`,
      `let n = 0;`,
      `parentPort.on('message', () => { if (++n === 2) process.exit(3); });`,
    ].join('\n'));
    const stats = { checkedElsewhere: 0 };
    expect(await run(files.ndjson, { parallel: true, recordWorker: { file: pathToFileURL(midway), lockstep: true }, parallelStats: stats })).toEqual(one);
    // it checked the records of its first chunk or two, not all
    expect(stats.checkedElsewhere).toBeGreaterThan(1000);
    expect(stats.checkedElsewhere).toBeLessThan(10_000);
  });

  it('stops a worker that falls too far behind, and never waits for it', async () => {
    // a worker that answers for its first record, then for nothing more
    const idle = path.join(dir, 'idle-worker.mjs');
    fs.writeFileSync(idle, 'import { parentPort } from "node:worker_threads";\nparentPort.postMessage({ from: 0, status: new Uint8Array([1]), findings: [] });\nparentPort.on("message", () => {});\n');
    const oracle = RecordOracle.start('ndjson', { file: pathToFileURL(idle), maxLag: 10 })!;
    while (oracle.decided < 1) await new Promise((r) => setTimeout(r, 10));
    expect(oracle.verdict(0, false)).toEqual([]);
    expect(oracle.verdict(5, false)).toBeUndefined();
    expect(oracle.stopped).toBe(false);
    expect(oracle.verdict(12, false)).toBeUndefined();
    expect(oracle.stopped).toBe(true);
    await oracle.close();
    // a whole validation with a worker that never answers finds what one thread finds
    expect(await run(files.ndjson, { parallel: true, recordWorker: { file: pathToFileURL(idle) } })).toEqual(await run(files.ndjson, { parallel: false }));
  });
});
