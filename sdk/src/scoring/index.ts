/** Performance evaluation (绩效测评, clause 14): the scoring method as data, interpreted by pure code. */
export { score, type ScoreOptions, type ScoreReport, type SubjectScore, type IndicatorScore } from './score.js';
export { scoreRecords } from './records.js';
export { methodFor, checkMethod } from './method.js';
export { parsePeriod, previousPeriod, type Period } from './period.js';
export { INDICATOR_MODULES } from './indicators/index.js';
export type { ScoringMethod, IndicatorDefinition, IndicatorKind, CaseSet, ScoreLevel, Grade, ProfileScoring, PeriodKind, GradeBand } from './method-data.js';
export { SCORE_LEVELS, GRADES } from './method-data.js';
export { METHOD_V1 } from '../generated/scoring.js';
