import { latest } from '../clock/case-limits.js';
import { clockSettings } from '../clock/settings.js';
import { formatInstant, parseInstant } from '../clock/time.js';
import { codeTitle } from '../codelists/index.js';
import type { Complaint, Contact, Evaluation, Post, Signal } from '../generated/types.js';
import { profile as findProfile } from '../profiles/index.js';
import type { World } from '../signals/world.js';
import { caseFact, COUNTED, eachReport } from './facts.js';
import { Tally, type Facts } from './indicator.js';
import { INDICATOR_MODULE } from './indicators/index.js';
import { methodFor } from './method.js';
import { GRADES, SCORE_LEVELS, type Grade, type IndicatorDefinition, type ScoreLevel, type ScoringMethod } from './method-data.js';
import { parsePeriod, previousPeriod, type Period } from './period.js';
import { add, clamp01, cmp, div, fromDecimal, mul, rational, roundScaled, scaledToDecimal, sub, toDecimal, type Rational } from './rational.js';
import { levelMask, Subjects, type Registry } from './subjects.js';

export interface ScoreOptions {
  /** A month (2026-10), a quarter (2026-Q4) or a year (2026). */
  period: string;
  /** The levels to evaluate; all four when omitted. */
  levels?: readonly ScoreLevel[];
  /** The signals to count (the centre's signal records, or the engine's); none when omitted. */
  signals?: readonly Signal[];
  /** The profile whose calendar and scoring changes apply; the default profile when omitted. */
  profile?: string;
  /** A method instead of the profile's. */
  method?: ScoringMethod;
  /** The instant of evaluation; the end of the period when omitted. A score before the end is partial. */
  asOf?: number;
  /** Also evaluate the period before, for the change (default true). */
  previous?: boolean;
}

export interface IndicatorScore {
  indicatorId: string;
  /** False when nothing was counted and the indicator's weight went to the others (FSJC-SCO-006). */
  applicable: boolean;
  numerator: number;
  denominator: number;
  /** The value, 6 decimals (FSJC-SCO-007). */
  value?: string;
  /** The points, 2 decimals: positive earned, negative taken off. */
  points: string;
}

export interface SubjectScore {
  level: ScoreLevel;
  subjectId: string;
  name?: string;
  /** The unit of a post. */
  parentId?: string;
  caseCount: number;
  ranked: boolean;
  rank?: number;
  score: string;
  grade: Grade;
  /** The indicator whose cap lowered the grade (FSJC-SCO-008). */
  cappedBy?: string;
  indicators: IndicatorScore[];
  previous?: { score: string; grade: Grade; rank?: number };
  /** Score now minus score in the previous period. */
  change?: string;
  /** Places gained since the previous period (negative when lost). */
  rankChange?: number;
}

export interface ScoreReport {
  period: string;
  periodKind: Period['kind'];
  start: string;
  end: string;
  asOf: string;
  /** Evaluated before the period ended. */
  partial: boolean;
  profile: string;
  methodVersion: string;
  minCases: number;
  previousPeriod?: string;
  levels: ScoreLevel[];
  /** Level by level (department, post, district, vertical line), ranked subjects by rank, then the others. */
  subjects: SubjectScore[];
}

/**
 * The scores of every subject at the levels asked for, for one period: a pure function of the
 * records, the signals, the method, the calendar and the as-of instant (FSJC-SCO-003).
 */
