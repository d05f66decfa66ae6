import type { CaseClock, CaseView, TimedEvent } from '../clock/case-limits.js';
import type { ClockSettings } from '../clock/limit.js';
import type { Fee, Item } from '../generated/types.js';
import type { Profile } from '../profiles/profile.js';
import type { Finding } from './finding.js';
import type { RuleDefinition, RuleKind } from './rules-data.js';
import type { World } from './world.js';

/** What every rule sees: the records, the instant, the profile and its clock settings. */
export interface WorldContext {
  world: World;
  asOf: number;
  profile: Profile;
  settings: ClockSettings;
  /** Tells the engine of a later instant at which a finding can appear by time alone (FSJC-SIG-007). */
  later?(at: number): void;
}

/** What a case rule sees in addition: the case, its limits as of the instant, its item. */
export interface CaseContext extends WorldContext {
  view: CaseView;
  clock: CaseClock;
  item?: Item;
  /** Tells the engine of an instant at which the case can change by time alone (FSJC-SIG-007). */
  later(at: number): void;
  /** Worked out once per case by the rules' helpers (rules/stages.ts, rules/fees.ts), when first asked. */
  known?: readonly TimedEvent[];
  stages?: ReadonlyMap<string, TimedEvent>;
  fees?: { fee: Fee; at: number }[];
}

/** Record types whose rules judge each record on its own (scope `record`). */
export type RecordScope = 'evaluation' | 'complaint' | 'observation' | 'item';

/**
 * One rule kind (FSJC-SIG): like ajv's rules, a module that exports its kind and how it finds;
 * the thresholds come from the rule's data, never from code. Scope `case` runs once per case,
 * `record` once per record of its type (by ID), `world` once over all records, `after` once with
 * what the other rules found.
 */
export type RuleModule =
  | { kind: RuleKind; scope: 'case'; find(ctx: CaseContext, rule: RuleDefinition): Finding[] }
  | { kind: RuleKind; scope: 'record'; recordType: RecordScope; find(ctx: WorldContext, rule: RuleDefinition, id: string): Finding[] }
  | { kind: RuleKind; scope: 'world'; find(ctx: WorldContext, rule: RuleDefinition): Finding[] }
  | { kind: RuleKind; scope: 'after'; find(ctx: WorldContext, rule: RuleDefinition, found: readonly Finding[]): Finding[] };
