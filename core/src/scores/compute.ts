import { score, type Engine, type ScoreLevel } from '@fsjc/sdk';
import type { ScoreRow } from '../storage/types.js';

const LEVELS: readonly ScoreLevel[] = ['DEPARTMENT', 'POST', 'DISTRICT', 'VERTICAL_LINE'];

/**
 * One period's scores at every level, from the engine's world and current signals (FSJC-API-061):
 * one row per level with the scorer's whole report.
 */
export function computeScores(engine: Engine, period: string, o: { profile?: string; computedAt: string }): ScoreRow[] {
  const report = score(engine.world, { period, signals: engine.signals(), profile: o.profile, levels: LEVELS });
  return LEVELS.map((level) => ({
    period, level, computedAt: o.computedAt,
    body: JSON.stringify({ ...report, subjects: report.subjects.filter((s) => s.level === level) }),
  }));
}