export function score(world: World, options: ScoreOptions): ScoreReport {
  const profile = findProfile(options.profile);
  const method = options.method ?? methodFor(profile);
  const period = parsePeriod(options.period);
  const levels = options.levels?.length ? SCORE_LEVELS.filter((l) => options.levels!.includes(l)) : [...SCORE_LEVELS];
  const asOf = Math.min(options.asOf ?? period.end, period.end);
  const registry: Registry = {
    units: world.units, posts: world.latestOf<Post>('post'), contacts: world.latestOf<Contact>('contact'), districts: profile.districts,
  };
  const inputs = { world, registry, signals: options.signals ?? [], profile, method, levels };
  const before = options.previous !== false ? previousPeriod(period) : undefined;
  // one pass over the cases serves both periods
  const [now, previous] = scorePeriods(inputs, before ? [[period, asOf], [before, before.end]] : [[period, asOf]]);
  if (previous) {
    const prior = new Map(previous.map((s) => [`${s.level}\u0000${s.subjectId}`, s]));
    for (const s of now) {
      const p = prior.get(`${s.level}\u0000${s.subjectId}`);
      if (!p) continue;
      s.previous = { score: p.score, grade: p.grade, ...(p.rank !== undefined ? { rank: p.rank } : {}) };
      s.change = scaledToDecimal(cents(s.score) - cents(p.score), 2);
      if (s.rank !== undefined && p.rank !== undefined) s.rankChange = p.rank - s.rank;
    }
  }
  return {
    period: period.label, periodKind: period.kind, start: formatInstant(period.start), end: formatInstant(period.end), asOf: formatInstant(asOf),
    partial: asOf < period.end, profile: profile.name, methodVersion: method.version, minCases: method.minCases[period.kind],
    ...(before ? { previousPeriod: before.label } : {}), levels, subjects: now,
  };
}

interface Inputs {
  world: World;
  registry: Registry;
  signals: readonly Signal[];
  profile: ReturnType<typeof findProfile>;
  method: ScoringMethod;
  levels: ScoreLevel[];
}

const cents = (decimal: string) => roundScaled(fromDecimal(decimal), 2);

function scorePeriods(inputs: Inputs, periods: [Period, number][]): SubjectScore[][] {
  const { method } = inputs;
  const total = fromDecimal(method.total);
  return collect(inputs, periods).map(({ facts, tallies, caseCount }) => {
    const n = facts.subjects.list.length;
    method.indicators.forEach((def, i) => {
      tallies[i].ensure(n);
      INDICATOR_MODULE.get(def.kind)!.count?.(def, facts, tallies[i], levelMask(def.levels));
    });
    caseCount.ensure(n);
    const out: SubjectScore[] = [];
    for (let s = 0; s < n; s++) {
      // a subject with nothing counted in the period is not listed
      if (!caseCount.num[s] && !tallies.some((t) => t.num[s] || t.den[s])) continue;
      const subject = facts.subjects.list[s];
      const scored = scoreSubject(method, total, subject.level, s, tallies, caseCount.num[s], facts.period);
      out.push(Object.assign(scored, describe(inputs.registry, subject.level, subject.key)));
    }
    return rankAll(method, out, inputs.levels);
  });
}

interface PeriodCount { facts: Facts; tallies: Tally[]; caseCount: Tally }

/**
 * One pass over the cases for every period: each case's facts are worked out once a period and
 * added at once to every case and reporting indicator, so that no per-case list is kept; the
 * other records are attributed for the indicators that count them.
 */
