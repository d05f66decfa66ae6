/**
 * Ingest benchmark (issue: the reference monitoring core): records per second accepted over HTTP on
 * loopback, in batches of 500 records, by `fsjc serve` running in its own process with the warning
 * engine applying every batch, on each backend; beside the raw multi-row insert rate of the same
 * backend, and the p50/p99 time to a receipt for one 500-record batch.
 *
 * Two phases on the same server: the first half of each platform's evening is sent as fast as the
 * centre answers (throughput, and the latency a queue of five senders sees); the second half is
 * sent at the target rate, each platform on its own schedule, and latency is counted from the
 * scheduled send time (so a stall also counts against the batches it delays). The p99 target is
 * judged on the second phase: at saturation latency is set by the queue the benchmark builds.
 *
 *   npm run bench:ingest                 # SQLite and PostgreSQL (DATABASE_URL or 127.0.0.1:5432/test)
 *   npm run bench:ingest -- --quick      # fewer records
 *   npm run bench:ingest -- --backend=sqlite   # one backend
 * Targets: ≥ 20,000 records/s embedded, ≥ 10,000 records/s PostgreSQL, p99 ≤ 250 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createBatch, type FsjcRecord } from '../sdk/dist/index.js';
import { simulate } from '../conformance/dist/index.js';
import { issueToken, openStore } from '../core/dist/index.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const quick = process.argv.includes('--quick');
const BATCH = 500;
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

// The busiest hour of a real centre: every district platform sends its day's records in the
// evening. A simulated city's earlier days are loaded first (in large batches, not timed), then
// the last day's records are sent by the five district platforms at once in batches of 500 and
// timed, with the centre's clock at that evening, so nothing looks reported late that was not.
const days = quick ? 4 : 6;
const city = simulate({ days, casesPerDay: quick ? 4000 : 24000, seed: 11, start: '2026-11-16' });
const registry = city[0].batch;
const lastDay = city[city.length - 1].batch.header.sentAt.slice(0, 10);
const CLOCK = `${lastDay}T19:30:00+08:00`;
interface Plan { header: typeof registry.header; history: FsjcRecord[]; evening: FsjcRecord[] }
const bySystem = new Map<string, Plan>();
for (const { batch } of city.slice(1)) {
  const s = bySystem.get(batch.header.senderSystemId) ?? { header: batch.header, history: [], evening: [] };
  (batch.header.sentAt.startsWith(lastDay) ? s.evening : s.history).push(...(batch.records as FsjcRecord[]));
  bySystem.set(batch.header.senderSystemId, s);
}
const preload: { system: string; body: string }[] = [];
const work: { system: string; body: string; records: number }[] = [];
for (const [system, { header, history, evening }] of bySystem) {
  let n = 0;
  const make = (records: FsjcRecord[], sentAt: string) => JSON.stringify(createBatch(
    { senderSystemId: system, senderUnitId: header.senderUnitId, regionCode: header.regionCode, profile: header.profile },
    { sequenceNumber: ++n, sentAt, idempotencyKey: `${system}-${n}-bench` }, records));
  for (let i = 0; i < history.length; i += 5000) preload.push({ system, body: make(history.slice(i, i + 5000), CLOCK) });
  for (let i = 0; i < evening.length; i += BATCH) work.push({ system, body: make(evening.slice(i, i + BATCH), CLOCK), records: Math.min(BATCH, evening.length - i) });
}
const totalRecords = [...bySystem.values()].reduce((n, s) => n + s.evening.length, 0);
const historyRecords = [...bySystem.values()].reduce((n, s) => n + s.history.length, 0);
console.log(`ingest benchmark: ${historyRecords} records of ${days - 1} earlier days loaded first (not timed), then the evening of ${lastDay}: ${work.length} batches of ≤ ${BATCH} records (${totalRecords} records) from ${bySystem.size} district platforms sending at once, each its batches in order: the first half of each platform's batches as fast as the centre answers, the second half at the target rate`);

interface Target { name: 'sqlite' | 'postgres'; args: string[]; store: () => ReturnType<typeof openStore>; dispose: () => Promise<void>; goal: number }

async function sqliteTarget(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-bench-'));
  const file = path.join(dir, 'core.db');
  return { name: 'sqlite', args: ['--db', file], store: () => openStore({ file }), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }), goal: 20_000 };
}

async function postgresTarget(): Promise<Target | undefined> {
  const schema = `fsjc_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
  } catch (e) {
    console.log(`postgres: not reachable at ${PG_URL} (${(e as Error).message}); skipped`);
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const url = u.toString();
  return {
    name: 'postgres', args: ['--database-url', url], store: () => openStore({ databaseUrl: url }), goal: 10_000,
    dispose: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

function serve(args: string[], keyFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), path.join(ROOT, 'cli/dist/fsjc.js'), 'serve', '--quiet', '--port', '0', '--clock', CLOCK, '--key-file', keyFile, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (c) => {
      err += c;
      const m = /monitoring core at (http:\/\/\S+)/.exec(err);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`fsjc serve exited ${code}: ${err}`)));
  });
}

/** Waits until the engine has applied everything in the log. */
async function caughtUp(url: string): Promise<void> {
  for (;;) {
    const h = await (await fetch(`${url}/healthz`)).json() as { logHead: number; engineCursor: number };
    if (h.engineCursor >= h.logHead) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function run(target: Target) {
  const db = target.store();
  await db.migrate();
  const tokens = new Map<string, string>();
  const now = new Date().toISOString();
  const cityToken = (await issueToken(db, { role: 'system', systemId: registry.header.senderSystemId, unitId: registry.header.senderUnitId, regionCode: registry.header.regionCode }, now)).token;
  for (const [system, { header }] of bySystem) tokens.set(system, (await issueToken(db, { role: 'system', systemId: system, unitId: header.senderUnitId, regionCode: header.regionCode }, now)).token);
  await db.close();

  const keyFile = path.join(os.tmpdir(), `fsjc-bench-key-${process.pid}.json`);
  const { child, url } = await serve(target.args, keyFile);
  try {
    const post = async (body: string, token: string) => {
      const t0 = performance.now();
      const res = await fetch(`${url}/v1/batches`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`${res.status} ${text.slice(0, 300)}`);
      return performance.now() - t0;
    };
    await post(JSON.stringify(registry), cityToken);
    await Promise.all([...bySystem.keys()].map(async (system) => {
      for (const w of preload) if (w.system === system) await post(w.body, tokens.get(system)!);
    }));
    await caughtUp(url);
    // each district platform sends its own batches one after another (a revision must follow the one before)
    const systems = [...bySystem.keys()];
    const halves = new Map(systems.map((system) => {
      const mine = work.filter((w) => w.system === system);
      return [system, [mine.slice(0, Math.ceil(mine.length / 2)), mine.slice(Math.ceil(mine.length / 2))]];
    }));
    const recordsIn = (ws: typeof work) => ws.reduce((n, w) => n + w.records, 0);

    // phase 1: as fast as the centre answers
    const saturated: number[] = [];
    const start = performance.now();
    await Promise.all(systems.map(async (system) => {
      for (const w of halves.get(system)![0]) saturated.push(await post(w.body, tokens.get(system)!));
    }));
    const seconds = (performance.now() - start) / 1000;
    const sent = systems.reduce((n, s) => n + recordsIn(halves.get(s)![0]), 0);
    // the engine applies batches after their receipts: how long until it has caught up
    await caughtUp(url);
    const engineSeconds = (performance.now() - start) / 1000;

    // phase 2: at the target rate; platform i sends its k-th batch at t0 + (k + i / n) · interval
    const interval = (systems.length * BATCH * 1000) / target.goal;
    const paced: number[] = [];
    const t0 = performance.now() + 50;
    await Promise.all(systems.map(async (system, i) => {
      let k = 0;
      for (const w of halves.get(system)![1]) {
        const due = t0 + (k++ + i / systems.length) * interval;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await post(w.body, tokens.get(system)!);
        paced.push(performance.now() - due);
      }
    }));
    await caughtUp(url);
    saturated.sort((a, b) => a - b);
    paced.sort((a, b) => a - b);
    return {
      rate: sent / seconds, seconds, engineSeconds,
      p50: pct(saturated, 50), p99: pct(saturated, 99),
      paced: { count: paced.length, p50: pct(paced, 50), p99: pct(paced, 99), max: paced[paced.length - 1] },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(keyFile, { force: true });
  }
}

/** The baseline: the same records as projection rows, multi-row inserts of 500, no HTTP, no log, no validation, no engine. */
async function rawInsert(target: Target): Promise<number> {
  const db = target.store();
  await db.migrate();
  const rows = [...bySystem].flatMap(([system, { evening }]) => evening.map((r, index) => ({
    index, senderSystemId: `RAW-${system}`, recordType: r.recordType, id: r.id, revision: r.revision ?? 1,
    caseId: r.recordType === 'case' ? r.id : (r as { caseId?: string }).caseId, unitId: (r as { unitId?: string }).unitId, body: JSON.stringify(r),
  })));
  const start = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) await db.bulkInsertRecords(1_000_000 + i, rows.slice(i, i + BATCH));
  const rate = rows.length / ((performance.now() - start) / 1000);
  await db.close();
  return rate;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const only = process.argv.find((a) => a.startsWith('--backend='))?.slice('--backend='.length);
for (const make of [sqliteTarget, postgresTarget].filter((m) => !only || m.name.toLowerCase().startsWith(only))) {
  const target = await make();
  if (!target) continue;
  try {
    const r = await run(target);
    const raw = await rawInsert(target);
    const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
    console.log(`\n${target.name}`);
    console.log(`  over HTTP, 500-record batches:  ${fmt(r.rate)} records/s (${r.seconds.toFixed(1)} s; engine caught up at ${r.engineSeconds.toFixed(1)} s)  target ${fmt(target.goal)}: ${ok(r.rate >= target.goal)}`);
    console.log(`  raw multi-row insert:           ${fmt(raw)} records/s  (HTTP ingest is ${(r.rate / raw * 100).toFixed(0)}% of it)`);
    console.log(`  receipt latency at full speed:  p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms (five senders queueing; for information)`);
    console.log(`  receipt latency at ${fmt(target.goal)} records/s: p50 ${r.paced.p50.toFixed(0)} ms, p99 ${r.paced.p99.toFixed(0)} ms, worst ${r.paced.max.toFixed(0)} ms (${r.paced.count} batches, from their scheduled send time)  target p99 ≤ 250 ms: ${ok(r.paced.p99 <= 250)}`);
  } finally {
    await target.dispose();
  }
}
