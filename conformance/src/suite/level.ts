import { LEVELS, type LevelReached, type Outcome, type TestResult } from './types.js';

/**
 * The level reached (FSJC-CONF-014): levels are cumulative, so level N is reached when every MUST
 * test of levels 1..N passed. A MUST test that failed, was skipped, omitted or errored withholds its
 * level and every level above: a certificate never claims what was not shown.
 */
export function levelReached(results: readonly Pick<TestResult, 'level' | 'strength' | 'outcome'>[]): LevelReached {
  let reached: LevelReached = 'L0';
  for (const level of LEVELS) {
    const must = results.filter((r) => r.level === level && r.strength === 'MUST');
    if (!must.length || must.some((r) => r.outcome !== 'pass')) break;
    reached = level;
  }
  return reached;
}

export function countOutcomes(results: readonly { outcome: Outcome }[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { pass: 0, fail: 0, skip: 0, omit: 0, error: 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
}