function collect(inputs: Inputs, periods: [Period, number][]): PeriodCount[] {
  const { world, registry, profile, method } = inputs;
  const settings = clockSettings({ profile: profile.name });
  const subjects = new Subjects(registry, levelMask(inputs.levels));
  const bits = subjects.levelBits;
  const all: PeriodCount[] = periods.map(([period, asOf]) => ({
    facts: { period, asOf, settings, subjects, evaluations: [], complaints: [], signals: [] },
    tallies: method.indicators.map(() => new Tally()), caseCount: new Tally(),
  }));
  const ALL_LEVELS = levelMask(SCORE_LEVELS);
  const caseCounters = method.indicators.flatMap((def, i) => {
    const c = INDICATOR_MODULE.get(def.kind)!.perCase?.(def);
    return c ? [{ i, levels: levelMask(def.levels), ...c }] : [];
  });
  const reportCounters = method.indicators.flatMap((def, i) => {
    const num = INDICATOR_MODULE.get(def.kind)!.perReport?.(def);
    return num ? [{ i, levels: levelMask(def.levels), num }] : [];
  });
  world.forEachCaseView((view) => {
    const receivedAt = view.receivedAt ?? parseInstant(view.case.receivedAt);
    for (const p of all) {
      const fact = caseFact(view, p.facts.period, p.facts.asOf, profile, settings, receivedAt);
      if (fact) {
        const units = subjects.ofUnit(fact.unitId, fact.regionCode);
        const posts = subjects.ofPosts(fact.postIds);
        const n = subjects.list.length;
        if (fact.mask & COUNTED) {
          p.caseCount.ensure(n);
          p.caseCount.add(units, bits, ALL_LEVELS, 1, 0);
          p.caseCount.add(posts, bits, ALL_LEVELS, 1, 0);
        }
        for (const c of caseCounters) {
          const num = c.num(fact);
          if (num === undefined) continue;
          const t = p.tallies[c.i];
          t.ensure(n);
          t.add(units, bits, c.levels, num, c.den);
          t.add(posts, bits, c.levels, num, c.den);
        }
      }
      if (reportCounters.length) {
        eachReport(view, p.facts.period, p.facts.asOf, (e, lagMs) => {
          const units = subjects.ofUnit(e.unitId, view.case.regionCode);
          const posts = subjects.ofPost(e.postId);
          for (const c of reportCounters) {
            const t = p.tallies[c.i];
            t.ensure(subjects.list.length);
            const num = c.num(lagMs);
            t.add(units, bits, c.levels, num, 1);
            t.add(posts, bits, c.levels, num, 1);
          }
        });
      }
    }
  });
  const person = (unitId: string, contactId?: string) => ({ subjects: subjects.ofUnit(unitId), posts: subjects.ofPosts(subjects.postsOfContact(contactId)) });
  const latestAsOf = Math.max(...periods.map(([, asOf]) => asOf));
  const evaluations: Facts['evaluations'] = [];
  // counts do not depend on order: no need for the sorted lists
  for (const e of world.latestOf<Evaluation>('evaluation').values()) {
    const at = parseInstant(e.evaluatedAt);
    if (at <= latestAsOf) evaluations.push({ item: { ...e, at }, ...person(e.unitId, e.contactId) });
  }
  const complaints: Facts['complaints'] = [...world.latestOf<Complaint>('complaint').values()].map((c) => ({ item: { ...c, at: parseInstant(c.receivedAt) }, ...person(c.unitId, c.contactId) }));
  const signals: Facts['signals'] = [];
  for (const sig of latest<Signal>(inputs.signals, 'signal')) {
    if (sig.unitId) signals.push({ item: { ...sig, at: parseInstant(sig.openedAt) }, subjects: subjects.ofUnit(sig.unitId), posts: [] });
  }
  // each indicator checks its own period and as-of instant
  for (const p of all) Object.assign(p.facts, { evaluations, complaints, signals });
  return all;
}


/**
 * One subject's points (FSJC-SCO-006, 007): each applicable indicator earns weight × f (ADD,
 * scaled so that the applicable weights add up to the total) or loses weight × f (DEDUCT), where
 * f = (value − zeroAt) / (fullAt − zeroAt) kept within 0 and 1; points are rounded to hundredths
 * and the score is their sum, kept within 0 and the total.
 */
