import { RULES_V1 } from '../generated/rules.js';
import type { Profile } from '../profiles/profile.js';
import { RULE_MODULE } from './rules/index.js';
import type { RuleSet } from './rules-data.js';

/**
 * The rule set a profile applies: the standard's rules with the profile's disabled rules left out,
 * its thresholds and levels applied and its own rules added (FSJC-SIG-002). Throws on a change
 * that names no rule or a rule of an unknown kind, so a typo never silently disables nothing.
 */
export function rulesFor(profile: Profile, base: RuleSet = RULES_V1): RuleSet {
  const change = profile.rules ?? {};
  const known = new Set(base.rules.map((r) => r.id));
  for (const id of [...(change.disable ?? []), ...Object.keys(change.params ?? {}), ...Object.keys(change.levels ?? {})]) {
    if (!known.has(id)) throw new RangeError(`profile ${profile.name}: no rule "${id}" in rule set ${base.version}`);
  }
  for (const r of change.add ?? []) {
    if (!RULE_MODULE.has(r.kind)) throw new RangeError(`profile ${profile.name}: rule ${r.id} has unknown kind "${r.kind}"`);
    if (known.has(r.id)) throw new RangeError(`profile ${profile.name}: rule ${r.id} already exists`);
  }
  const disabled = new Set(change.disable ?? []);
  const rules = base.rules
    .filter((r) => !disabled.has(r.id))
    .map((r) => ({
      ...r,
      ...(change.levels?.[r.id] ? { level: change.levels[r.id] } : {}),
      params: { ...r.params, ...(change.params?.[r.id] ?? {}) },
    }))
    .concat(change.add ?? []);
  return { ...base, rules };
}
