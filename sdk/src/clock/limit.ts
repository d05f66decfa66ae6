import type { WorkingCalendar } from './calendar.js';
import type { Limit } from './limit-types.js';
import { OfficeHours } from './office-hours.js';
import { DAY_MS, dayOf, startOf } from './time.js';

/** The state of a limit at an instant (FSJC-CLK-040). */
export type ClockState = 'NOT_STARTED' | 'RUNNING' | 'SUSPENDED' | 'OVERDUE' | 'STOPPED';

/** A time that is not counted: from `start` to `end`; no end while still open (FSJC-DATA-029). */
export interface Pause { start: number; end?: number }

export interface ClockSettings {
  calendar: WorkingCalendar;
  office: OfficeHours;
  /** When a limit in days ends on its last day (FSJC-DATA-028). */
  dayLimitEnd: 'MIDNIGHT' | 'CLOSE_OF_BUSINESS';
}

export interface LimitInput {
  /** The starting instant (FSJC-DATA-026). */
  start: number;
  limit: Limit;
  /** Approved extensions (FSJC-DATA-029, FSJC-CLK-022). */
  extensions?: readonly Limit[];
  pauses?: readonly Pause[];
  /** When the limit was met: the stopping event (FSJC-CLK-010). */
  stop?: number;
  /** The instant the state is computed for; events after it are unknown (FSJC-CLK-041). */
  asOf?: number;
}

export interface LimitClock {
  /** The limit with same-unit extensions added. */
  limit: Limit;
  start: number;
  /** Last counting day (day number); absent while an open pause holds the clock before it is reached. */
  lastDay?: number;
  /** The instant the limit ends (FSJC-DATA-028); absent with lastDay. */
  dueAt?: number;
  /** Some day that decides the result lies in a year without a State Council notice (FSJC-CLK-004). */
  provisional: boolean;
  /** What elapsed and remaining count: days for limits in days, minutes for limits in hours. */
  measure: 'DAY' | 'MINUTE';
  state?: ClockState;
  /** Counting days (or office minutes) used from the start to the as-of instant or the stop. */
  elapsed?: number;
  /** Counting days (or office minutes) left until the end; negative when overdue. */
  remaining?: number;
  stoppedAt?: number;
  /** For a stopped limit: whether it stopped no later than its end. */
  met?: boolean;
  /** For a suspended limit: when the open pause began. */
  suspendedSince?: number;
}

const INF = Number.POSITIVE_INFINITY;
const NO_PAUSES: readonly Pause[] = [];
const NO_EXTENSIONS: readonly Limit[] = [];
const NO_INTERVALS: number[] = [];

/** How a limit counts: working days, natural days, or office milliseconds on the office-time axis. */
const enum Scale { WorkingDays, NaturalDays, Office }

/**
 * Paused intervals as one flat list [start0, end0, start1, end1, …], sorted and merged so that
 * overlapping pauses count once (FSJC-CLK-021). Flat, because this runs for every limit of a city.
 */
function merge(iv: number[]): number[] {
  const n = iv.length >> 1;
  if (n < 2) return iv;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = iv[2 * i - 2] <= iv[2 * i];
  if (!sorted) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) pairs.push([iv[2 * i], iv[2 * i + 1]]);
    pairs.sort((x, y) => x[0] - y[0]);
    iv = pairs.flat();
  }
  const out = [iv[0], iv[1]];
  for (let i = 1; i < n; i++) {
    const s = iv[2 * i];
    const e = iv[2 * i + 1];
    const last = out.length - 1;
    if (s <= out[last] + 1) out[last] = Math.max(out[last], e);
    else out.push(s, e);
  }
  return out;
}

/** Counting units in [a, b] (days) or [a, b) (office axis). */
function count(calendar: WorkingCalendar, scale: Scale, a: number, b: number): number {
  if (scale === Scale.Office) return b > a ? b - a : 0;
  if (b < a) return 0;
  return scale === Scale.NaturalDays ? b - a + 1 : calendar.workingDays(a, b);
}

