import type { Limit } from '../clock/limit-types.js';
import type { SignalLevel } from '../signals/rules-data.js';

/** Levels of evaluation (scoreLevel code list, FSJC-SCO-004). */
export type ScoreLevel = 'DEPARTMENT' | 'POST' | 'DISTRICT' | 'VERTICAL_LINE';
export const SCORE_LEVELS: readonly ScoreLevel[] = ['DEPARTMENT', 'POST', 'DISTRICT', 'VERTICAL_LINE'];

/** Grades (grade code list), best first. */
export type Grade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';
export const GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'];

/** What an indicator counts; each kind is one module under sdk/src/scoring/indicators/. */
export type IndicatorKind = 'CASE_RATE' | 'CASE_MEAN' | 'EVALUATION_RATE' | 'RECTIFICATION_RATE' | 'REPORTING_RATE' | 'SIGNAL_COUNT' | 'COMPLAINT_COUNT';

/** The sets of cases a period's case indicators count (FSJC-SCO-005). */
export type CaseSet =
  | 'CONCLUDED' | 'CONCLUDED_WITH_LIMIT' | 'CONCLUDED_ON_TIME' | 'CONCLUDED_EARLY' | 'CONCLUDED_LATE' | 'OPEN_OVERDUE'
  | 'IMMEDIATE_CONCLUDED' | 'IMMEDIATE_SAME_DAY' | 'RECEIVED' | 'RECEIVED_ONLINE' | 'COMPLETE_TRAIL';

export interface IndicatorParams {
  minRemaining?: number;
  negative?: string[];
  within?: Limit;
  lagHours?: number;
  level?: SignalLevel;
  per?: number;
}

/** One indicator of standard/scoring/method.json. */
export interface IndicatorDefinition {
  id: string;
  requirement: string;
  kind: IndicatorKind;
  title_zh: string;
  title_en: string;
  text_zh: string;
  text_en: string;
  levels: ScoreLevel[];
  /** CASE_RATE and CASE_MEAN: the cases counted (a union of sets). */
  population?: CaseSet[];
  /** CASE_RATE: the cases of the population the rate counts (a union of sets). */
  numerator?: CaseSet[];
  measure?: 'USED_SHARE';
  params?: IndicatorParams;
  /** ADD: points earned up to weight; DEDUCT: points taken off up to weight (FSJC-SCO-006). */
  direction: 'ADD' | 'DEDUCT';
  weight: number;
  /** The value at which the indicator earns (or takes off) nothing, and the value at which it earns (or takes off) its whole weight. */
  zeroAt: number;
  fullAt: number;
}

export interface GradeBand { grade: Grade; min: number }

/** The scoring method: versioned data (FSJC-SCO-001). */
export interface ScoringMethod {
  version: string;
  standardVersion: string;
  description_zh?: string;
  description_en?: string;
  total: number;
  /** Below this number of cases a subject is listed but not ranked (FSJC-SCO-009). */
  minCases: Record<PeriodKind, number>;
  grades: GradeBand[];
  /** A subject whose indicator reaches atLeast gets at most maxGrade (FSJC-SCO-008). */
  gradeCaps: { indicator: string; atLeast: number; maxGrade: Grade }[];
  /** How equal scores are ordered; `caseCount` or an indicator (FSJC-SCO-010). */
  tieBreakers: { key: string; order: 'ASC' | 'DESC' }[];
  indicators: IndicatorDefinition[];
}

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** How a profile changes the method without touching code (FSJC-SCO-002). */
export interface ProfileScoring {
  disable?: string[];
  indicators?: Record<string, Partial<Pick<IndicatorDefinition, 'weight' | 'zeroAt' | 'fullAt' | 'params' | 'levels'>>>;
  minCases?: Partial<Record<PeriodKind, number>>;
  grades?: GradeBand[];
}
