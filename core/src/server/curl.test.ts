import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyReceipt, type Receipt } from '@fsjc/sdk';
import { requireTool } from '../../../tests/support/tools.js';
import { BACKENDS, EXAMPLES, sendExample, startCentre, type TestCentre } from '../testing/centre.js';

const curl = requireTool('curl', 'curl');
const run = promisify(execFile);
const XML = path.resolve(EXAMPLES, '../xml');

/** What a vendor does first: curl the example files at a running centre and read the receipt (FSJC-API-002, FSJC-API-011). */
describe('curl against a listening centre', () => {
  let t: TestCentre;
  let url: string;
  beforeAll(async () => {
    if (curl.skip) return;
    t = await startCentre(BACKENDS[0]);
    await sendExample(t, '01-organisation-registry.json');
    await sendExample(t, '02-item-catalogue.json');
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => t?.close());

  const post = async (file: string, type: string, token: string) => {
    const { stdout } = await run(curl.path!, ['-sS', '-X', 'POST', '-H', `Authorization: Bearer ${token}`, '-H', `Content-Type: ${type}`, '--data-binary', `@${file}`, '-w', '\n%{http_code}', `${url}/v1/batches`]);
    const lines = stdout.trimEnd().split('\n');
    return { status: Number(lines.pop()), body: JSON.parse(lines.join('\n')) };
  };

  it.skipIf(curl.skip)('submits the JSON example and the XML examples (UTF-8 and GB18030) and reads signed receipts', async () => {
    curl.assert();
    const key = (await t.get('/v1/centre')).json().receiptKey.publicKey;
    const json = path.join(EXAMPLES, '04-promised-food-business-licence.json');
    const nh = await t.token({ role: 'system', systemId: 'NH-XZSP', unitId: 'U440605-XZFW', regionCode: '440605' });
    const a = await post(json, 'application/json', nh);
    expect(a.status).toBe(201);
    expect(verifyReceipt(a.body as Receipt, key)).toBe(true);

    const nhXml = path.join(XML, '04-promised-food-business-licence.xml');
    const again = await post(nhXml, 'application/xml', nh);
    // the same batch in XML: the same idempotency key, so the original receipt
    expect(again.status).toBe(200);
    expect(again.body).toEqual(a.body);

    const sd = await t.token({ role: 'system', systemId: 'SD-XZSP', unitId: 'U440606-XZFW', regionCode: '440606' });
    const gb = await post(path.join(XML, '07-joint-completion-acceptance.gb18030.xml'), 'application/xml', sd);
    expect(gb.status).toBe(201);
    expect(verifyReceipt(gb.body as Receipt, key)).toBe(true);
    expect((await t.store.entry(gb.body.logSeq))!.encoding).toBe('gb18030');

    const { stdout } = await run(curl.path!, ['-sS', '-H', `Authorization: Bearer ${sd}`, `${url}/v1/batches/${gb.body.logSeq}`]);
    expect(JSON.parse(stdout).receipt).toEqual(gb.body);
  });
});
