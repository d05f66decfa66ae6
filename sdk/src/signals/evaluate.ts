import { caseLimits, type CaseClock, type CaseView } from '../clock/case-limits.js';
import type { Limit } from '../clock/limit-types.js';
import type { ClockSettings } from '../clock/limit.js';
import { clockSettings } from '../clock/settings.js';
import { parseInstant } from '../clock/time.js';
import type { FsjcRecord, Item, Signal } from '../generated/types.js';
import { profile as findProfile } from '../profiles/index.js';
import type { Profile } from '../profiles/profile.js';
import type { Finding } from './finding.js';
import { findingSignalId } from './finding-id.js';
import { lifecycle, type NotificationIntent } from './lifecycle.js';
import type { CaseContext, RecordScope, RuleModule, WorldContext } from './rule.js';
import { RULE_MODULE } from './rules/index.js';
import { nearFrom } from './rules/limit-near.js';
import type { RuleDefinition, RuleSet } from './rules-data.js';
import { rulesFor } from './ruleset.js';
import { World, type BatchLike } from './world.js';

export interface EvaluateOptions {
  /** The profile whose rules, calendar and settings apply; the default profile when omitted. */
  profile?: string;
  /** A rule set instead of the profile's (e.g. a city's draft thresholds). */
  rules?: RuleSet;
  settings?: ClockSettings;
}

export interface EvaluationResult {
  asOf: number;
  /** Every signal as of the instant, as exchangeable signal records, by opening time then ID. */
  signals: Signal[];
  /** The notifications the signals call for, in time order. */
  notifications: NotificationIntent[];
  /** For each case with something still to come by time alone, the next instant it can change. */
  nextChange: Map<string, number>;
  /** The earliest of those, and of deadlines not tied to a case. */
  nextChangeAt?: number;
}

/** The profile, rules and clock an evaluation runs with. */
export interface Setup {
  profile: Profile;
  rules: RuleSet;
  settings: ClockSettings;
  /** The case rules with their modules, and the near rules, worked out once. */
  caseRules: { rule: RuleDefinition; module: Extract<RuleModule, { scope: 'case' }> }[];
  nearRules: RuleDefinition[];
}

/** The profile, its rule set and clock settings, and the case rules with their modules, worked out once for many evaluations. */
export function setup(options: EvaluateOptions = {}): Setup {
  const profile = findProfile(options.profile);
  const rules = options.rules ?? rulesFor(profile);
  const caseRules: Setup['caseRules'] = [];
  for (const rule of rules.rules) {
    const module = RULE_MODULE.get(rule.kind);
    if (!module) throw new RangeError(`rule ${rule.id}: unknown kind "${rule.kind}"`);
    if (module.scope === 'case') caseRules.push({ rule, module });
  }
  return {
    profile, rules, settings: options.settings ?? clockSettings({ profile: profile.name }),
    caseRules, nearRules: rules.rules.filter((r) => r.kind === 'LIMIT_NEAR'),
  };
}

/** What a case rule sees, with the earliest later instant the rules report. */
class CaseScope implements CaseContext {
  next: number | undefined = undefined;
  known: CaseContext['known'] = undefined;
  stages: CaseContext['stages'] = undefined;
  fees: CaseContext['fees'] = undefined;
  readonly item: Item | undefined;
  constructor(readonly world: World, readonly asOf: number, readonly profile: Profile, readonly settings: ClockSettings,
    readonly view: CaseView, readonly clock: CaseClock) {
    this.item = clock.item;
  }

  later(t: number | undefined): void {
    if (t !== undefined && t > this.asOf && (this.next === undefined || t < this.next)) this.next = t;
  }
}

/** What the case rules find on one case as of the instant, and when the case can next change by time alone. */
export function caseFindings(world: World, caseId: string, asOf: number, s: Setup, keepView = true): { findings: Finding[]; next?: number } {
  const view = world.view(caseId, keepView);
  if (!view) return { findings: [] };
  const clock = caseLimits(view, asOf, { profileData: s.profile, settings: s.settings });
  const ctx = new CaseScope(world, asOf, s.profile, s.settings, view, clock);
  const findings: Finding[] = [];
  for (const { rule, module } of s.caseRules) {
    const found = module.find(ctx, rule);
    for (const f of found) findings.push(f);
  }
  // what can change by time alone: a limit becoming near, or ending
  for (const l of clock.limits) {
    if (l.state !== 'RUNNING' && l.state !== 'NOT_STARTED') continue;
    ctx.later(l.dueAt);
    for (const r of s.nearRules) {
      if (l.dueAt !== undefined && r.params.limits?.includes(l.kind)) ctx.later(nearFrom(ctx, l, r.params.before ?? NEAR_BEFORE));
    }
  }
  return ctx.next !== undefined ? { findings, next: ctx.next } : { findings };
}

