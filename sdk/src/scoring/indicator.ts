import type { ClockSettings } from '../clock/limit.js';
import type { Complaint, Evaluation, Signal } from '../generated/types.js';
import type { CaseFact, Reports } from './facts.js';
import type { IndicatorDefinition, IndicatorKind } from './method-data.js';
import type { Period } from './period.js';
import { rational, type Rational } from './rational.js';
import type { Subjects } from './subjects.js';

/** A record with the subjects it counts for: its unit's (shared between records) and its posts'. */
export interface Attributed<T> { item: T; subjects: readonly number[]; posts: readonly number[] }

/** Everything one period's indicators count, attributed to subjects. */
export interface Facts {
  period: Period;
  asOf: number;
  settings: ClockSettings;
  subjects: Subjects;
  cases: Attributed<CaseFact>[];
  reports: Reports;
  /** Every evaluation known as of the instant: a bad review's correction may fall due in a later period than its evaluation. */
  evaluations: Attributed<Evaluation & { at: number }>[];
  complaints: Attributed<Complaint & { at: number }>[];
  signals: Attributed<Signal & { at: number }>[];
}

/** Per subject: the numerator and the denominator of an indicator. */
export interface Counts { num: Float64Array; den: Float64Array }

/** One kind of indicator (FSJC-SCO-1xx): how it counts, and what its value is. */
export interface IndicatorModule {
  kind: IndicatorKind;
  /** Adds each record's share of numerator and denominator to the subjects it counts for, at the levels in `levels`. */
  count(def: IndicatorDefinition, facts: Facts, counts: Counts, levels: number): void;
  /** The indicator's value; undefined when nothing was counted and the indicator does not apply (FSJC-SCO-006). */
  value(def: IndicatorDefinition, num: number, den: number, caseCount: number): Rational | undefined;
}

/** Adds to every subject of the record whose level is counted. */
export function addTo(counts: Counts, a: Pick<Attributed<unknown>, 'subjects' | 'posts'>, bits: readonly number[], levels: number, num: number, den: number): void {
  addEach(counts, a.subjects, bits, levels, num, den);
  addEach(counts, a.posts, bits, levels, num, den);
}

export function addEach(counts: Counts, subjects: readonly number[], bits: readonly number[], levels: number, num: number, den: number): void {
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i];
    if (!(bits[s] & levels)) continue;
    counts.num[s] += num;
    counts.den[s] += den;
  }
}

export const rate = (num: number, den: number): Rational | undefined => (den > 0 ? rational(BigInt(num), BigInt(den)) : undefined);
