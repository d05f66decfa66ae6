import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInstant } from '@fsjc/sdk';
import { simulate } from '../../../../conformance/src/index.js';
import { BACKENDS, startCentre, type TestCentre } from '../../testing/centre.js';

const CITY = simulate({ days: 6, casesPerDay: 30, seed: 9, start: '2026-10-08', knobs: { lateCase: 0.1, lateStage: 0.05 } });

/** FSJC-API-051: a client that connects without Last-Event-ID gets what changes from then on, not the history. */
describe('the signal stream from now', () => {
  let t: TestCentre;
  beforeAll(async () => {
    t = await startCentre(BACKENDS[0]);
    for (const { batch } of CITY) {
      t.clock.set(parseInstant(batch.header.sentAt) + 60_000);
      expect((await t.post('/v1/batches', batch, await t.systemToken(batch))).statusCode).toBe(201);
    }
    t.clock.set(Date.parse('2026-10-20T10:00:00+08:00'));
    await t.centre.runner.tick();
    await t.centre.runner.idle();
  });
  afterAll(async () => t?.close());

  it('starts after the newest change and sends the next one', async () => {
    const before = await t.store.lastChangeId();
    expect(before).toBeGreaterThan(0);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    let connected!: () => void;
    const ready = new Promise<void>((r) => (connected = r));
    const first = new Promise<string>((resolve, reject) => {
      const req = http.get(`${address}/v1/stream/signals`, { headers: { authorization: `Bearer ${t.city}` } }, (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
          if (text.startsWith(': fsjc')) connected();
          if (/^id: /m.test(text)) { req.destroy(); resolve(text); }
        });
      });
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
    });
    await ready;
    // time moves on: cards escalate, and the stream sends only that
    t.clock.set(Date.parse('2026-11-20T10:00:00+08:00'));
    await t.centre.runner.tick();
    const text = await first;
    expect(Number(/^id: (\d+)$/m.exec(text)![1])).toBe(before + 1);
  });
});
