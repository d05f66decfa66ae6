import { afterEach, describe, expect, it } from 'vitest';
import { BACKENDS, example, sendExample, startCentre, type TestCentre } from '../testing/centre.js';

/**
 * The test-only fault switches (CentreOptions.faults) each turn one safeguard off, so that the
 * conformance kit can be shown to fail a centre without it (FSJC-CONF-030).
 */
describe('fault switches', () => {
  const sqlite = BACKENDS[0];
  let t: TestCentre | undefined;
  afterEach(async () => { await t?.close(); t = undefined; });

  const shunde = (c: TestCentre) => c.token({ role: 'system', systemId: 'SD-XZSP', unitId: 'U440606-XZFW', regionCode: '440606' });
  /** Nanhai's example 04 under Shunde's platform's own header: the header matches the token, the records do not. */
  const nanhaiUnderShunde = () => {
    const batch = JSON.parse(example('04-promised-food-business-licence.json').toString('utf8'));
    return { ...batch, header: { ...batch.header, senderSystemId: 'SD-XZSP', senderUnitId: 'U440606-XZFW', regionCode: '440606', idempotencyKey: 'SD-XZSP-FAULT-000001' } };
  };

  it('off by default: a resend is replayed, a sequence conflict refused, records out of scope refused', async () => {
    t = await startCentre(sqlite);
    await sendExample(t, '01-organisation-registry.json');
    const body = example('03-immediate-business-licence.json');
    const token = await t.systemToken(body);
    expect((await t.post('/v1/batches', body, token)).statusCode).toBe(201);
    expect((await t.post('/v1/batches', body, token)).statusCode).toBe(200);
    const other = JSON.parse(example('12-withdrawn-construction-permit.json').toString('utf8'));
    const clash = { ...other, header: { ...other.header, senderSystemId: 'CC-XZSP', senderUnitId: 'U440604-XZFW', regionCode: '440604', sequenceNumber: 40, idempotencyKey: 'CC-XZSP-OTHER-40' } };
    expect((await t.post('/v1/batches', clash, token)).statusCode).toBe(409);
    const res = await t.post('/v1/batches', nanhaiUnderShunde(), await shunde(t));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('api.outOfScope');
  });

  it('idempotency-off: a resent batch is judged again instead of replayed, and a taken sequence number is not caught as a conflict', async () => {
    t = await startCentre(sqlite, { faults: { idempotencyOff: true } });
    await sendExample(t, '01-organisation-registry.json');
    const body = example('03-immediate-business-licence.json');
    const token = await t.systemToken(body);
    const first = await t.post('/v1/batches', body, token);
    expect(first.statusCode).toBe(201);
    const head = await t.store.head();
    // judged as new: its records are already there, so it is refused for that, not replayed
    const again = await t.post('/v1/batches', body, token);
    expect(again.statusCode).toBe(422);
    expect(again.headers['fsjc-replayed']).toBeUndefined();
    expect(again.json().issues.map((i: { code: string }) => i.code)).toContain('api.revisionNotNewer');
    // other records under the same sequence number: no 409 with the holder's receipt; the log's own uniqueness stops it
    const other = JSON.parse(example('12-withdrawn-construction-permit.json').toString('utf8'));
    const clash = { ...other, header: { ...other.header, senderSystemId: 'CC-XZSP', senderUnitId: 'U440604-XZFW', regionCode: '440604', sequenceNumber: 40, idempotencyKey: 'CC-XZSP-OTHER-40' } };
    const res = await t.post('/v1/batches', clash, token);
    expect(res.statusCode).not.toBe(409);
    expect(res.json().receipt).toBeUndefined();
    expect(await t.store.head()).toEqual(head);
  });

  it('scope-off: a district platform\'s batch of another district\'s records is taken, and so is a header naming another system', async () => {
    t = await startCentre(sqlite, { faults: { scopeOff: true } });
    await sendExample(t, '01-organisation-registry.json');
    const token = await shunde(t);
    const res = await t.post('/v1/batches', nanhaiUnderShunde(), token);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ senderSystemId: 'SD-XZSP', status: 'ACCEPTED' });
    const asNanhai = example('14-fee-real-estate-registration.json');
    expect((await t.post('/v1/batches', asNanhai, token)).statusCode).toBe(201);
  });
});