/** The position reached `r` counting units after `p`. */
function advance(calendar: WorkingCalendar, scale: Scale, p: number, r: number): number {
  return scale === Scale.WorkingDays ? calendar.nthWorkingDayAfter(p, r) : p + r;
}

/**
 * Where the limit ends, counting `total` units after `p0` and skipping the paused intervals.
 * Undefined when an open pause is reached first (the end is not known yet). O(number of pauses).
 */
function reach(calendar: WorkingCalendar, scale: Scale, p0: number, total: number, paused: number[]): number | undefined {
  const days = scale !== Scale.Office ? 1 : 0;
  let p = p0;
  let r = total;
  for (let i = 0; i < paused.length; i += 2) {
    const s = paused[i];
    const e = paused[i + 1];
    if (e <= p) continue;
    const from = s > p + days ? s : p + days;
    const avail = count(calendar, scale, p + days, from - days);
    if (avail >= r) return advance(calendar, scale, p, r);
    r -= avail;
    if (e === INF) return undefined;
    p = e;
  }
  return advance(calendar, scale, p, r);
}

/** Counting units between a and b with the paused intervals taken out. */
function counted(calendar: WorkingCalendar, scale: Scale, a: number, b: number, paused: number[]): number {
  let n = count(calendar, scale, a, b);
  for (let i = 0; i < paused.length; i += 2) {
    const from = paused[i] > a ? paused[i] : a;
    const to = paused[i + 1] < b ? paused[i + 1] : b;
    if (scale === Scale.Office ? to > from : to >= from) n -= count(calendar, scale, from, to);
  }
  return n;
}

/**
 * The clock of one limit: where it ends and, as of an instant, its state, elapsed and remaining
 * time. Pure: the same inputs always give the same result (FSJC-CLK-041).
 */
export function computeLimit(input: LimitInput, settings: ClockSettings): LimitClock {
  return limitClock(input.start, input.limit, input.extensions, input.pauses, input.stop, input.asOf, settings);
}

