/**
 * Scoring benchmark (FSJC-SCO): one month of a simulated city with at least 1,000,000 cases, scored
 * at every level (department, post, district, vertical line), with and without the comparison
 * against the previous month — target ≤ 5 s on one core; beside the baseline of computing every
 * case's full clock (all seven limits), the work any per-case evaluation starts from.
 *
 * The script runs with a 64 MB young generation (--max-semi-space-size=64): the objects made per
 * case die young, and fewer of them are promoted into an old generation that holds a city's records.
 *
 *   npm run bench:scoring                     # 1,000,000 cases in October 2026
 *   npm run bench:scoring -- --cases 200000
 */
import { caseLimits, clockSettings, parseInstant, profile, score, World, type FsjcRecord, type Signal } from '../sdk/dist/index.js';
import { simulate } from '../conformance/dist/index.js';

const arg = process.argv.indexOf('--cases');
const CASES = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const secs = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;
const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 0 });
const best = <T>(runs: number, f: () => T): { seconds: number; result: T } => {
  let out = { seconds: Infinity, result: undefined as T };
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const result = f();
    const seconds = secs(t0);
    if (seconds < out.seconds) out = { seconds, result };
  }
  return out;
};

// October 2026 has 18 working days (National Day to the 7th, the 10th made up)
let t0 = process.hrtime.bigint();
const batches = simulate({ days: 31, casesPerDay: Math.ceil(CASES / 18), seed: 3, start: '2026-10-01' }).map((b) => b.batch);
const records = batches.flatMap((b) => b.records as FsjcRecord[]);
const cases = records.filter((r) => r.recordType === 'case').length;
const events = records.filter((r) => r.recordType === 'event').length;
// the centre's signals: about one case in 200 warned, one in 2,000 carded
const signals: Signal[] = [];
let n = 0;
for (const r of records) {
  if (r.recordType !== 'case' || ++n % 200) continue;
  const level = n % 20_000 === 0 ? 'RED_CARD' : n % 2_000 === 0 ? 'YELLOW_CARD' : 'WARNING';
  signals.push({ recordType: 'signal', id: `SG-${n}`, ruleId: 'R-LIMIT-NEAR', level, status: 'CLOSED', caseId: r.id, unitId: r.handlingUnitId, openedAt: r.receivedAt, messageCode: 'signal.limitNear' } as Signal);
}
console.log(`simulated ${fmt(cases)} cases, ${fmt(events)} events, ${fmt(records.length - cases - events)} other records in October 2026; ${fmt(signals.length)} signals (${secs(t0).toFixed(1)} s)\n`);

t0 = process.hrtime.bigint();
const world = new World(batches);
console.log(`indexing the records (shared with the warning engine, not part of scoring) ${secs(t0).toFixed(2)} s\n`);

const RUNS = 3;
const all = best(RUNS, () => score(world, { period: '2026-10', signals }));
const alone = best(RUNS, () => score(world, { period: '2026-10', signals, previous: false }));
const p = profile();
const settings = clockSettings({ profile: p.name });
const asOf = parseInstant('2026-11-01T00:00:00+08:00') - 1;
const clocks = best(RUNS, () => {
  let limits = 0;
  world.forEachCaseView((view) => { limits += caseLimits(view, asOf, { profileData: p, settings }).limits.length; });
  return limits;
});
const by = (level: string) => all.result.subjects.filter((s) => s.level === level).length;
const target = 5 * Math.max(1, cases / 1e6);
console.log(`scoring October 2026 at every level (best of ${RUNS}): ${by('DEPARTMENT')} departments, ${by('POST')} posts, ${by('DISTRICT')} districts, ${by('VERTICAL_LINE')} vertical lines`);
console.log(`   with the comparison against September ${all.seconds.toFixed(2).padStart(7)} s   ${fmt(cases / all.seconds)} cases/s`);
console.log(`   the month alone                       ${alone.seconds.toFixed(2).padStart(7)} s   ${fmt(cases / alone.seconds)} cases/s`);
console.log(`   baseline: every case's full clock     ${clocks.seconds.toFixed(2).padStart(7)} s   (${fmt(clocks.result)} limits)`);
console.log(`   target ≤ ${target.toFixed(1)} s for ${fmt(cases)} cases: ${all.seconds <= target ? 'met' : 'NOT met'} with the comparison, ${alone.seconds <= target ? 'met' : 'NOT met'} alone; scoring / full clocks ${(alone.seconds / clocks.seconds).toFixed(2)}×`);