const NEAR_BEFORE: Limit = { value: 1, unit: 'WORKING_DAY' };

/**
 * What the rules over all records find (disclosure, complaints, evaluations, observations, denial
 * rates), and the next instant one of them can find something by time alone; with `records`
 * false, only the rules over the whole city (the engine gives each record-scoped rule and record
 * a source of its own).
 */
export function worldFindings(world: World, asOf: number, s: Setup, records = true): { findings: Finding[]; next?: number } {
  let next: number | undefined;
  const later = (t: number) => { if (t > asOf && (next === undefined || t < next)) next = t; };
  const ctx: WorldContext = { world, asOf, profile: s.profile, settings: s.settings, later };
  const findings: Finding[] = [];
  for (const r of s.rules.rules) {
    const m = RULE_MODULE.get(r.kind)!;
    if (m.scope === 'world') findings.push(...m.find(ctx, r));
    else if (m.scope === 'record' && records) for (const id of recordIds(world, m.recordType)) findings.push(...m.find(ctx, r, id));
  }
  return { findings, ...(next !== undefined ? { next } : {}) };
}

/** The IDs of the records a record-scoped rule judges: every item (all its revisions), or the latest revision of each record of the type. */
export function recordIds(world: World, type: RecordScope): Iterable<string> {
  return type === 'item' ? world.itemRevisions.keys() : world.latestOf<FsjcRecord>(type).keys();
}

/** What the rules over findings find (repeated offences), given the findings of the other rules. */
export function afterFindings(world: World, asOf: number, s: Setup, found: readonly Finding[]): Finding[] {
  const ctx: WorldContext = { world, asOf, profile: s.profile, settings: s.settings };
  const out: Finding[] = [];
  for (const r of s.rules.rules) {
    const m = RULE_MODULE.get(r.kind)!;
    if (m.scope === 'after') out.push(...m.find(ctx, r, found));
  }
  return out;
}

export const byOpening = (a: Finding, b: Finding) => a.openedAt - b.openedAt || (findingSignalId(a) < findingSignalId(b) ? -1 : 1);
export const signalOrder = (a: Signal, b: Signal) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every signal the rules raise on the records as of an instant (FSJC-SIG-003): deterministic, no
 * I/O; the same records, rules, calendar and instant give the same signals in any implementation.
 */
export function evaluate(input: readonly BatchLike[] | World, asOf: number, options: EvaluateOptions = {}): EvaluationResult {
  // batches sent after the instant are not known yet (FSJC-SIG-003)
  const world = input instanceof World ? input
    : new World(input.filter((b) => !b.header?.sentAt || parseInstant(b.header.sentAt) <= asOf));
  const s = setup(options);
  const ctx: WorldContext = { world, asOf, profile: s.profile, settings: s.settings };
  const findings: Finding[] = [];
  const nextChange = new Map<string, number>();
  // in no particular order: what is found is sorted below
  world.forEachCaseId((id) => {
    const found = caseFindings(world, id, asOf, s, false);
    for (const f of found.findings) findings.push(f);
    if (found.next !== undefined) nextChange.set(id, found.next);
  });
  const fromWorld = worldFindings(world, asOf, s);
  findings.push(...fromWorld.findings);
  findings.push(...afterFindings(world, asOf, s, findings));

  findings.sort(byOpening);
  const signals: Signal[] = [];
  const notifications: NotificationIntent[] = [];
  let nextChangeAt: number | undefined;
  for (const f of findings) {
    const life = lifecycle(f, ctx, s.rules);
    signals.push(...life.signals);
    notifications.push(...life.notifications);
    if (life.next !== undefined && f.caseId) {
      const cur = nextChange.get(f.caseId);
      if (cur === undefined || life.next < cur) nextChange.set(f.caseId, life.next);
    }
    if (life.next !== undefined && (nextChangeAt === undefined || life.next < nextChangeAt)) nextChangeAt = life.next;
  }
  for (const t of nextChange.values()) if (t !== Infinity && (nextChangeAt === undefined || t < nextChangeAt)) nextChangeAt = t;
  const t = fromWorld.next;
  if (t !== undefined && t !== Infinity && (nextChangeAt === undefined || t < nextChangeAt)) nextChangeAt = t;
  signals.sort(signalOrder);
  notifications.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.signalId < b.signalId ? -1 : 1));
  return { asOf, signals, notifications, nextChange, ...(nextChangeAt !== undefined ? { nextChangeAt } : {}) };
}
