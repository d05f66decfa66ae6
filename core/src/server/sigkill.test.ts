import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBatch, verifyReceipt, type FsjcRecord, type Receipt } from '@fsjc/sdk';
import { simulate } from '../../../conformance/src/index.js';
import { FSJC, tempDir } from '../../../tests/support/cli.js';
import { issueToken } from '../access/tokens.js';
import { BACKENDS } from '../testing/centre.js';

/**
 * FSJC-API-010, FSJC-API-013: the centre is killed with SIGKILL in the middle of a stream of
 * uploads from two district platforms and started again; the platforms resend what was not
 * acknowledged, with the same bytes. Every acknowledged batch is there after the restart, with
 * the hash its receipt names, and nothing is stored twice.
 */
const CITY = simulate({ days: 12, casesPerDay: 60, seed: 5, start: '2026-10-08' });
const SYSTEMS = ['SIM-440604', 'SIM-440605'];
const PER_BATCH = 40;

function batchesOf(system: string) {
  const days = CITY.filter((b) => b.batch.header.senderSystemId === system);
  const records = days.flatMap((b) => b.batch.records as FsjcRecord[]);
  const h = days[0].batch.header;
  const out: { body: string; count: number }[] = [];
  for (let i = 0, n = 1; i < records.length; i += PER_BATCH, n++) {
    const batch = createBatch({ senderSystemId: system, senderUnitId: h.senderUnitId, regionCode: h.regionCode, profile: h.profile },
      { sequenceNumber: n, sentAt: '2026-10-20T19:00:00+08:00', idempotencyKey: `${system}-${n}-kill` }, records.slice(i, i + PER_BATCH));
    out.push({ body: JSON.stringify(batch), count: batch.records.length });
  }
  return { header: h, batches: out };
}

describe.each(BACKENDS)('SIGKILL during uploads on $name', (backend) => {
  let server: ChildProcess | undefined;
  let dispose: (() => Promise<void>) | undefined;
  afterAll(async () => {
    server?.kill('SIGKILL');
    await dispose?.();
  });

  it.skipIf(backend.skip)('every acknowledged record survives, none is duplicated after the clients resend', async () => {
    if (!fs.existsSync(FSJC)) throw new Error('cli/dist/fsjc.js is missing: run `npm run build` first (npm test does)');
    const db = await backend.create();
    dispose = db.dispose;
    const dir = tempDir('fsjc-kill-');
    const keyFile = path.join(dir, 'key.json');
    const where = backend.name === 'sqlite' ? ['--db', db.location] : ['--database-url', db.location];

    const store = db.open();
    await store.migrate();
    const registry = CITY[0].batch;
    const tokens = new Map<string, string>();
    const grant = async (h: { senderSystemId: string; senderUnitId: string; regionCode: string }) =>
      (await issueToken(store, { role: 'system', systemId: h.senderSystemId, unitId: h.senderUnitId, regionCode: h.regionCode }, '2026-10-20T19:00:00+08:00')).token;
    tokens.set(registry.header.senderSystemId, await grant(registry.header));
    const plans = SYSTEMS.map((s) => ({ system: s, ...batchesOf(s) }));
    for (const p of plans) tokens.set(p.system, await grant(p.header));
    await store.close();

    let url = '';
    const start = () => new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [FSJC, 'serve', '--quiet', '--port', String(port || 0), '--clock', '2026-10-20T19:00:00+08:00', '--key-file', keyFile, ...where], { stdio: ['ignore', 'ignore', 'pipe'] });
      server = child;
      let err = '';
      child.stderr!.on('data', (c) => {
        err += c;
        const m = /monitoring core at (http:\/\/\S+)/.exec(err);
        if (m) { url = m[1]; port = Number(new URL(url).port); resolve(); }
      });
      child.once('exit', (code, signal) => { if (!url || signal === null) reject(new Error(`fsjc serve exited ${code ?? signal}: ${err}`)); });
    });
    let port = 0;
    await start();

    // a platform: sends its batches in order, resending the same bytes until it gets a receipt
    const acked: Receipt[] = [];
    let resends = 0;
    const send = async (body: string, token: string): Promise<Receipt> => {
      for (;;) {
        try {
          const res = await fetch(`${url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body, signal: AbortSignal.timeout(10_000) });
          if (res.status === 201 || res.status === 200) return (await res.json()) as Receipt;
          if (res.status < 500) throw new Error(`refused: ${res.status} ${await res.text()}`);
        } catch (e) {
          if ((e as Error).message.startsWith('refused')) throw e;
        }
        resends++;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    acked.push(await send(JSON.stringify(registry), tokens.get(registry.header.senderSystemId)!));
    const total = plans.reduce((n, p) => n + p.batches.length, 0);
    let killed = false;
    const uploads = Promise.all(plans.map(async (p) => {
      for (const b of p.batches) {
        acked.push(await send(b.body, tokens.get(p.system)!));
        if (!killed && acked.length > total / 3) {
          killed = true;
          server!.kill('SIGKILL');
          await new Promise((r) => setTimeout(r, 200));
          await start();
        }
      }
    }));
    await uploads;
    expect(killed).toBe(true);
    expect(resends).toBeGreaterThan(0);
    server!.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));

    const after = db.open();
    try {
      const head = await after.head();
      const distinct = new Set(acked.map((r) => `${r.senderSystemId}#${r.sequenceNumber}`));
      // stored once each: the log holds exactly the batches sent, no more
      expect(head.seq).toBe(distinct.size);
      expect(distinct.size).toBe(total + 1);
      for (const r of acked) {
        const e = await after.entry(r.logSeq);
        expect(e?.hash).toBe(r.logHash);
        expect(e?.idempotencyKey).toBe(r.idempotencyKey);
      }
      const expectedRecords = registry.records.length + plans.reduce((n, p) => n + p.batches.reduce((m, b) => m + b.count, 0), 0);
      expect((await after.records({ latestOnly: false, limit: 1_000_000 })).length).toBe(expectedRecords);
      expect(await after.verifyChain()).toMatchObject({ ok: true });
      // receipts from before the kill still verify with the key the centre kept
      const key = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
      expect(acked.every((r) => verifyReceipt(r, key.publicKey))).toBe(true);
    } finally {
      await after.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
