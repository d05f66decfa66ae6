import type { Limit } from '../clock/limit-types.js';

/** Signal levels: 提示, 预警, 黄牌, 红牌 (signalLevel code list). */
export type SignalLevel = 'NOTICE' | 'WARNING' | 'YELLOW_CARD' | 'RED_CARD';

/** What a rule looks for; each kind is one module under sdk/src/signals/rules/. */
export type RuleKind =
  | 'LIMIT_NEAR' | 'LIMIT_PASSED' | 'REPEATED_OFFENCES' | 'NO_REASONS' | 'DENIAL_OUTLIER'
  | 'DECISION_BEFORE_ACCEPTANCE' | 'STAGE_SKIPPED' | 'STAGE_ORDER' | 'SEPARATION_OF_DUTIES'
  | 'FEE_FREE_ITEM' | 'FEE_ABOVE_STANDARD' | 'FEE_NO_BASIS' | 'FEE_REPEATED' | 'DISCLOSURE'
  | 'LATE_REPORT' | 'BACKDATED' | 'COMPLAINT_LATE' | 'BAD_REVIEW_UNCORRECTED' | 'OBSERVATION' | 'ONE_STOP_HOLDUP';

/** Whom a signal is aimed at: a unit, and through it its warning contact (FSJC-ORG). */
export type Target = 'HANDLING_UNIT' | 'CHARGING_UNIT' | 'IMPLEMENTING_UNIT' | 'REPORTING_UNIT' | 'OBSERVED_UNIT' | 'HOLDING_UNIT';

/** One rule of standard/rules/rules.json. */
export interface RuleDefinition {
  id: string;
  requirement: string;
  kind: RuleKind;
  level: SignalLevel;
  target: Target;
  messageCode: string;
  title_zh: string;
  title_en: string;
  text_zh: string;
  text_en: string;
  params: RuleParams;
}

/** Thresholds of a rule; which ones a rule reads depends on its kind. */
export interface RuleParams {
  limits?: string[];
  before?: Limit;
  after?: Limit;
  limit?: Limit;
  threshold?: number;
  minDecisions?: number;
  factor?: number;
  minGap?: number;
  lagHours?: number;
  types?: string[];
  minMinutes?: number;
}

/** The rule set: versioned data (FSJC-SIG-001). */
export interface RuleSet {
  version: string;
  standardVersion: string;
  description_zh?: string;
  description_en?: string;
  /** Which levels need the unit's feedback, and what a missed deadline escalates to (FSJC-SIG-004). */
  feedback: { levels: SignalLevel[]; escalateTo: Partial<Record<SignalLevel, SignalLevel>>; $comment?: string };
  rules: RuleDefinition[];
}

/** How a profile changes the rule set without touching code (FSJC-SIG-002). */
export interface ProfileRules {
  disable?: string[];
  params?: Record<string, RuleParams>;
  levels?: Record<string, SignalLevel>;
  add?: RuleDefinition[];
}
