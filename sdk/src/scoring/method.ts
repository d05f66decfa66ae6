import { METHOD_V1 } from '../generated/scoring.js';
import type { Profile } from '../profiles/profile.js';
import { INDICATOR_MODULE } from './indicators/index.js';
import type { ScoringMethod } from './method-data.js';

/**
 * The method a profile applies: the standard's method with the profile's disabled indicators left
 * out and its weights, bands, thresholds, minimum case numbers and grade bands applied
 * (FSJC-SCO-002). Throws on a change naming no indicator, so a typo never silently changes nothing.
 */
export function methodFor(profile: Pick<Profile, 'name' | 'scoring'>, base: ScoringMethod = METHOD_V1): ScoringMethod {
  const change = profile.scoring ?? {};
  const known = new Set(base.indicators.map((i) => i.id));
  for (const id of [...(change.disable ?? []), ...Object.keys(change.indicators ?? {})]) {
    if (!known.has(id)) throw new RangeError(`profile ${profile.name}: no indicator "${id}" in scoring method ${base.version}`);
  }
  const disabled = new Set(change.disable ?? []);
  const method: ScoringMethod = {
    ...base,
    minCases: { ...base.minCases, ...change.minCases },
    grades: change.grades ?? base.grades,
    // a disabled indicator takes its caps and tie-breaks with it
    gradeCaps: base.gradeCaps.filter((c) => !disabled.has(c.indicator)),
    tieBreakers: base.tieBreakers.filter((t) => !disabled.has(t.key)),
    indicators: base.indicators.filter((i) => !disabled.has(i.id)).map((i) => {
      const c = change.indicators?.[i.id];
      return c ? { ...i, ...c, params: { ...i.params, ...c.params } } : i;
    }),
  };
  checkMethod(method);
  return method;
}

/** Refuses a method the scorer cannot apply: an unknown kind, an empty band, a cap or tie-breaker naming nothing. */
export function checkMethod(m: ScoringMethod): void {
  const ids = new Set(m.indicators.map((i) => i.id));
  for (const i of m.indicators) {
    if (!INDICATOR_MODULE.has(i.kind)) throw new RangeError(`indicator ${i.id}: unknown kind "${i.kind}"`);
    if (i.zeroAt === i.fullAt) throw new RangeError(`indicator ${i.id}: zeroAt and fullAt are equal (${i.zeroAt})`);
    if (!(i.weight >= 0)) throw new RangeError(`indicator ${i.id}: weight ${i.weight} is not a number of points`);
  }
  for (const c of m.gradeCaps) if (!ids.has(c.indicator)) throw new RangeError(`grade cap names no indicator "${c.indicator}"`);
  for (const t of m.tieBreakers) if (t.key !== 'caseCount' && !ids.has(t.key)) throw new RangeError(`tie-breaker names no indicator "${t.key}"`);
  if (!m.grades.some((g) => g.min <= 0)) throw new RangeError('grade bands leave scores near 0 without a grade');
}
