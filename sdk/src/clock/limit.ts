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

/** Closed intervals sorted and merged: overlapping pauses count once (FSJC-CLK-021). */
function merge(intervals: [number, number][]): [number, number][] {
  intervals.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const iv of intervals) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1] + 1) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

/** A counting scale: working days, natural days, or office milliseconds on the office-time axis. */
interface Scale {
  /** Counting units in [a, b] (days) or (a, b] (office axis). */
  count(a: number, b: number): number;
  /** The position reached after `r` counting units past `p`. */
  advance(p: number, r: number): number;
}

/**
 * Where the limit ends, counting `total` units after `p0` and skipping the paused intervals.
 * Returns undefined when an open pause is reached first (the end is not known yet).
 */
function reach(scale: Scale, p0: number, total: number, paused: [number, number][], dayScale: boolean): number | undefined {
  let p = p0;
  let r = total;
  for (const [s, e] of paused) {
    if (e <= p) continue;
    const from = Math.max(s, dayScale ? p + 1 : p);
    const avail = scale.count(dayScale ? p + 1 : p, dayScale ? from - 1 : from);
    if (avail >= r) return scale.advance(p, r);
    r -= avail;
    if (e === INF) return undefined;
    p = e;
  }
  return scale.advance(p, r);
}

/** Counting units between a and b with the paused intervals taken out. */
function counted(scale: Scale, a: number, b: number, paused: [number, number][], dayScale: boolean): number {
  let n = scale.count(a, b);
  for (const [s, e] of paused) {
    const from = Math.max(s, a);
    const to = Math.min(e, b);
    if (dayScale ? to >= from : to > from) n -= scale.count(from, to);
  }
  return n;
}

/**
 * The clock of one limit: where it ends and, as of an instant, its state, elapsed and remaining
 * time. Pure: the same inputs always give the same result (FSJC-CLK-041).
 */
export function computeLimit(input: LimitInput, settings: ClockSettings): LimitClock {
  const { calendar, office } = settings;
  const asOf = input.asOf;
  // pauses not yet begun at the as-of instant are unknown; those still running are open
  const pauses: Pause[] = (input.pauses ?? [])
    .filter((p) => asOf === undefined || p.start <= asOf)
    .map((p) => (asOf !== undefined && p.end !== undefined && p.end > asOf ? { start: p.start } : p))
    .filter((p) => p.end === undefined || p.end >= p.start);
  const unit = input.limit.unit;
  const sameUnit = (input.extensions ?? []).filter((x) => x.unit === unit);
  const otherUnit = (input.extensions ?? []).filter((x) => x.unit !== unit);
  const total = input.limit.value + sameUnit.reduce((sum, x) => sum + x.value, 0);
  const limit: Limit = { value: total, unit };
  const startDay = dayOf(input.start);

  let lastDay: number | undefined;
  let dueAt: number | undefined;
  let scale: Scale;
  let origin: number;
  let paused: [number, number][];
  let dayScale: boolean;
  let measure: 'DAY' | 'MINUTE';

  const dayEnd = (day: number) => (settings.dayLimitEnd === 'CLOSE_OF_BUSINESS' ? startOf(day) + office.close : startOf(day) + DAY_MS);

  if (unit === 'WORKING_HOUR') {
    dayScale = false;
    measure = 'MINUTE';
    scale = { count: (a, b) => Math.max(0, b - a), advance: (p, r) => p + r };
    origin = office.axis(calendar, input.start);
    paused = merge(pauses.map((p) => [office.axis(calendar, p.start), p.end === undefined ? INF : office.axis(calendar, p.end)]));
    if (total === 0) {
      lastDay = startDay;
      dueAt = dayEnd(startDay);
    } else {
      const position = reach(scale, origin, total * 3_600_000, paused, false);
      if (position !== undefined) {
        dueAt = office.instant(calendar, position);
        lastDay = dayOf(dueAt);
      }
    }
  } else {
    dayScale = true;
    measure = 'DAY';
    scale = unit === 'WORKING_DAY'
      ? { count: (a, b) => calendar.workingDays(a, b), advance: (p, r) => calendar.nthWorkingDayAfter(p, r) }
      : { count: (a, b) => Math.max(0, b - a + 1), advance: (p, r) => p + r };
    origin = startDay;
    paused = merge(pauses.map((p) => [dayOf(p.start), p.end === undefined ? INF : dayOf(p.end)]));
    lastDay = total === 0 ? startDay : reach(scale, origin, total, paused, true);
    // a period in natural days whose last day is not a working day ends on the next working day (Civil Code Art. 203)
    if (lastDay !== undefined && unit === 'NATURAL_DAY' && total > 0) lastDay = calendar.workingDayOnOrAfter(lastDay);
    if (lastDay !== undefined) dueAt = dayEnd(lastDay);
  }

  // an extension in another unit runs on from the end of the limit it extends (FSJC-CLK-022)
  for (const x of otherUnit) {
    if (dueAt === undefined || lastDay === undefined) break;
    const next = computeLimit({ start: x.unit === 'WORKING_HOUR' ? dueAt : startOf(lastDay), limit: x, pauses }, settings);
    lastDay = next.lastDay;
    dueAt = next.dueAt;
  }

  const result: LimitClock = {
    limit, start: input.start,
    ...(lastDay !== undefined ? { lastDay, dueAt } : {}),
    provisional: calendar.provisional(startDay, lastDay ?? dayOf(asOf ?? input.start)),
    measure,
  };
  if (asOf === undefined) return result;

  const stopped = input.stop !== undefined && input.stop <= asOf;
  const at = stopped ? input.stop! : asOf;
  const position = dayScale ? dayOf(at) : office.axis(calendar, at);
  const elapsedUnits = at < input.start ? 0 : dayScale
    ? counted(scale, origin + 1, position, paused, true)
    : counted(scale, origin, position, paused, false);
  let remainingUnits: number;
  if (dueAt === undefined) remainingUnits = (dayScale ? total : total * 3_600_000) - elapsedUnits;
  else {
    const end = dayScale ? lastDay! : office.axis(calendar, dueAt);
    const from = Math.max(position, origin);
    remainingUnits = at <= dueAt
      ? (dayScale ? counted(scale, from + 1, end, paused, true) : counted(scale, from, end, paused, false))
      : -(dayScale ? counted(scale, end + 1, position, paused, true) : counted(scale, end, position, paused, false));
  }
  const toMeasure = (v: number) => (dayScale ? v : Math.trunc(v / 60_000));
  result.elapsed = toMeasure(elapsedUnits);
  result.remaining = toMeasure(remainingUnits);

  const open = pauses.find((p) => p.start <= at && (p.end === undefined || at < p.end));
  if (stopped) {
    result.state = 'STOPPED';
    result.stoppedAt = input.stop;
    result.met = dueAt === undefined || input.stop! <= dueAt;
  } else if (asOf < input.start) result.state = 'NOT_STARTED';
  else if (dueAt !== undefined && asOf > dueAt) result.state = 'OVERDUE';
  else if (open) {
    result.state = 'SUSPENDED';
    result.suspendedSince = open.start;
  } else result.state = 'RUNNING';
  return result;
}
