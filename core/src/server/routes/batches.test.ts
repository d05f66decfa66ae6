import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchChecksum, batchToXml, verifyReceipt, type Receipt } from '@fsjc/sdk';
import iconv from 'iconv-lite';
import { rebuildProjection } from '../../ingest/rebuild.js';
import { BACKENDS, example, sendExample, startCentre, type TestCentre } from '../../testing/centre.js';

describe.each(BACKENDS)('exchange API on $name', (backend) => {
  let t: TestCentre;
  beforeAll(async () => {
    if (backend.skip) return;
    t = await startCentre(backend);
    await sendExample(t, '01-organisation-registry.json');
    await sendExample(t, '02-item-catalogue.json');
  });
  afterAll(async () => t?.close());

  it.skipIf(backend.skip)('FSJC-API-010/011/012: a committed JSON batch gets a receipt signed with the key the centre publishes', async () => {
    const body = example('04-promised-food-business-licence.json');
    const res = await t.post('/v1/batches', body, await t.systemToken(body));
    expect(res.statusCode).toBe(201);
    const receipt = res.json() as Receipt;
    const centre = (await t.get('/v1/centre')).json();
    expect(verifyReceipt(receipt, centre.receiptKey.publicKey)).toBe(true);
    expect(verifyReceipt({ ...receipt, acceptedCount: receipt.acceptedCount - 1 }, centre.receiptKey.publicKey)).toBe(false);
    const batch = JSON.parse(body.toString('utf8'));
    expect(receipt).toMatchObject({
      centreId: 'FS-CENTRE', senderSystemId: 'NH-XZSP', sequenceNumber: 64, idempotencyKey: 'NH-XZSP-000064',
      recordCount: batch.records.length, acceptedCount: batch.records.length, rejected: [], status: 'ACCEPTED',
      checksum: batchChecksum(batch.records),
    });
    expect(res.headers.location).toBe(`/v1/batches/${receipt.logSeq}`);
    // committed: the status, the log and the projection have it
    const status = (await t.get(`/v1/batches/${receipt.logSeq}`, t.admin)).json();
    expect(status.receipt).toEqual(receipt);
    const entry = await t.store.entry(receipt.logSeq);
    expect(Buffer.from(entry!.body).equals(body)).toBe(true);
    const cases = await t.store.records({ recordType: 'case', caseId: batch.records[0].id });
    expect(cases).toHaveLength(1);
  });

  it.skipIf(backend.skip)('FSJC-API-013: a resent batch gets the original receipt, marked replayed, and is stored once', async () => {
    const body = example('03-immediate-business-licence.json');
    const token = await t.systemToken(body);
    const first = await t.post('/v1/batches', body, token);
    expect(first.statusCode).toBe(201);
    const head = await t.store.head();
    const again = await t.post('/v1/batches', body, token);
    expect(again.statusCode).toBe(200);
    expect(again.headers['fsjc-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await t.store.head()).toEqual(head);
  });

  it.skipIf(backend.skip)('FSJC-API-014: the same sequence number under another key is refused with the holder\'s receipt', async () => {
    const batch = JSON.parse(example('11-denied-pharmacy-licence.json').toString('utf8'));
    const token = await t.systemToken(batch);
    const first = await t.post('/v1/batches', batch, token);
    expect(first.statusCode).toBe(201);
    const other = { ...batch, header: { ...batch.header, idempotencyKey: 'SD-XZSP-OTHER-000054' } };
    const res = await t.post('/v1/batches', other, token);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'api.sequenceConflict', status: 409, receipt: first.json() });
  });

  it.skipIf(backend.skip)('FSJC-API-015: a revision not newer than the stored one is refused', async () => {
    const batch = JSON.parse(example('12-withdrawn-construction-permit.json').toString('utf8'));
    const token = await t.systemToken(batch);
    expect((await t.post('/v1/batches', batch, token)).statusCode).toBe(201);
    const again = { ...batch, header: { ...batch.header, sequenceNumber: batch.header.sequenceNumber + 1, idempotencyKey: 'SS-XZSP-RESEND-1' } };
    const res = await t.post('/v1/batches', again, token);
    expect(res.statusCode).toBe(422);
    expect(res.json().issues.map((i: { code: string }) => i.code)).toContain('api.revisionNotNewer');
    const perRecord = await t.post('/v1/batches?acceptance=per-record', again, token);
    expect(perRecord.statusCode).toBe(201);
    expect(perRecord.json()).toMatchObject({ status: 'PARTIAL', acceptedCount: 0 });
  });

  it.skipIf(backend.skip)('FSJC-API-002: NDJSON and XML in GB18030 are accepted like JSON', async () => {
    const batch = JSON.parse(example('13-terminated-food-licence.json').toString('utf8'));
    const token = await t.systemToken(batch);
    const ndjson = [JSON.stringify({ header: batch.header }), ...batch.records.map((r: unknown) => JSON.stringify(r))].join('\n') + '\n';
    const res = await t.post('/v1/batches', ndjson, token, 'application/x-ndjson');
    expect(res.statusCode).toBe(201);
    expect(res.json().checksum).toBe(batchChecksum(batch.records));

    const xmlBatch = JSON.parse(example('07-joint-completion-acceptance.json').toString('utf8'));
    const xml = batchToXml(xmlBatch).replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="GB18030"?>');
    const bytes = iconv.encode(xml, 'gb18030');
    const x = await t.post('/v1/batches', bytes, await t.systemToken(xmlBatch), 'application/xml');
    expect(x.statusCode).toBe(201);
    expect(x.json().checksum).toBe(batchChecksum(xmlBatch.records));
    const entry = await t.store.entry(x.json().logSeq);
    expect(entry!.encoding).toBe('gb18030');
    expect(Buffer.from(entry!.body).equals(bytes)).toBe(true);
  });

  it.skipIf(backend.skip)('FSJC-API-003: all or nothing by default; per-record acceptance keeps the valid records', async () => {
    const batch = JSON.parse(example('05-supplement-public-venue-hygiene.json').toString('utf8'));
    const token = await t.systemToken(batch);
    const broken = structuredClone(batch);
    delete broken.records[1].occurredAt;
    delete broken.header.checksum;
    const head = await t.store.head();
    const res = await t.post('/v1/batches', broken, token);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'api.invalidBatch' });
    expect(res.json().issues[0]).toMatchObject({ code: 'schema.required', recordIndex: 1 });
    expect(await t.store.head()).toEqual(head);
    const partial = await t.post('/v1/batches?acceptance=per-record', broken, token);
    expect(partial.statusCode).toBe(201);
    expect(partial.json()).toMatchObject({ status: 'PARTIAL', acceptedCount: batch.records.length - 1, rejected: [{ index: 1, id: batch.records[1].id, codes: ['schema.required'] }] });
    const events = await t.store.records({ recordType: 'event', caseId: batch.records[0].id, limit: 100 });
    expect(events.map((e) => e.id)).not.toContain(batch.records[1].id);
  });

  it.skipIf(backend.skip)('FSJC-API-016: a system sees its own batches only', async () => {
    const body = example('09-reply-information-disclosure-extension.json');
    const token = await t.systemToken(body);
    const receipt = (await t.post('/v1/batches', body, token)).json() as Receipt;
    expect((await t.get(`/v1/batches?sequenceNumber=191`, token)).json().logSeq).toBe(receipt.logSeq);
    const other = await t.token({ role: 'system', systemId: 'GM-XZSP', unitId: 'U440608-XZFW', regionCode: '440608' });
    expect((await t.get(`/v1/batches/${receipt.logSeq}`, other)).statusCode).toBe(404);
  });

  it.skipIf(backend.skip)('FSJC-API-030: the log verifies, and a rebuilt projection equals the one kept', async () => {
    const verify = await t.get('/v1/log/verify', t.admin);
    expect(verify.json()).toMatchObject({ ok: true });
    const before = await t.store.records({ latestOnly: false, limit: 100_000 });
    const rebuilt = await rebuildProjection(t.store);
    expect(rebuilt.records).toBe(before.length);
    expect(await t.store.records({ latestOnly: false, limit: 100_000 })).toEqual(before);
  });
});
