import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../errors/problem.js';
import { sm3Hex } from '../storage/chain.js';
import { readInProcess, workerReader, type BatchReader } from './readers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const VALID = fs.readFileSync(path.join(ROOT, 'examples/valid/03-immediate-business-licence.json'));
const JSON_04 = fs.readFileSync(path.join(ROOT, 'examples/valid/04-promised-food-business-licence.json'));
const XML_04 = fs.readFileSync(path.join(ROOT, 'examples/xml/04-promised-food-business-licence.xml'));
const DTD = fs.readFileSync(path.join(ROOT, 'examples/invalid/xml.dtdForbidden.xml'));
const DEEP = Buffer.from(`{"header":${'['.repeat(80)}${']'.repeat(80)},"records":[]}`);
const BUILT = path.join(ROOT, 'core/dist/validate-worker.js');

/** The same answers from the reader in process and from the built validation worker (FSJC-API-020, -023). */
describe.each([
  ['in process', () => readInProcess],
  ['in a validation worker', () => {
    if (!fs.existsSync(BUILT)) throw new Error('core/dist/validate-worker.js is missing: run `npm run build` first (npm test does)');
    return workerReader(1, new URL(`file://${BUILT}`));
  }],
] as const)('reading a batch %s', (where, make) => {
  let reader: BatchReader;
  const get = () => (reader ??= make());
  afterAll(async () => reader?.close?.());

  it('reads, validates and digests a valid batch', async () => {
    const { read, bodyDigest } = await get()(VALID, 'json', 32);
    expect(bodyDigest).toBe(sm3Hex(VALID));
    expect(read.records.length).toBe(JSON.parse(VALID.toString()).records.length);
    expect(read.issues.filter((i) => i.severity === 'critical' || i.severity === 'error')).toEqual([]);
  });

  it('gives the records of a batch as they are, from JSON and from XML, with their JSON text where it has it', async () => {
    const expected = JSON.parse(JSON_04.toString()).records;
    for (const [bytes, format] of [[JSON_04, 'json'], [XML_04, 'xml']] as const) {
      const { read, bodies } = await get()(bytes, format, 32);
      expect(read.records).toEqual(expected);
      // the worker sends the records as JSON text, which the projection then keeps
      if (where === 'in a validation worker') expect(bodies).toEqual(read.records.map((r) => JSON.stringify(r)));
      else expect(bodies).toBeUndefined();
    }
  });

  it('refuses a DTD and a body nested too deep with the API\'s own errors, before reading', async () => {
    await expect(get()(DTD, 'xml', 32)).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === 'api.dtdForbidden');
    await expect(get()(DEEP, 'json', 32)).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === 'api.tooDeep' && e.params.limit === 32);
  });
});
