/** The warning and correction engine (预警纠错, clause 13): rules as data, interpreted by pure code. */
export { evaluate, caseFindings, worldFindings, afterFindings, setup, type EvaluateOptions, type EvaluationResult, type Setup } from './evaluate.js';
export { Engine, type SignalChanges } from './engine.js';
export { World, type BatchLike, type EventRevision, type Report } from './world.js';
export { rulesFor } from './ruleset.js';
export { lifecycle, type NotificationIntent, type Lifecycle } from './lifecycle.js';
export { signalId } from './finding-id.js';
export { RULE_MODULES } from './rules/index.js';
export type { Finding, Evidence } from './finding.js';
export type { RuleDefinition, RuleKind, RuleParams, RuleSet, ProfileRules, SignalLevel, Target } from './rules-data.js';
export type { RuleModule, CaseContext, WorldContext } from './rule.js';
export { RULES_V1 } from '../generated/rules.js';
export { signalMessage, SIGNAL_CATALOGUES } from './messages.js';
export { renderDocument, type DocumentKind, type DocumentOptions } from './documents.js';
