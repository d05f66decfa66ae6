import { caseLimits, itemFor } from '../clock/case-limits.js';
import type { ClockSettings } from '../clock/limit.js';
import { clockSettings } from '../clock/settings.js';
import { dayOf, formatDay } from '../clock/time.js';
import type { Signal } from '../generated/types.js';
import { profile as findProfile } from '../profiles/index.js';
import type { Profile } from '../profiles/profile.js';
import type { Finding } from './finding.js';
import { findingSignalId } from './finding-id.js';
import { lifecycle, type NotificationIntent } from './lifecycle.js';
import type { CaseContext, WorldContext } from './rule.js';
import { RULE_MODULE } from './rules/index.js';
import { nearFrom } from './rules/limit-near.js';
import type { RuleSet } from './rules-data.js';
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

/**
 * Every signal the rules raise on the records as of an instant (FSJC-SIG-003): deterministic, no
 * I/O; the same records, rules, calendar and instant give the same signals in any implementation.
 */
export function evaluate(input: readonly BatchLike[] | World, asOf: number, options: EvaluateOptions = {}): EvaluationResult {
  const world = input instanceof World ? input : new World(input);
  const profile: Profile = findProfile(options.profile);
  const rules = options.rules ?? rulesFor(profile);
  const settings = options.settings ?? clockSettings({ profile: profile.name });
  const ctx: WorldContext = { world, asOf, profile, settings };
  const findings: Finding[] = [];
  const nextChange = new Map<string, number>();
  const later = (caseId: string | undefined, t: number | undefined) => {
    if (t === undefined || t <= asOf || !caseId) return;
    const cur = nextChange.get(caseId);
    if (cur === undefined || t < cur) nextChange.set(caseId, t);
  };

  const caseRules = rules.rules.filter((r) => RULE_MODULE.get(r.kind)?.scope === 'case');
  const nearRules = rules.rules.filter((r) => r.kind === 'LIMIT_NEAR');
  const ids = [...world.cases.keys()].sort();
  for (const id of ids) {
    const view = world.cases.get(id)!;
    const clock = caseLimits(view, asOf, { profileData: profile, settings });
    const accepted = view.events.find((e) => e.at <= asOf && (e.event.eventType === 'ACCEPTED' || e.event.eventType === 'RECEIVED'));
    const item = itemFor(view.items, view.case, formatDay(dayOf(accepted?.at ?? asOf)));
    const cctx: CaseContext = { ...ctx, view, clock, item };
    for (const r of caseRules) {
      const m = RULE_MODULE.get(r.kind)!;
      if (m.scope === 'case') findings.push(...m.find(cctx, r));
    }
    // what can change by time alone: a limit becoming near, or ending
    for (const l of clock.limits) {
      if (l.state !== 'RUNNING' && l.state !== 'NOT_STARTED') continue;
      later(id, l.dueAt);
      for (const r of nearRules) if (l.dueAt !== undefined && r.params.limits?.includes(l.kind)) later(id, nearFrom(cctx, l, r.params.before ?? { value: 1, unit: 'WORKING_DAY' }));
    }
  }
  for (const r of rules.rules) {
    const m = RULE_MODULE.get(r.kind);
    if (!m) throw new RangeError(`rule ${r.id}: unknown kind "${r.kind}"`);
    if (m.scope === 'world') findings.push(...m.find(ctx, r));
  }
  for (const r of rules.rules) {
    const m = RULE_MODULE.get(r.kind)!;
    if (m.scope === 'after') findings.push(...m.find(ctx, r, findings));
  }

  findings.sort((a, b) => a.openedAt - b.openedAt || (findingSignalId(a) < findingSignalId(b) ? -1 : 1));
  const signals: Signal[] = [];
  const notifications: NotificationIntent[] = [];
  let nextChangeAt: number | undefined;
  for (const f of findings) {
    const life = lifecycle(f, ctx, rules);
    signals.push(...life.signals);
    notifications.push(...life.notifications);
    later(f.caseId, life.next);
    if (life.next !== undefined && (nextChangeAt === undefined || life.next < nextChangeAt)) nextChangeAt = life.next;
  }
  for (const t of nextChange.values()) if (nextChangeAt === undefined || t < nextChangeAt) nextChangeAt = t;
  signals.sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  notifications.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.signalId < b.signalId ? -1 : 1));
  return { asOf, signals, notifications, nextChange, ...(nextChangeAt !== undefined ? { nextChangeAt } : {}) };
}