/** computeLimit with its input spelled out: what the clock of a case calls for each of its limits, with no input object to build. */
export function limitClock(start: number, base: Limit, extensions: readonly Limit[] | undefined, givenPauses: readonly Pause[] | undefined,
  stop: number | undefined, asOf: number | undefined, settings: ClockSettings): LimitClock {
  const { calendar, office } = settings;
  // pauses not yet begun at the as-of instant are unknown; those still running then are open
  const given = givenPauses ?? NO_PAUSES;
  let pauses: readonly Pause[] = given;
  let trim = false;
  for (const p of given) {
    if ((p.end !== undefined && p.end < p.start) || (asOf !== undefined && (p.start > asOf || (p.end !== undefined && p.end > asOf)))) trim = true;
  }
  if (trim) {
    const kept: Pause[] = [];
    for (const p of given) {
      if (asOf !== undefined && p.start > asOf) continue;
      if (p.end !== undefined && p.end < p.start) continue;
      kept.push(asOf !== undefined && p.end !== undefined && p.end > asOf ? { start: p.start } : p);
    }
    pauses = kept;
  }
  const unit = base.unit;
  let total = base.value;
  let otherUnit: Limit[] | undefined;
  for (const x of extensions ?? NO_EXTENSIONS) {
    if (x.unit === unit) total += x.value;
    else (otherUnit ??= []).push(x);
  }
  const limit: Limit = total === base.value ? base : { value: total, unit };
  const startDay = dayOf(start);
  const scale = unit === 'WORKING_HOUR' ? Scale.Office : unit === 'NATURAL_DAY' ? Scale.NaturalDays : Scale.WorkingDays;
  const endOfDay = settings.dayLimitEnd === 'CLOSE_OF_BUSINESS' ? office.close : DAY_MS;

  let lastDay: number | undefined;
  let dueAt: number | undefined;
  let origin: number;
  // most limits have no pause: no list to allocate
  const paused: number[] = pauses.length ? [] : NO_INTERVALS;
  if (scale === Scale.Office) {
    origin = office.axis(calendar, start);
    for (const p of pauses) paused.push(office.axis(calendar, p.start), p.end === undefined ? INF : office.axis(calendar, p.end));
  } else {
    origin = startDay;
    for (const p of pauses) paused.push(dayOf(p.start), p.end === undefined ? INF : dayOf(p.end));
  }
  const merged = merge(paused);
  if (total === 0) {
    // on the spot: the limit ends on the day of the starting event (FSJC-DATA-025)
    lastDay = startDay;
    dueAt = startOf(startDay) + endOfDay;
  } else if (scale === Scale.Office) {
    const position = reach(calendar, scale, origin, total * 3_600_000, merged);
    if (position !== undefined) {
      dueAt = office.instant(calendar, position);
      lastDay = dayOf(dueAt);
    }
  } else {
    lastDay = reach(calendar, scale, origin, total, merged);
    // a period in natural days whose last day is not a working day ends on the next working day (Civil Code Art. 203)
    if (lastDay !== undefined && scale === Scale.NaturalDays) lastDay = calendar.workingDayOnOrAfter(lastDay);
    if (lastDay !== undefined) dueAt = startOf(lastDay) + endOfDay;
  }

  // an extension in another unit runs on from the end of the limit it extends (FSJC-CLK-022)
  if (otherUnit) for (const x of otherUnit) {
    if (dueAt === undefined || lastDay === undefined) break;
    const next = computeLimit({ start: x.unit === 'WORKING_HOUR' ? dueAt : startOf(lastDay), limit: x, pauses }, settings);
    lastDay = next.lastDay;
    dueAt = next.dueAt;
  }

  // every field present from the start: one object shape for all results
  const result: LimitClock = {
    limit, start, lastDay, dueAt: lastDay === undefined ? undefined : dueAt,
    provisional: calendar.provisional(startDay, lastDay ?? dayOf(asOf ?? start)),
    measure: scale === Scale.Office ? 'MINUTE' : 'DAY',
    state: undefined, elapsed: undefined, remaining: undefined, stoppedAt: undefined, met: undefined, suspendedSince: undefined,
  };
  if (asOf === undefined) return result;

  const stopped = stop !== undefined && stop <= asOf;
  const at = stopped ? stop! : asOf;
  const office_ = scale === Scale.Office;
  const position = office_ ? office.axis(calendar, at) : dayOf(at);
  const step = office_ ? 0 : 1;
  const elapsedUnits = at < start ? 0 : counted(calendar, scale, origin + step, position, merged);
  let remainingUnits: number;
  const units = office_ ? total * 3_600_000 : total;
  // the last day was reached by counting exactly `total` working days from the start, so up to it
  // what is left is what is not used (natural days moved off a rest day and chained extensions count apart)
  if (dueAt === undefined || (scale === Scale.WorkingDays && !otherUnit && at >= start && position <= lastDay!)) remainingUnits = units - elapsedUnits;
  else {
    const end = office_ ? office.axis(calendar, dueAt) : lastDay!;
    remainingUnits = at <= dueAt
      ? counted(calendar, scale, Math.max(position, origin) + step, end, merged)
      : -counted(calendar, scale, end + step, position, merged);
  }
  result.elapsed = office_ ? Math.trunc(elapsedUnits / 60_000) : elapsedUnits;
  result.remaining = office_ ? Math.trunc(remainingUnits / 60_000) : remainingUnits;

  if (stopped) {
    result.state = 'STOPPED';
    result.stoppedAt = stop;
    result.met = dueAt === undefined || stop! <= dueAt;
  } else if (asOf < start) result.state = 'NOT_STARTED';
  else if (dueAt !== undefined && asOf > dueAt) result.state = 'OVERDUE';
  else {
    result.state = 'RUNNING';
    for (const p of pauses) {
      if (p.start <= at && (p.end === undefined || at < p.end)) {
        result.state = 'SUSPENDED';
        result.suspendedSince = p.start;
        break;
      }
    }
  }
  return result;
}