function scoreSubject(method: ScoringMethod, total: Rational, level: ScoreLevel, s: number, counted: Tally[], caseCount: number, period: Period): SubjectScore {
  const rows: { def: IndicatorDefinition; value?: Rational; num: number; den: number }[] = [];
  let addWeights = rational(0);
  method.indicators.forEach((def, i) => {
    if (!def.levels.includes(level)) return;
    const num = counted[i].num[s];
    const den = counted[i].den[s];
    const value = INDICATOR_MODULE.get(def.kind)!.value(def, num, den, caseCount);
    rows.push({ def, value, num, den });
    if (value && def.direction === 'ADD') addWeights = add(addWeights, fromDecimal(def.weight));
  });
  let sum = 0n;
  const indicators: IndicatorScore[] = rows.map(({ def, value, num, den }) => {
    let points = rational(0);
    if (value) {
      const f = clamp01(div(sub(value, fromDecimal(def.zeroAt)), sub(fromDecimal(def.fullAt), fromDecimal(def.zeroAt))));
      points = def.direction === 'ADD' ? mul(mul(fromDecimal(def.weight), f), div(total, addWeights)) : mul(fromDecimal(-def.weight), f);
    }
    const p = roundScaled(points, 2);
    sum += p;
    return { indicatorId: def.id, applicable: value !== undefined, numerator: num, denominator: den, ...(value ? { value: toDecimal(value, 6) } : {}), points: scaledToDecimal(p, 2) };
  });
  // nothing measured that earns points: the subject keeps the total, less its deductions (FSJC-SCO-006)
  if (addWeights.n === 0n) sum += roundScaled(total, 2);
  const max = roundScaled(total, 2);
  const scoreCents = sum < 0n ? 0n : sum > max ? max : sum;
  const band = [...method.grades].sort((a, b) => b.min - a.min).find((g) => roundScaled(fromDecimal(g.min), 2) <= scoreCents) ?? method.grades[method.grades.length - 1];
  let grade = band.grade;
  let cappedBy: string | undefined;
  for (const cap of method.gradeCaps) {
    const row = rows.find((r) => r.def.id === cap.indicator);
    if (row?.value && cmp(row.value, fromDecimal(cap.atLeast)) >= 0 && GRADES.indexOf(cap.maxGrade) > GRADES.indexOf(grade)) {
      grade = cap.maxGrade;
      cappedBy = cap.indicator;
    }
  }
  return {
    level, subjectId: '', caseCount, ranked: caseCount >= method.minCases[period.kind], score: scaledToDecimal(scoreCents, 2), grade,
    ...(cappedBy ? { cappedBy } : {}), indicators,
  };
}

/** The ID and name under which a subject is published (FSJC-SCO-004). */
function describe(registry: Registry, level: ScoreLevel, key: string): Pick<SubjectScore, 'subjectId' | 'name' | 'parentId'> {
  if (level === 'POST') {
    const p = registry.posts.get(key);
    return { subjectId: key, ...(p ? { name: p.name, parentId: p.unitId } : {}) };
  }
  if (level === 'DISTRICT') {
    let centre: string | undefined;
    for (const u of registry.units.values()) if (u.unitType === 'DISTRICT_CENTRE' && u.regionCode === key) { centre = u.id; break; }
    return { subjectId: centre ?? key, name: codeTitle('region', key) };
  }
  const u = registry.units.get(key);
  return { subjectId: key, ...(u ? { name: u.name } : {}) };
}

/**
 * Ranks each level's subjects that have enough cases (FSJC-SCO-009, 010): by score, then by the
 * tie-breakers; subjects equal on all share a rank and the next rank is skipped (1, 2, 2, 4).
 */
function rankAll(method: ScoringMethod, subjects: SubjectScore[], levels: readonly ScoreLevel[]): SubjectScore[] {
  const valueOf = (s: SubjectScore, key: string): Rational | undefined => {
    if (key === 'caseCount') return rational(s.caseCount);
    const v = s.indicators.find((i) => i.indicatorId === key)?.value;
    return v === undefined ? undefined : fromDecimal(v);
  };
  const compare = (a: SubjectScore, b: SubjectScore): number => {
    const byScore = cmp(fromDecimal(b.score), fromDecimal(a.score));
    if (byScore) return byScore;
    for (const t of method.tieBreakers) {
      const x = valueOf(a, t.key);
      const y = valueOf(b, t.key);
      // a subject the indicator does not apply to comes after one it does
      if (!x || !y) { if (x || y) return x ? -1 : 1; continue; }
      const c = t.order === 'DESC' ? cmp(y, x) : cmp(x, y);
      if (c) return c;
    }
    return 0;
  };
  const out: SubjectScore[] = [];
  for (const level of levels) {
    const ofLevel = subjects.filter((s) => s.level === level);
    const ranked = ofLevel.filter((s) => s.ranked).sort((a, b) => compare(a, b) || (a.subjectId < b.subjectId ? -1 : 1));
    ranked.forEach((s, i) => { s.rank = i > 0 && compare(ranked[i - 1], s) === 0 ? ranked[i - 1].rank : i + 1; });
    const unranked = ofLevel.filter((s) => !s.ranked).sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
    out.push(...ranked, ...unranked);
  }
  return out;
}
