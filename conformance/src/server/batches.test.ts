import { describe, expect, it } from 'vitest';
import { validateBatch, type FsjcRecord } from '@fsjc/sdk';
import { invalidCases, kitBatch, reEnvelopeCase, serialise, validExamples } from './batches.js';
import { NANHAI_SENDER, serverContext } from './context.js';

const ctx = () => serverContext({ url: 'http://centre.invalid', token: 't', otherToken: 'o', sequenceBase: 1_000_000 });

describe('the batches the server kit sends', () => {
  it('picks the valid examples of the kit\'s division, in every form they are published in', () => {
    const names = validExamples(ctx()).map((e) => `${e.name} ${e.form}`);
    expect(names).toContain('valid/04-promised-food-business-licence.json json');
    expect(names).toContain('xml/04-promised-food-business-licence.xml xml');
    // another district's, the registry and the centre's own outputs are not a Nanhai platform's to send
    expect(names.some((n) => /03-immediate|01-organisation|16-monitoring|07-joint/.test(n))).toBe(false);
  });

  it('gives every batch identifiers of its own, references within the batch following, and the result still valid', async () => {
    const c = ctx();
    const parallel = validExamples(c).find((e) => e.name.includes('06-parallel'))!;
    const a = kitBatch(c, { example: parallel });
    const b = kitBatch(c, { example: parallel });
    const ids = (rs: FsjcRecord[]) => rs.map((r) => r.id);
    expect(ids(a.batch.records).some((id) => ids(b.batch.records).includes(id))).toBe(false);
    expect(ids(a.batch.records).some((id) => ids(parallel.batch.records).includes(id))).toBe(false);
    const text = JSON.stringify(a.batch.records);
    // sub-cases, parents and events point at the renamed records; units, posts and items are the registry's
    for (const id of ids(parallel.batch.records)) expect(text).not.toContain(`"${id}"`);
    expect(text).toContain('"U440605-XZFW"');
    expect(a.batch.header).toMatchObject({ ...NANHAI_SENDER, sequenceNumber: 1_000_000, idempotencyKey: 'NH-XZSP-KIT-1000000' });
    // the same findings as the example itself: nothing blocking, and no reference left dangling that was not before
    const findings = async (batch: object) => (await validateBatch(batch)).groups.map((g) => `${g.code} ${g.severity} ${g.count}`);
    expect(await findings(a.batch)).toEqual(await findings(parallel.batch));
    expect((await findings(a.batch)).filter((g) => /critical|error/.test(g))).toEqual([]);
    // and so in the other forms
    expect(serialise(a.batch, 'ndjson').toString('utf8').split('\n')[0]).toBe(JSON.stringify({ header: a.batch.header }));
    expect(serialise(a.batch, 'xml', 'GB18030').subarray(0, 45).toString('latin1')).toMatch(/encoding="GB18030"/);
  });

  it('re-envelopes an invalid case for the kit and leaves its fault as it was', () => {
    const c = ctx();
    const cases = new Map([...invalidCases(c, 'critical'), ...invalidCases(c, 'error')].map((x) => [x.name, x]));
    // not UTF-8, or no header to read: sent as published, reading them is the fault
    for (const name of ['parse.encoding', 'parse.json', 'envelope.notBatch', 'envelope.missingHeader']) expect(reEnvelopeCase(cases.get(name)!, NANHAI_SENDER, 7, 'NH-XZSP-KIT-7'), name).toBeUndefined();
    const json = cases.get('envelope.recordCount')!;
    const rewritten = JSON.parse(reEnvelopeCase(json, NANHAI_SENDER, 7, 'NH-XZSP-KIT-7')!.toString('utf8'));
    const original = JSON.parse(json.bytes.toString('utf8'));
    expect(rewritten.header).toEqual({ ...original.header, ...NANHAI_SENDER, sequenceNumber: 7, idempotencyKey: 'NH-XZSP-KIT-7' });
    expect(rewritten.records).toEqual(original.records);
    const xml = cases.get('xml.badValue')!;
    const x = reEnvelopeCase(xml, NANHAI_SENDER, 8, 'NH-XZSP-KIT-8')!.toString('utf8');
    expect(x).toMatch(/<senderSystemId>NH-XZSP<\/senderSystemId>/);
    expect(x).toMatch(/<idempotencyKey>NH-XZSP-KIT-8<\/idempotencyKey>/);
    // the fault keeps its line
    expect(x.split('\n').length).toBe(xml.bytes.toString('utf8').split('\n').length);
    expect(x.split('\n')[16]).toBe(xml.bytes.toString('utf8').split('\n')[16]);
  });
});
