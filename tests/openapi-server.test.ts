/**
 * The OpenAPI document (schemas/v1/openapi.json) against the reference core's server: the same
 * routes, and answers that the document describes (status codes, media types, bodies valid against
 * the document's schemas). A route added to the server and not to schemas/v1/api/routes.json, or
 * one whose answers drift from the schemas, fails here.
 */
import http from 'node:http';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseInstant, type Signal } from '@fsjc/sdk';
import { simulate } from '../conformance/src/index.js';
import { BACKENDS, example, startCentre, type TestCentre } from '../core/src/testing/centre.js';
import { documentValidator, operations, readOpenApi, type Json } from './support/openapi.js';

// every route fastify registers, as its onRoute hook sees it
const registered = vi.hoisted(() => [] as { method: string; url: string }[]);
vi.mock('fastify', async (importOriginal) => {
  const mod = await importOriginal<Json>();
  const create = (...args: unknown[]) => {
    const app = mod.default(...args);
    app.addHook('onRoute', (r: { method: string | string[]; url: string }) => {
      for (const method of [r.method].flat()) registered.push({ method, url: r.url });
    });
    return app;
  };
  return { ...mod, default: create, fastify: create };
});

const doc = readOpenApi();
const check = documentValidator(doc);
const CITY = simulate({ days: 4, casesPerDay: 15, seed: 11, start: '2026-10-08', knobs: { lateCase: 0.25, lateStage: 0.1 } });
const LATER = Date.parse('2026-11-05T10:00:00+08:00');
const sqlite = BACKENDS.find((b) => b.name === 'sqlite')!;

/** The route of the document a request URL matches: its path template. */
function templateOf(method: string, url: string): string | undefined {
  const p = url.split('?')[0];
  for (const { method: m, path: template } of operations(doc)) {
    if (m !== method) continue;
    const re = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (re.test(p)) return template;
  }
  return undefined;
}

