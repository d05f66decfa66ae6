/**
 * Warning-engine benchmark (FSJC-SIG): on a simulated city,
 *  1. evaluating 1,000,000 cases (about 6 events each) from scratch — target ≤ 10 s on one core,
 *     beside indexing the same records alone (the floor any evaluation pays);
 *  2. incremental evaluation of new events — target ≥ 50,000 events/s, beside re-evaluating the
 *     case from scratch for every event;
 *  3. the time-driven sweep over 1,000,000 open cases between two instants — target ≤ 1 s: finding the
 *     cases whose state changed, and finding and re-evaluating them, beside re-evaluating every open case.
 *
 * The records are those a reader gives the engine: each simulated batch written out as JSON and
 * parsed back, as `fsjc evaluate` reads the files `fsjc simulate` writes (the simulator's own
 * objects hold strings built piece by piece, which no parsed record has).
 *
 * It runs with --expose-gc, to collect the garbage of making the data before timing, and with a
 * 128 MB young generation (--max-semi-space-size=128): the objects made per case die
 * young, and each collection of them costs about the same, whatever it frees, with a city's records
 * in the old generation; a larger young generation collects less often.
 *
 *   npm run bench:signals                     # 1,000,000 cases
 *   npm run bench:signals -- --cases 200000
 */
import { caseFindings, Engine, evaluate, parseInstant, setup, World, type FsjcRecord } from '../sdk/dist/index.js';
import { simulate } from '../conformance/dist/index.js';

const arg = process.argv.indexOf('--cases');
const CASES = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const secs = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;
const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 0 });
/** A full collection, where the script runs with --expose-gc (npm run bench:signals does). */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

// 1. from scratch -----------------------------------------------------------------------------
const DAYS = 28;
let t0 = process.hrtime.bigint();
const batches = simulate({ days: DAYS, casesPerDay: Math.ceil(CASES / 20), seed: 1, start: '2026-10-08' }).map((b) => b.batch);
const simulateSeconds = secs(t0);
t0 = process.hrtime.bigint();
let bytes = 0;
for (let i = 0; i < batches.length; i++) {
  const text = JSON.stringify(batches[i]);
  bytes += Buffer.byteLength(text);
  batches[i] = JSON.parse(text);
}
const parseSeconds = secs(t0);
const cases = batches.reduce((n, b) => n + b.records.filter((r) => (r as FsjcRecord).recordType === 'case').length, 0);
const events = batches.reduce((n, b) => n + b.records.filter((r) => (r as FsjcRecord).recordType === 'event').length, 0);
console.log(`simulated ${fmt(cases)} cases, ${fmt(events)} events (${(events / cases).toFixed(1)} a case) in ${simulateSeconds.toFixed(1)} s;`);
console.log(`written out as JSON and parsed back (${fmt(bytes / 1e6)} MB) in ${parseSeconds.toFixed(1)} s\n`);
const asOf = parseInstant('2026-11-05T12:00:00+08:00');
// the garbage of making the data (gigabytes of JSON text) is collected before the timing, not during it
collect();

t0 = process.hrtime.bigint();
const world = new World(batches);
const indexSeconds = secs(t0);
t0 = process.hrtime.bigint();
const whole = evaluate(world, asOf);
const evalSeconds = secs(t0);
console.log('1. evaluation from scratch');
console.log(`   indexing the records alone       ${indexSeconds.toFixed(2).padStart(7)} s`);
console.log(`   evaluating every case (indexed)  ${evalSeconds.toFixed(2).padStart(7)} s   ${fmt(cases / evalSeconds)} cases/s, ${whole.signals.length} signals`);
console.log(`   index + evaluate                 ${(indexSeconds + evalSeconds).toFixed(2).padStart(7)} s   target ≤ ${(10 * cases / 1e6).toFixed(1)} s for ${fmt(cases)} cases: ${indexSeconds + evalSeconds <= 10 * cases / 1e6 ? 'met' : 'NOT met'}; evaluation / indexing ${(evalSeconds / indexSeconds).toFixed(1)}×\n`);

