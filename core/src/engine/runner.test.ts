import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseInstant, type Signal } from '@fsjc/sdk';
import { simulate } from '../../../conformance/src/index.js';
import { BACKENDS, startCentre, type TestCentre } from '../testing/centre.js';

/** The engine worker as built (npm test builds first): the same sources, bundled. */
const BUILT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../dist/engine-worker.js');
const CITY = simulate({ days: 6, casesPerDay: 30, seed: 5, start: '2026-10-08', knobs: { lateCase: 0.05, lateStage: 0.02 } });
const LATER = Date.parse('2026-11-02T10:00:00+08:00');
const byId = (a: Signal, b: Signal) => a.id.localeCompare(b.id);

/** Sends the simulated city, letting the engine apply each batch before the next. */
async function feed(t: TestCentre) {
  const sent: { records: unknown[]; report: { reportedAt: number; reportedBy: string } }[] = [];
  for (const { batch } of CITY) {
    t.clock.set(parseInstant(batch.header.sentAt) + 60_000);
    const res = await t.post('/v1/batches', batch, await t.systemToken(batch));
    expect(res.statusCode, res.body).toBe(201);
    sent.push({ records: batch.records, report: { reportedAt: Date.parse(res.json().receivedAt), reportedBy: batch.header.senderUnitId } });
    await t.centre.runner.idle();
  }
  t.clock.set(LATER);
  await t.centre.runner.tick();
  await t.centre.runner.idle();
  return sent;
}

describe('the engine in its own worker thread (FSJC-API-050)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-engine-worker-'));
  const errors: unknown[] = [];
  let threaded: TestCentre;
  let crashing: TestCentre;
  let sent: Awaited<ReturnType<typeof feed>>;

  beforeAll(async () => {
    if (!fs.existsSync(BUILT)) throw new Error('core/dist/engine-worker.js is missing: run `npm run build` first (npm test does)');
    // the real worker, which stops the first time it is asked for its second `apply`
    const crash = path.join(dir, 'crash-worker.mjs');
    const mark = path.join(dir, 'crashed');
    fs.writeFileSync(crash, [
      `import fs from 'node:fs';`,
      `import { parentPort } from 'node:worker_threads';`,
      `await import(${JSON.stringify(pathToFileURL(BUILT).href)});`,
      `let applies = 0;`,
      `parentPort.on('message', (m) => {`,
      `  if (m.method === 'apply' && ++applies === 2 && !fs.existsSync(${JSON.stringify(mark)})) { fs.writeFileSync(${JSON.stringify(mark)}, ''); process.exit(3); }`,
      `});`,
    ].join('\n'));
    threaded = await startCentre(BACKENDS[0], { engineWorker: pathToFileURL(BUILT) });
    crashing = await startCentre(BACKENDS[0], { engineWorker: pathToFileURL(crash), onError: (e) => errors.push(e) });
    sent = await feed(threaded);
    await feed(crashing);
  }, 120_000);
  afterAll(async () => {
    await threaded?.close();
    await crashing?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the signals a fresh evaluation gives, and stores them', async () => {
    expect(threaded.centre.runner.threaded).toBe(true);
    const expected = evaluate(sent, LATER).signals.sort(byId);
    expect(expected.length).toBeGreaterThan(3);
    expect((await threaded.centre.runner.signals()).sort(byId)).toEqual(expected);
    const kept = new Map((await threaded.store.signals({ limit: 100_000 })).map((s) => [s.id, JSON.parse(s.body) as Signal]));
    for (const s of expected) expect(kept.get(s.id)).toEqual(s);
    expect(threaded.centre.runner.cursor).toBe((await threaded.store.head()).seq);
  });

  it('a worker that stops is replaced, reloads from the log and reaches the same signals', async () => {
    expect(fs.existsSync(path.join(dir, 'crashed'))).toBe(true);
    expect(errors.map(String)).toContain('Error: engine worker stopped (3)');
    expect((await crashing.centre.runner.signals()).sort(byId)).toEqual(evaluate(sent, LATER).signals.sort(byId));
    expect(crashing.centre.runner.cursor).toBe((await crashing.store.head()).seq);
  });

  it('scores and open-signal counts come from the worker', async () => {
    const open = await threaded.centre.runner.openByLevel();
    const expected: Record<string, number> = {};
    for (const s of evaluate(sent, LATER).signals) if (s.status !== 'CLOSED') expected[s.level] = (expected[s.level] ?? 0) + 1;
    expect(open).toEqual(expected);
    const rows = await threaded.centre.runner.scores('2026-10', { computedAt: '2026-11-02T10:00:00+08:00' });
    expect(rows.map((r) => r.level)).toEqual(['DEPARTMENT', 'POST', 'DISTRICT', 'VERTICAL_LINE']);
    expect(JSON.parse(rows[0].body).subjects.length).toBeGreaterThan(0);
  });
});
