import { formatInstant } from '../clock/time.js';
import type { Score } from '../generated/types.js';
import type { ScoreReport } from './score.js';

/**
 * The report as score records (FSJC-SCO-013), so the city can send the results back to districts:
 * one record per subject, ID SC:<level>:<subject>:<period>; indicators that did not apply are left out.
 */
export function scoreRecords(report: ScoreReport, computedAt: number): Score[] {
  return report.subjects.map((s): Score => ({
    recordType: 'score', id: `SC:${s.level}:${s.subjectId}:${report.period}`, revision: 1,
    period: report.period, level: s.level, subjectId: s.subjectId, methodVersion: report.methodVersion,
    score: s.score, grade: s.grade, ranked: s.ranked, ...(s.rank !== undefined ? { rank: s.rank } : {}), caseCount: s.caseCount,
    indicators: s.indicators.filter((i) => i.applicable).map((i) => ({ indicatorId: i.indicatorId, value: i.value!, points: i.points })),
    computedAt: formatInstant(computedAt),
  }));
}
