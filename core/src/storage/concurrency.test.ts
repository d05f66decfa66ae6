import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from './store.js';
import { BACKENDS, events, receiptFor, sampleBatch } from './testing.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing-worker.ts');

/** Runs the append worker in a process of its own; `go()` starts its appends, `done` gives the seqs it got. */
function worker(location: string, sender: string, count: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, location, sender, String(count)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (out.startsWith('ready\n')) onReady();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<number[]>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length)) as number[]) : reject(new Error(`worker ${sender} exited with ${code}: ${err}`)))),
  );
  return { ready, done, go: () => child.stdin.end('go\n') };
}

/** Two connections to one database (two stores; two processes) append at once: the log stays gapless and chained. */
describe.each(BACKENDS)('concurrent appends on $name', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    // every clean-up runs even when one fails (a store left open must not keep its schema alive)
    let failure: unknown;
    for (const c of cleanups.splice(0).reverse()) await c().catch((e: unknown) => (failure ??= e));
    if (failure) throw failure;
  });

  async function twoStores(): Promise<[KyselyStore, KyselyStore, string]> {
    const db = await backend.create();
    cleanups.push(db.dispose);
    const a = db.open();
    const b = db.open();
    cleanups.push(() => a.close(), () => b.close());
    await a.migrate();
    await b.migrate();
    return [a, b, db.location];
  }

  it.skipIf(backend.skip)('two connections migrating one new database at once apply each migration once', async () => {
    const db = await backend.create();
    cleanups.push(db.dispose);
    const stores = [db.open(), db.open(), db.open()];
    cleanups.push(...stores.map((s) => () => s.close()));
    await Promise.all(stores.map((s) => s.migrate()));
    expect(await stores[2].verifyChain()).toEqual({ ok: true, entries: 0 });
  });

  it.skipIf(backend.skip)('FSJC-API-030: two stores appending at once get seqs 1..n without gaps and a valid chain', async () => {
    const [a, b] = await twoStores();
    const n = 40;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => {
        const [store, sender] = i % 2 ? [a, 'SYS-A'] : [b, 'SYS-B'];
        const batch = sampleBatch(sender, i, events(`${sender}-${i}`, 25, { unitId: 'U-1' }));
        return store.appendBatch(batch.input, batch.records, receiptFor);
      }),
    );
    expect(results.map((r) => r.entry!.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(await a.verifyChain()).toEqual({ ok: true, entries: n });
    expect(await b.head()).toEqual(await a.head());
    expect(await b.records({ unitIds: ['U-1'] })).toHaveLength(n * 25);
  });

  it.skipIf(backend.skip)('FSJC-API-013: one batch sent on two connections at once is stored once', async () => {
    const [a, b] = await twoStores();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const batch = sampleBatch('SYS-TWICE', 1, events('TWICE', 5));
        return (i % 2 ? a : b).appendBatch(batch.input, batch.records, receiptFor);
      }),
    );
    expect(results.filter((r) => r.replayed === false)).toHaveLength(1);
    expect(results.filter((r) => r.replayed === true)).toHaveLength(9);
    expect(new Set(results.map((r) => r.entry!.receipt.receiptId))).toEqual(new Set(['RC-1']));
    expect(await a.verifyChain()).toEqual({ ok: true, entries: 1 });
    expect(await a.records({ latestOnly: false })).toHaveLength(5);
  });

  it.skipIf(backend.skip)('FSJC-API-030: two processes appending at once get seqs 1..n without gaps and a valid chain', async () => {
    const [a, , location] = await twoStores();
    const count = 60;
    const workers = [worker(location, 'SYS-P1', count), worker(location, 'SYS-P2', count)];
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const [one, two] = await Promise.all(workers.map((w) => w.done));
    expect(one).toHaveLength(count);
    expect(two).toHaveLength(count);
    expect([...one, ...two].sort((x, y) => x - y)).toEqual(Array.from({ length: 2 * count }, (_, i) => i + 1));
    // each process's own appends are in its order
    expect(one).toEqual([...one].sort((x, y) => x - y));
    expect(await a.verifyChain()).toEqual({ ok: true, entries: 2 * count });
    expect(await a.records({ unitIds: ['U-W'] })).toHaveLength(2 * count * 20);
  }, 60_000);
});
