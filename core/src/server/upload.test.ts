import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyReceipt } from '@fsjc/sdk';
import { NANHAI_PLATFORM, SAMPLE_FILES, pushCases } from '../../../examples/integrations/district-platform/push-cases.js';
import { BACKENDS, sendExample, startCentre, type TestCentre } from '../testing/centre.js';

/** The SDK's upload client against the real centre: the district platform example pushes its cases (FSJC-API-070, FSJC-API-071). */
describe.each(BACKENDS)('the district platform example against the core on $name', (backend) => {
  let t: TestCentre;
  let url: string;
  let spool: string;
  beforeAll(async () => {
    if (backend.skip) return;
    t = await startCentre(backend);
    await sendExample(t, '01-organisation-registry.json');
    await sendExample(t, '02-item-catalogue.json');
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    spool = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-spool-'));
  });
  afterAll(async () => {
    await t?.close();
    if (spool) fs.rmSync(spool, { recursive: true, force: true });
  });

  it.skipIf(backend.skip)('every case record is delivered once, with receipts that verify with the centre\'s published key', async () => {
    const token = await t.token({ role: 'system', systemId: NANHAI_PLATFORM.senderSystemId, unitId: NANHAI_PLATFORM.senderUnitId, regionCode: NANHAI_PLATFORM.regionCode });
    const { receiptKey } = (await t.get('/v1/centre')).json();
    const lines: string[] = [];
    const result = await pushCases({ url, token, files: SAMPLE_FILES, spoolDir: spool, centrePublicKey: receiptKey.publicKey, batchSize: 20, log: (l) => lines.push(l), now: () => t.clock.now() });
    expect(result.rejected).toEqual([]);
    expect(result.delivered.length).toBeGreaterThan(1);
    for (const d of result.delivered) expect(verifyReceipt(d.receipt, receiptKey.publicKey)).toBe(true);
    const stored = await t.store.records({ latestOnly: false, limit: 10_000 });
    const nanhai = stored.filter((r) => r.senderSystemId === 'NH-XZSP');
    expect(nanhai.length).toBe(result.added);
    // a second run finds nothing new to send: the spool remembers what was delivered
    const again = await pushCases({ url, token, files: [], spoolDir: spool, centrePublicKey: receiptKey.publicKey, log: () => {} });
    expect(again.delivered).toEqual([]);
    expect((await t.store.records({ latestOnly: false, limit: 10_000 })).length).toBe(stored.length);
  });
});
