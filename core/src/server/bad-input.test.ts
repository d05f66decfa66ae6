import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, example, sendExample, startCentre, type TestCentre } from '../testing/centre.js';

/** Every class of bad input gets a structured 4xx, the server stays up, and nothing is stored (FSJC-API-020..024, -041). */
describe.each(BACKENDS)('bad input on $name', (backend) => {
  let t: TestCentre;
  let token: string;
  let batch: { header: Record<string, unknown>; records: Record<string, unknown>[] };
  beforeAll(async () => {
    if (backend.skip) return;
    t = await startCentre(backend, { limits: { maxBodyBytes: 256 * 1024, maxRecords: 200, maxDepth: 12 } });
    await sendExample(t, '01-organisation-registry.json');
    batch = JSON.parse(example('04-promised-food-business-licence.json').toString('utf8'));
    token = await t.systemToken(batch);
  });
  afterAll(async () => t?.close());

  /** Sends, checks the problem body, and that the log did not move and the server still answers. */
  async function refused(status: number, code: string, send: () => ReturnType<TestCentre['post']>) {
    const head = await t.store.head();
    const res = await send();
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status, code, type: `https://fsjc.org.cn/errors/${code}` });
    expect(typeof body.detail).toBe('string');
    expect(await t.store.head()).toEqual(head);
    expect((await t.get('/healthz')).statusCode).toBe(200);
    return body;
  }
  const skip = backend.skip;

  it.skipIf(skip)('no token, an unknown token, a revoked token: 401 (FSJC-API-040)', async () => {
    await refused(401, 'api.unauthorized', () => t.post('/v1/batches', batch, undefined));
    await refused(401, 'api.unauthorized', () => t.post('/v1/batches', batch, 'fsjc_tk_nope_secret'));
    const { issueToken } = await import('../access/tokens.js');
    const issued = await issueToken(t.store, { role: 'system', systemId: 'NH-XZSP', unitId: 'U440605-XZFW', regionCode: '440605' }, t.centre.now());
    await t.store.revokeToken(issued.id, t.centre.now());
    await refused(401, 'api.unauthorized', () => t.post('/v1/batches', batch, issued.token));
  });

  it.skipIf(skip)('a wrong content type: 415; JSON declared in GBK: 400 (FSJC-API-002, FSJC-ENV-009)', async () => {
    await refused(415, 'api.mediaType', () => t.post('/v1/batches', JSON.stringify(batch), token, 'text/plain'));
    await refused(400, 'api.unreadable', () => t.post('/v1/batches', JSON.stringify(batch), token, 'application/json; charset=gbk'));
  });

  it.skipIf(skip)('malformed JSON, NDJSON and XML, not a batch, bad UTF-8: 400 (FSJC-API-023)', async () => {
    await refused(400, 'api.unreadable', () => t.post('/v1/batches', '{"header": {', token));
    await refused(400, 'api.unreadable', () => t.post('/v1/batches', '{"header":{}}\n{oops\n', token, 'application/x-ndjson'));
    await refused(400, 'api.unreadable', () => t.post('/v1/batches', '<batch xmlns="https://fsjc.org.cn/ns/v1"><header>', token, 'application/xml'));
    await refused(400, 'api.unreadable', () => t.post('/v1/batches', '[1,2,3]', token));
    const bad = Buffer.concat([Buffer.from(JSON.stringify(batch).slice(0, -2)), Buffer.from([0xff, 0xfe]), Buffer.from(']}')]);
    await refused(400, 'api.unreadable', () => t.post('/v1/batches', bad, token));
    // XML that declares GBK but holds bytes no GBK text has
    const gbk = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="GBK"?><batch xmlns="https://fsjc.org.cn/ns/v1"><header><standardVersion>1.0.0</standardVersion></header><records><unit><id>U1</id><name>'),
      Buffer.from([0x81, 0x20, 0xff, 0xff]),
      Buffer.from('</name></unit></records></batch>'),
    ]);
    const body = await refused(400, 'api.unreadable', () => t.post('/v1/batches', gbk, token, 'application/xml'));
    expect(body.issues.map((i: { code: string }) => i.code)).toContain('parse.encoding');
  });

  it.skipIf(skip)('XML with a DOCTYPE, external entities or entity expansion: 400 (FSJC-API-022)', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE batch [<!ENTITY x SYSTEM "file:///etc/passwd">]><batch xmlns="https://fsjc.org.cn/ns/v1">&x;</batch>';
    await refused(400, 'api.dtdForbidden', () => t.post('/v1/batches', xxe, token, 'application/xml'));
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><batch>&lol2;</batch>';
    await refused(400, 'api.dtdForbidden', () => t.post('/v1/batches', laughs, token, 'application/xml'));
  });

  it.skipIf(skip)('over the published limits: 413 for size and record count, 400 for nesting (FSJC-API-021)', async () => {
    const limits = (await t.get('/v1/centre')).json().limits;
    expect(limits).toEqual({ maxBodyBytes: 256 * 1024, maxRecords: 200, maxDepth: 12 });
    const big = { ...batch, records: [{ ...batch.records[0], pad: 'x'.repeat(300 * 1024) }] };
    await refused(413, 'api.bodyTooLarge', () => t.post('/v1/batches', big, token));
    const many = { ...batch, header: { ...batch.header, recordCount: 210 }, records: Array.from({ length: 210 }, (_v, i) => ({ ...batch.records[1], id: `E-MANY-${i}` })) };
    await refused(413, 'api.tooManyRecords', () => t.post('/v1/batches', many, token));
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = [deep];
    await refused(400, 'api.tooDeep', () => t.post('/v1/batches', { ...batch, records: [{ ...batch.records[0], deep }] }, token));
    let xml = 'x';
    for (let i = 0; i < 40; i++) xml = `<a>${xml}</a>`;
    await refused(400, 'api.tooDeep', () => t.post('/v1/batches', `<batch xmlns="https://fsjc.org.cn/ns/v1">${xml}</batch>`, token, 'application/xml'));
  });

  it.skipIf(skip)('an unknown standard version: 422 (FSJC-API-024)', async () => {
    await refused(422, 'api.unsupportedVersion', () => t.post('/v1/batches', { ...batch, header: { ...batch.header, standardVersion: '9.0.0' } }, token));
  });

  it.skipIf(skip)('a header that is not the token\'s, records outside scope, signals from a system: 403 (FSJC-API-041)', async () => {
    await refused(403, 'api.senderMismatch', () => t.post('/v1/batches', { ...batch, header: { ...batch.header, senderSystemId: 'SD-XZSP' } }, token));
    const shunde = JSON.parse(example('07-joint-completion-acceptance.json').toString('utf8'));
    const mixed = { ...batch, header: { ...batch.header, recordCount: batch.records.length + shunde.records.length }, records: [...batch.records, ...shunde.records] };
    delete (mixed.header as { checksum?: unknown }).checksum;
    const body = await refused(403, 'api.outOfScope', () => t.post('/v1/batches', mixed, token));
    const scope = body.issues.filter((i: { code: string }) => i.code === 'api.outOfScope');
    expect(scope.length).toBe(shunde.records.length);
    expect(scope[0]).toMatchObject({ code: 'api.outOfScope', recordIndex: batch.records.length, requirement: 'FSJC-API-041' });
    const signals = JSON.parse(example('16-monitoring-signals-and-score.json').toString('utf8'));
    const nh = { ...batch, header: { ...batch.header, recordCount: 1 }, records: [signals.records.find((r: { recordType: string }) => r.recordType === 'signal')] };
    delete (nh.header as { checksum?: unknown }).checksum;
    await refused(403, 'api.recordTypeNotAllowed', () => t.post('/v1/batches', nh, token));
  });

  it.skipIf(skip)('messages follow Accept-Language; unknown paths and bad parameters are problems too (FSJC-API-020)', async () => {
    const zh = await t.post('/v1/batches', JSON.stringify(batch), token, 'text/plain');
    const en = await t.post('/v1/batches', JSON.stringify(batch), token, 'text/plain', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(zh.json().detail).toMatch(/不支持的媒体类型/);
    expect(en.json().detail).toMatch(/Unsupported media type/);
    const missing = await t.get('/v1/nothing-here', t.admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('api.notFound');
    await refused(400, 'api.badRequest', () => t.post('/v1/batches?acceptance=some', batch, token));
    expect((await t.get('/v1/cases?limit=0', t.admin)).json().code).toBe('api.badRequest');
  });

  it.skipIf(skip)('after all of that a good batch is still accepted', async () => {
    const res = await t.post('/v1/batches', batch, token);
    expect(res.statusCode).toBe(201);
  });
});