describe('the server and its OpenAPI document', () => {
  let t: TestCentre;
  /** Operations answered, with each status seen. */
  const answered = new Map<string, Set<number>>();

  /** Checks an answer against the document: a documented status, media type, headers and a valid body. */
  function conforms(method: string, url: string, res: LightMyRequestResponse): LightMyRequestResponse {
    const template = templateOf(method, url);
    expect(template, `${method} ${url}: not in the document`).toBeDefined();
    const op = doc.paths[template!][method.toLowerCase()];
    const at = `${method} ${url} → ${res.statusCode}`;
    const documented = op.responses[String(res.statusCode)];
    expect(documented, `${at}: status not documented\n${res.body.slice(0, 500)}`).toBeDefined();
    for (const h of Object.keys(documented.headers ?? {})) expect(res.headers[h.toLowerCase()], `${at}: header ${h}`).toBeDefined();
    if (!documented.content) expect(res.body, at).toBe('');
    else {
      const type = String(res.headers['content-type'] ?? '').split(';')[0].trim();
      const media = documented.content[type];
      expect(media, `${at}: content-type ${type} not documented`).toBeDefined();
      if (type.endsWith('json')) {
        const r = check(media.schema, res.json());
        expect(r.valid, `${at}: body does not match the document\n${r.errors}\n${res.body.slice(0, 1000)}`).toBe(true);
      }
    }
    const key = `${method} ${template}`;
    if (!answered.has(key)) answered.set(key, new Set());
    answered.get(key)!.add(res.statusCode);
    return res;
  }
  const get = async (url: string, token?: string, headers?: Record<string, string>) => conforms('GET', url, await t.get(url, token, headers));
  const post = async (url: string, body: Buffer | string | object, token?: string, type?: string) => conforms('POST', url, await t.post(url, body, token, type));
  const del = async (url: string, token?: string) => conforms('DELETE', url, await t.app.inject({ method: 'DELETE', url, headers: token ? { authorization: `Bearer ${token}` } : {} }));

  beforeAll(async () => {
    registered.length = 0;
    t = await startCentre(sqlite, { delivery: { maxAttempts: 1, baseDelayMs: 0 } });
    await t.app.ready();
  }, 120_000);
  afterAll(async () => t?.close());

  it('registers exactly the routes the document gives (HEAD routes fastify adds aside)', () => {
    const server = new Set(registered.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`));
    const documented = new Set(operations(doc).map((o) => `${o.method} ${o.path}`));
    expect(server.has('POST /v1/batches')).toBe(true);
    const missing = [...server].filter((r) => !documented.has(r)).sort();
    const extra = [...documented].filter((r) => !server.has(r)).sort();
    expect({ 'served but not in schemas/v1/api/routes.json': missing, 'in the document but not served': extra }).toEqual({
      'served but not in schemas/v1/api/routes.json': [], 'in the document but not served': [],
    });
  });

  it('serves the committed document at GET /openapi.json', async () => {
    const res = await get('/openapi.json');
    expect(res.json()).toEqual(doc);
  });

  it('answers the exchange API as the document says', async () => {
    await get('/v1/centre');
    // open paths answer everyone alike, a stale token included
    expect((await get('/v1/centre', 'not-a-token')).statusCode).toBe(200);
    await get('/healthz');
    const metrics = await get('/metrics');
    expect(metrics.body).toContain('fsjc_log_entries');

    const registry = example('01-organisation-registry.json');
    const system = await t.systemToken(registry);
    await post('/v1/batches', registry, undefined);
    await post('/v1/batches', registry, system, 'text/plain');
    await post('/v1/batches?acceptance=sometimes', registry, system);
    const dept = await t.token({ role: 'department', unitId: 'U440604-SCJGJ' });
    await post('/v1/batches', registry, dept);
    const first = await post('/v1/batches', registry, system);
    expect(first.statusCode).toBe(201);
    expect((await post('/v1/batches', registry, system)).statusCode).toBe(200);
    const batch = JSON.parse(registry.toString('utf8'));
    const conflict = await post('/v1/batches', { ...batch, header: { ...batch.header, idempotencyKey: 'OTHER-KEY-000001' } }, system);
    expect(conflict.statusCode).toBe(409);
    const invalid = { ...batch, header: { ...batch.header, sequenceNumber: batch.header.sequenceNumber + 1, idempotencyKey: 'OTHER-KEY-000002' }, records: [{ ...batch.records[0], name: '' }] };
    expect((await post('/v1/batches', invalid, system)).statusCode).toBe(422);
    expect((await post('/v1/batches', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><batch/>', system, 'application/xml')).statusCode).toBe(400);
    for (const name of ['02-item-catalogue.json', '03-immediate-business-licence.json', '04-promised-food-business-licence.json']) {
      const body = example(name);
      expect((await post('/v1/batches', body, await t.systemToken(body))).statusCode).toBe(201);
    }

    const seq = first.json().logSeq;
    await get(`/v1/batches/${seq}`, t.admin);
    await get(`/v1/batches/${seq}`, system);
    await get('/v1/batches/999999', t.admin);
    await get('/v1/batches/zero', t.admin);
    await get(`/v1/batches?sequenceNumber=${batch.header.sequenceNumber}`, system);
    await get(`/v1/batches?senderSystemId=${batch.header.senderSystemId}&idempotencyKey=${batch.header.idempotencyKey}`, t.admin);
    await get('/v1/batches', t.admin);
    await get('/v1/log/verify', t.admin);
    await get('/v1/log/verify', dept);
  });

  it('answers the query, signal and score APIs as the document says', async () => {
    for (const { batch } of CITY) {
      t.clock.set(parseInstant(batch.header.sentAt) + 60_000);
      const res = await post('/v1/batches', batch, await t.systemToken(batch));
      expect(res.statusCode, res.body).toBe(201);
    }
    t.clock.set(LATER);
    await t.centre.runner.tick();
    await t.centre.runner.idle();

    const cases = (await get('/v1/cases?limit=5', t.city)).json();
    expect(cases.items.length).toBe(5);
    await get(`/v1/cases?limit=5&after=${cases.next}`, t.city);
    await get('/v1/cases?limit=0', t.city);
    await get(`/v1/cases/${encodeURIComponent(cases.items[0].id)}`, t.city);
    await get('/v1/cases/NO-SUCH-CASE', t.city);
    await get(`/v1/records/event?caseId=${encodeURIComponent(cases.items[0].id)}`, t.city);
    await get('/v1/records/unit?all=true&limit=3', t.admin);
    await get('/v1/records/signal', t.admin);
    await get('/v1/registry', t.city);

    const list = (await get('/v1/signals?limit=1000', t.city)).json();
    expect(list.items.length).toBeGreaterThan(0);
    await get('/v1/signals?limit=1', t.city);
    await get('/v1/signals?level=YELLOW_CARD&status=NOTIFIED', t.admin);
    await get('/v1/signals', await t.systemToken(CITY[0].batch));
    const card = (list.items as Signal[]).find((s) => s.status === 'NOTIFIED' && s.level === 'YELLOW_CARD')
      ?? (list.items as Signal[]).find((s) => s.status === 'NOTIFIED' || s.status === 'OPEN');
    expect(card).toBeDefined();
    const id = encodeURIComponent(card!.id);
    await get(`/v1/signals/${id}`, t.city);
    await get('/v1/signals/NO-SUCH-SIGNAL', t.city);
    const mine = await t.token({ role: 'department', unitId: card!.unitId });
    await post(`/v1/signals/${id}/feedback`, { kind: 'PRAISE', content: 'x' }, mine);
    await post(`/v1/signals/${id}/feedback`, { kind: 'EXPLANATION', content: 'x' }, t.city);
    await post(`/v1/signals/${id}/feedback`, 'kind=EXPLANATION', mine, 'application/x-www-form-urlencoded');
    await post(`/v1/signals/${id}/feedback`, { kind: 'EXPLANATION', content: 'x'.repeat(4001) }, mine);
    expect((await post(`/v1/signals/${id}/feedback`, { kind: 'RECTIFICATION', content: '已整改：增设审核岗' }, mine)).statusCode).toBe(201);
    // the engine orders feedback by submittedAt (whole seconds): the decision comes a second later
    t.clock.set(LATER + 1_000);
    await post(`/v1/signals/${id}/decision`, { decision: 'MAYBE' }, t.city);
    expect((await post(`/v1/signals/${id}/decision`, { decision: 'RETURNED', content: '整改不到位' }, t.city)).statusCode).toBe(201);
    expect((await post(`/v1/signals/${id}/decision`, { decision: 'ACCEPTED' }, t.city)).statusCode).toBe(409);
    await get(`/v1/signals/${id}`, mine);

    expect((await post('/v1/scores/2026-10', {}, t.city)).statusCode).toBe(201);
    await post('/v1/scores/October', {}, t.city);
    await post('/v1/scores/2026-10', {}, mine);
    await get('/v1/scores', t.city);
    await get('/v1/scores?period=2026-10&level=DEPARTMENT', mine);
    await get('/public/v1/rankings');
    await get('/public/v1/rankings?period=1999-01');

    const licence = JSON.parse(example('03-immediate-business-licence.json').toString('utf8')).records.find((r: Json) => r.recordType === 'case');
    await get(`/public/v1/cases/${licence.caseNumber}?queryCode=${licence.queryCode}`);
    await get(`/public/v1/cases/${licence.caseNumber}?queryCode=WRONG`);
  }, 240_000);

  it('streams signal changes as text/event-stream with the events the document names', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const op = doc.paths['/v1/stream/signals'].get;
    const text = await new Promise<string>((resolve, reject) => {
      const req = http.get(`${address}/v1/stream/signals`, { headers: { authorization: `Bearer ${t.city}`, 'last-event-id': '0' } }, (res) => {
        expect(op.responses[String(res.statusCode)]).toBeDefined();
        expect(Object.keys(op.responses[String(res.statusCode)].content)).toEqual([String(res.headers['content-type']).split(';')[0]]);
        let got = '';
        res.on('data', (c) => {
          got += c;
          if (/^id: /m.test(got) && /\n\n$/.test(got)) { req.destroy(); resolve(got); }
        });
      });
      req.on('error', (e) => (e.message.includes('aborted') || (e as { code?: string }).code === 'ECONNRESET' ? undefined : reject(e)));
    });
    const event = /^event: (.+)$/m.exec(text)![1];
    expect(op.description).toContain(event);
    answered.set('GET /v1/stream/signals', new Set([200]));
  });

  it('answers the administration API as the document says', async () => {
    const issued = await post('/v1/admin/tokens', { role: 'department', unitId: 'U440604-SCJGJ', label: 'test' }, t.admin);
    expect(issued.statusCode).toBe(201);
    await post('/v1/admin/tokens', { role: 'wizard' }, t.admin);
    await post('/v1/admin/tokens', { role: 'admin' }, issued.json().token);
    await get('/v1/admin/tokens', t.admin);
    expect((await del(`/v1/admin/tokens/${issued.json().id}`, t.admin)).statusCode).toBe(204);
    await del('/v1/admin/tokens/tk_000000000000', t.admin);
    await get('/v1/admin/tokens', issued.json().token);

    const sub = await post('/v1/admin/subscriptions', { url: 'http://127.0.0.1:9/hook', eventTypes: ['signal.opened'] }, t.admin);
    expect(sub.statusCode).toBe(201);
    await post('/v1/admin/subscriptions', { url: 'ftp://example' }, t.admin);
    await get('/v1/admin/subscriptions', t.admin);
    await get('/v1/admin/outbox?limit=5', t.admin);
    await post('/v1/admin/outbox/redeliver', { subscriptionId: sub.json().id }, t.admin);
    await post('/v1/admin/outbox/redeliver', {}, t.admin);
    expect((await del(`/v1/admin/subscriptions/${sub.json().id}`, t.admin)).statusCode).toBe(204);
    await del('/v1/admin/subscriptions/sub_000000000000', t.admin);
    await get('/v1/admin/audit?limit=20', t.admin);
    await get('/v1/admin/audit?action=batch.submit', t.admin);
  });

  it('was checked on a success answer of every operation of the document', () => {
    const unanswered = operations(doc)
      .filter(({ method, path, op }) => ![...(answered.get(`${method} ${path}`) ?? [])].some((s) => s < 300 && op.responses[String(s)]))
      .map(({ method, path }) => `${method} ${path}`);
    expect(unanswered).toEqual([]);
  });
});
