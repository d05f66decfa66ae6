import type { ClockSettings } from '../clock/limit.js';
import type { Complaint, Evaluation, Signal } from '../generated/types.js';
import type { CaseFact } from './facts.js';
import type { IndicatorDefinition, IndicatorKind } from './method-data.js';
import type { Period } from './period.js';
import { rational, type Rational } from './rational.js';
import type { Subjects } from './subjects.js';

/** A record with the subjects it counts for: its unit's (shared between records) and its posts'. */
export interface Attributed<T> { item: T; subjects: readonly number[]; posts: readonly number[] }

/** The records other than cases and events that one period's indicators count, attributed to subjects. */
export interface Facts {
  period: Period;
  asOf: number;
  settings: ClockSettings;
  subjects: Subjects;
  /** Every evaluation known as of the instant: a bad review's correction may fall due in a later period than its evaluation. */
  evaluations: Attributed<Evaluation & { at: number }>[];
  complaints: Attributed<Complaint & { at: number }>[];
  signals: Attributed<Signal & { at: number }>[];
}

/** Per subject: the numerator and the denominator of an indicator, growing as subjects are met. */
export class Tally {
  num = new Float64Array(64);
  den = new Float64Array(64);

  ensure(n: number): void {
    if (n <= this.num.length) return;
    const size = Math.max(n, this.num.length * 2);
    const num = new Float64Array(size);
    const den = new Float64Array(size);
    num.set(this.num);
    den.set(this.den);
    this.num = num;
    this.den = den;
  }

  /** Adds to every subject whose level is among `levels` (bits of the subjects' levels). */
  add(subjects: readonly number[], bits: readonly number[], levels: number, num: number, den: number): void {
    for (let i = 0; i < subjects.length; i++) {
      const s = subjects[i];
      if (!(bits[s] & levels)) continue;
      this.num[s] += num;
      this.den[s] += den;
    }
  }
}

/**
 * One kind of indicator (FSJC-SCO-1xx): what it counts, and what its value is. Kinds that count
 * cases or event reports say what one case or report adds, so that a city's cases are looked at
 * once for every indicator; the others count their records themselves.
 */
export interface IndicatorModule {
  kind: IndicatorKind;
  /** What one case adds to the numerator (undefined: the case is not counted) and the denominator. */
  perCase?(def: IndicatorDefinition): { den: number; num(f: CaseFact): number | undefined };
  /** What one event report adds to the numerator (the denominator gets 1), from its delay in ms. */
  perReport?(def: IndicatorDefinition): (lagMs: number) => number;
  /** Counts the other records of the period into the tally, at the levels in `levels`. */
  count?(def: IndicatorDefinition, facts: Facts, tally: Tally, levels: number): void;
  /** The indicator's value; undefined when nothing was counted and the indicator does not apply (FSJC-SCO-006). */
  value(def: IndicatorDefinition, num: number, den: number, caseCount: number): Rational | undefined;
}

/** Adds a record's share to the subjects of its unit and of its posts. */
export function addTo(tally: Tally, a: Pick<Attributed<unknown>, 'subjects' | 'posts'>, bits: readonly number[], levels: number, num: number, den: number): void {
  tally.add(a.subjects, bits, levels, num, den);
  tally.add(a.posts, bits, levels, num, den);
}

export const rate = (num: number, den: number): Rational | undefined => (den > 0 ? rational(BigInt(num), BigInt(den)) : undefined);