// 2. incremental ------------------------------------------------------------------------------
const sample = batches.slice(0, Math.max(2, Math.ceil(batches.length / 10)));
const stream: { r: FsjcRecord; at: number; by?: string }[] = [];
for (const b of [...sample].sort((a, b) => Date.parse(a.header.sentAt) - Date.parse(b.header.sentAt))) {
  for (const r of b.records) stream.push({ r: r as FsjcRecord, at: parseInstant(b.header.sentAt), by: b.header.senderUnitId });
}
const engine = new Engine({ now: stream[0].at });
const inc = stream.filter((x) => x.r.recordType === 'event').length;
t0 = process.hrtime.bigint();
for (const x of stream) engine.apply(x.r, { reportedAt: x.at, reportedBy: x.by });
const incSeconds = secs(t0);
const sorted = [...sample].sort((a, b) => Date.parse(a.header.sentAt) - Date.parse(b.header.sentAt));
const batchEngine = new Engine({ now: stream[0].at });
t0 = process.hrtime.bigint();
for (const b of sorted) batchEngine.applyBatch(b);
const batchSeconds = secs(t0);
// baseline: the case evaluated from scratch (new index of its records) for each event
const few = stream.slice(0, Math.min(stream.length, 20_000));
const s = setup();
t0 = process.hrtime.bigint();
const mine = new Map<string, FsjcRecord[]>();
let naiveEvents = 0;
for (const x of few) {
  const caseId = x.r.recordType === 'case' ? x.r.id : x.r.recordType === 'event' ? x.r.caseId : undefined;
  if (!caseId) continue;
  const list = mine.get(caseId) ?? [];
  list.push(x.r);
  mine.set(caseId, list);
  if (x.r.recordType !== 'event') continue;
  naiveEvents++;
  caseFindings(new World([{ records: list }]), caseId, x.at, s);
}
const naiveSeconds = secs(t0);
console.log('2. incremental evaluation');
console.log(`   engine.apply, one record at a time  ${fmt(inc / incSeconds).padStart(9)} events/s  (${fmt(stream.length)} records, ${fmt(inc)} events, ${incSeconds.toFixed(2)} s)`);
console.log(`   engine.applyBatch, batch by batch   ${fmt(inc / batchSeconds).padStart(9)} events/s  (${fmt(sorted.length)} batches, ${batchSeconds.toFixed(2)} s)`);
console.log(`   the case from scratch per event     ${fmt(naiveEvents / naiveSeconds).padStart(9)} events/s`);
console.log(`   target ≥ 50,000 events/s: record by record ${inc / incSeconds >= 50_000 ? 'met' : 'NOT met'}, batch by batch ${inc / batchSeconds >= 50_000 ? 'met' : 'NOT met'}; engine / from scratch ${((inc / incSeconds) / (naiveEvents / naiveSeconds)).toFixed(1)}× (record), ${((inc / batchSeconds) / (naiveEvents / naiveSeconds)).toFixed(1)}× (batch)\n`);

// 3. sweep ------------------------------------------------------------------------------------
// a million cases accepted over the past month and all still open
const open: FsjcRecord[] = [];
const base = parseInstant('2026-10-12T09:00:00+08:00');
for (let i = 0; i < CASES; i++) {
  const received = base + (i % 20) * 86_400_000 + (i % 480) * 60_000;
  const id = `OC${i}`;
  open.push({ recordType: 'case', id, itemCode: 'X', caseType: 'PROMISED', handlingUnitId: `U${i % 200}`, statutoryLimit: { value: 20, unit: 'WORKING_DAY' }, promisedLimit: { value: 5 + (i % 10), unit: 'WORKING_DAY' } } as unknown as FsjcRecord);
  open.push({ recordType: 'event', id: `${id}-R`, caseId: id, eventType: 'RECEIVED', occurredAt: new Date(received).toISOString() } as FsjcRecord);
  open.push({ recordType: 'event', id: `${id}-A`, caseId: id, eventType: 'ACCEPTED', occurredAt: new Date(received + 1_800_000).toISOString() } as FsjcRecord);
}
const from = parseInstant('2026-11-02T12:00:00+08:00');
t0 = process.hrtime.bigint();
const loaded = Engine.load([{ records: open }], { now: from });
const loadSeconds = secs(t0);
const to = from + 86_400_000;
t0 = process.hrtime.bigint();
const dueCases = loaded.due(to);
const findSeconds = secs(t0);
t0 = process.hrtime.bigint();
const swept = loaded.advance(to);
const sweepSeconds = secs(t0);
const changed = swept.opened.length + swept.escalated.length + swept.closed.length + swept.updated.length;
const fullWorld = new World([{ records: open }]);
t0 = process.hrtime.bigint();
evaluate(fullWorld, to);
const fullSeconds = secs(t0);
console.log(`3. time-driven sweep over ${fmt(CASES)} open cases, from 2026-11-02 12:00 to the next day (loaded in ${loadSeconds.toFixed(1)} s)`);
console.log(`   finding the cases that changed   ${findSeconds.toFixed(2).padStart(7)} s   ${fmt(dueCases.length)} cases (engine.due)`);
console.log(`   engine.advance (find + evaluate) ${sweepSeconds.toFixed(2).padStart(7)} s   ${fmt(changed)} signal changes`);
console.log(`   re-evaluating every open case    ${fullSeconds.toFixed(2).padStart(7)} s`);
console.log(`   target ≤ ${(CASES / 1e6).toFixed(1)} s: finding ${findSeconds <= CASES / 1e6 ? 'met' : 'NOT met'}, finding and re-evaluating ${sweepSeconds <= CASES / 1e6 ? 'met' : 'NOT met'}; full re-evaluation / sweep ${(fullSeconds / sweepSeconds).toFixed(1)}×`);
