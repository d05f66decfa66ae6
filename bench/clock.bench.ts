/**
 * Clock benchmark (FSJC-CLK): last day, elapsed and remaining of every running limit (statutory,
 * promised, current stage) of 1,000,000 synthetic open cases with up to three suspensions each
 * (some still open), computed with the SDK's indexed clock (the built package, as a vendor uses
 * it) against a naive day-by-day loop over the same cases. Runs on one core (one thread).
 *
 *   npm run bench:clock                 # 1,000,000 cases
 *   npm run bench:clock -- --cases 200000
 *   npm run bench:clock -- --no-naive     # the SDK alone
 */
import { clockSettings, computeLimit, parseInstant, startOf, dayOf, type Limit, type Pause } from '../sdk/dist/index.js';
import { naiveLastDay, naiveState, type NaivePause } from '../tests/support/naive-clock.js';
import { randomInts } from '../tests/support/random.js';

const arg = process.argv.indexOf('--cases');
const CASES = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const RUNS = 5;
const settings = clockSettings();
const asOf = parseInstant('2026-11-20T10:00:00+08:00');

interface SyntheticCase { start: number; statutory: Limit; promised: Limit; stageStart: number; stage: Limit; pauses: Pause[] }

/** Open cases accepted over the last year, 5–45 working days, some in natural days, 0–3 pauses. */
function synthesise(n: number): SyntheticCase[] {
  const random = randomInts(2026);
  const first = dayOf(parseInstant('2025-11-20T00:00:00+08:00'));
  const out: SyntheticCase[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const startDay = first + random(360);
    const start = startOf(startDay) + (9 + random(9)) * 3_600_000 + random(3_600_000);
    const pauses: Pause[] = [];
    let at = startDay + 1 + random(10);
    for (let k = random(4); k > 0; k--) {
      const s = startOf(at) + 10 * 3_600_000;
      const open = k === 1 && random(4) === 0;
      const len = 1 + random(12);
      pauses.push(open ? { start: s } : { start: s, end: startOf(at + len) + 15 * 3_600_000 });
      at += len + 1 + random(10);
    }
    const unit = random(10) === 0 ? 'NATURAL_DAY' : 'WORKING_DAY';
    const stageStart = start + random(5) * 86_400_000 + random(8 * 3_600_000);
    out[i] = {
      start, statutory: { value: [5, 10, 15, 20, 30, 45][random(6)], unit }, promised: { value: 1 + random(10), unit: 'WORKING_DAY' },
      stageStart, stage: { value: 1 + random(5), unit: 'WORKING_DAY' }, pauses,
    };
  }
  return out;
}

/** A checksum over what both compute: last day, elapsed and remaining of every limit. */
function indexed(cases: SyntheticCase[]): number {
  let sum = 0;
  for (const c of cases) {
    const statutory = computeLimit({ start: c.start, limit: c.statutory, pauses: c.pauses, asOf }, settings);
    const promised = computeLimit({ start: c.start, limit: c.promised, pauses: c.pauses, asOf }, settings);
    const stage = computeLimit({ start: c.stageStart, limit: c.stage, pauses: c.pauses, asOf }, settings);
    for (const r of [statutory, promised, stage]) sum += (r.lastDay ?? 0) + r.elapsed! * 7 + r.remaining! * 13;
  }
  return sum;
}

function naive(cases: SyntheticCase[]): number {
  let sum = 0;
  const today = dayOf(asOf);
  for (const c of cases) {
    // pauses that begin after the as-of instant are not known yet; one still running then is open
    const pauses: NaivePause[] = c.pauses.filter((p) => p.start <= asOf).map((p) => ({ startDay: dayOf(p.start), ...(p.end !== undefined && p.end <= asOf ? { endDay: dayOf(p.end) } : {}) }));
    for (let k = 0; k < 3; k++) {
      const [start, limit] = k === 0 ? [c.start, c.statutory] : k === 1 ? [c.start, c.promised] : [c.stageStart, c.stage];
      const unit = limit.unit as 'WORKING_DAY' | 'NATURAL_DAY';
      const last = naiveLastDay(settings.calendar, dayOf(start), limit.value, unit, pauses);
      const { elapsed, remaining } = naiveState(settings.calendar, dayOf(start), last, limit.value, unit, pauses, today);
      sum += (last ?? 0) + elapsed * 7 + remaining * 13;
    }
  }
  return sum;
}

function best(label: string, fn: () => number): { ms: number; result: number } {
  let ms = Infinity;
  let result = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    result = fn();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(`  ${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms   (best of ${RUNS})`);
  return { ms, result };
}

console.log(`clock: last day, elapsed and remaining of every running limit (statutory, promised and the current stage's budget) of ${CASES.toLocaleString('en')} open cases, up to 3 suspensions each, as of 2026-11-20`);
const cases = synthesise(CASES);
const pauses = cases.reduce((n, c) => n + c.pauses.length, 0);
console.log(`  ${pauses.toLocaleString('en')} suspensions; one thread\n`);
const fast = best('SDK clock (working-day index)', () => indexed(cases));
const slow = process.argv.includes('--no-naive') ? fast : best('naive day-by-day loop', () => naive(cases));
if (fast.result !== slow.result) {
  console.error(`the two disagree: checksum ${fast.result} vs ${slow.result}`);
  process.exitCode = 1;
}
const perCase = (fast.ms * 1e6) / CASES;
console.log(`\n  ${(CASES / (fast.ms / 1000)).toLocaleString('en', { maximumFractionDigits: 0 })} cases/s, ${perCase.toFixed(0)} ns a case; last day, elapsed and remaining of all three limits agree with the naive loop`);
console.log(`  naive / SDK: ${(slow.ms / fast.ms).toFixed(1)}×`);
const target = (1000 * CASES) / 1_000_000;
console.log(`  target: ≤ ${target.toFixed(0)} ms for ${CASES.toLocaleString('en')} cases (1 s a million): ${fast.ms <= target ? 'met' : 'NOT met'}`);
