import type { HolidayCode, LocalClosure, NationalYear, StatutoryHolidays } from './calendar-data.js';
import { lunarDay, qingmingDay } from './lunar.js';
import { dayFromParts, dayParts, formatDay, parseDay } from './time.js';

/** Why a day is or is not a working day (FSJC-DATA-027). */
export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKE_UP_WORKDAY' | 'LOCAL_CLOSURE';

export interface DayInfo {
  date: string;
  kind: DayKind;
  working: boolean;
  holiday?: HolidayCode;
  /** The year has no State Council notice: the day follows the statutory fallback (FSJC-CLK-004). */
  provisional: boolean;
}

export interface CalendarSources {
  national: readonly NationalYear[];
  statutory: StatutoryHolidays;
  closures?: readonly LocalClosure[];
  /** The region a calendar is built for: closures naming other regions are left out (FSJC-CLK-003). */
  region?: string;
  firstYear?: number;
  lastYear?: number;
}

const KIND_CODES: DayKind[] = ['WORKDAY', 'WEEKEND', 'HOLIDAY', 'MAKE_UP_WORKDAY', 'LOCAL_CLOSURE'];

/**
 * A working calendar over a range of years with a precomputed index, so that counting the working
 * days between two dates and finding the n-th working day after a date are O(1) (FSJC-CLK-002).
 */
export class WorkingCalendar {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** before[i]: working days in [firstDay, firstDay + i). */
  private readonly before: Int32Array;
  /** ordinal[k]: the day number of the k-th working day of the range (from 0). */
  private readonly ordinal: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly holidays = new Map<number, HolidayCode>();
  private readonly provisionalYears: Set<number>;
  /** provisionalBefore[i]: days in years without a notice in [firstDay, firstDay + i). */
  private readonly provisionalBefore: Int32Array;

  constructor(sources: CalendarSources) {
    this.firstYear = sources.firstYear ?? 2000;
    this.lastYear = sources.lastYear ?? 2099;
    this.firstDay = dayFromParts(this.firstYear, 1, 1);
    this.lastDay = dayFromParts(this.lastYear, 12, 31);
    const n = this.lastDay - this.firstDay + 1;
    this.kinds = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const wd = (this.firstDay + i + 4) % 7; // 1970-01-01 was a Thursday
      this.kinds[i] = wd === 0 || wd === 6 ? 1 : 0;
    }
    const noticed = new Map(sources.national.map((y) => [y.year, y]));
    this.provisionalYears = new Set();
    for (let year = this.firstYear; year <= this.lastYear; year++) {
      const notice = noticed.get(year);
      if (notice) this.applyNotice(notice);
      else {
        this.provisionalYears.add(year);
        this.applyStatutory(year, sources.statutory);
      }
    }
    for (const c of sources.closures ?? []) {
      if (c.regions?.length && !(sources.region && c.regions.some((r) => appliesTo(r, sources.region!)))) continue;
      const day = parseDay(c.date);
      if (this.inRange(day)) this.kinds[day - this.firstDay] = 4;
    }
    this.before = new Int32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      this.before[i] = count;
      if (this.kinds[i] === 0 || this.kinds[i] === 3) count++;
    }
    this.before[n] = count;
    this.provisionalBefore = new Int32Array(n + 1);
    for (let i = 0, p = 0, year = this.firstYear, next = dayFromParts(year + 1, 1, 1); i <= n; i++) {
      if (this.firstDay + i >= next) next = dayFromParts(++year + 1, 1, 1);
      this.provisionalBefore[i] = p;
      if (i < n && this.provisionalYears.has(year)) p++;
    }
    this.ordinal = new Int32Array(count);
    for (let i = 0, k = 0; i < n; i++) if (this.kinds[i] === 0 || this.kinds[i] === 3) this.ordinal[k++] = this.firstDay + i;
  }

  private inRange(day: number): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  private setHoliday(day: number, holiday: HolidayCode): void {
    if (!this.inRange(day)) return;
    this.kinds[day - this.firstDay] = 2;
    this.holidays.set(day, holiday);
  }

  private applyNotice(y: NationalYear): void {
    for (const off of y.daysOff) {
      for (let d = parseDay(off.from); d <= parseDay(off.to); d++) this.setHoliday(d, off.holiday);
    }
    for (const w of y.makeUpWorkdays) {
      const d = parseDay(w.date);
      if (this.inRange(d)) this.kinds[d - this.firstDay] = 3;
    }
  }

  /** A year without a notice: the statutory holidays, no make-up days (FSJC-CLK-004). */
  private applyStatutory(year: number, statutory: StatutoryHolidays): void {
    for (const h of statutory.holidays) {
      let first: number;
      if (h.rule === 'SOLAR') first = dayFromParts(year, h.month, h.day);
      else if (h.rule === 'LUNAR') first = lunarDay(year, h.month, h.day);
      else first = qingmingDay(year);
      for (let i = 0; i < h.days; i++) this.setHoliday(first + i, h.holiday);
    }
  }

  private check(day: number): number {
    if (!this.inRange(day)) {
      throw new RangeError(`${formatDay(day)} is outside the working calendar (${this.firstYear}–${this.lastYear})`);
    }
    return day - this.firstDay;
  }

  isWorkingDay(day: number): boolean {
    const k = this.kinds[this.check(day)];
    return k === 0 || k === 3;
  }

  info(day: number): DayInfo {
    const i = this.check(day);
    const kind = KIND_CODES[this.kinds[i]];
    const holiday = this.holidays.get(day);
    return {
      date: formatDay(day), kind, working: kind === 'WORKDAY' || kind === 'MAKE_UP_WORKDAY',
      ...(holiday && kind === 'HOLIDAY' ? { holiday } : {}),
      provisional: this.provisionalYears.has(dayParts(day).year),
    };
  }

  /** Working days strictly before `day` within the range. */
  countBefore(day: number): number {
    return this.before[this.check(day)];
  }

  /** Working days in [from, to], both included; 0 when to < from. */
  workingDays(from: number, to: number): number {
    if (to < from) return 0;
    return this.before[this.check(to) + 1] - this.before[this.check(from)];
  }

  /** The n-th working day strictly after `day` (n ≥ 1); `day` itself for n = 0. */
  nthWorkingDayAfter(day: number, n: number): number {
    if (n <= 0) return day;
    const k = this.before[this.check(day) + 1] + n - 1;
    if (k >= this.ordinal.length) throw new RangeError(`the working calendar ends before working day ${n} after ${formatDay(day)}`);
    return this.ordinal[k];
  }

  /** The n-th working day strictly before `day` (n ≥ 1); `day` itself for n = 0. */
  nthWorkingDayBefore(day: number, n: number): number {
    if (n <= 0) return day;
    const k = this.before[this.check(day)] - n;
    if (k < 0) throw new RangeError(`the working calendar starts after working day ${n} before ${formatDay(day)}`);
    return this.ordinal[k];
  }

  /** The day of the k-th working day of the range (from 0). */
  workingDayAt(k: number): number {
    if (k < 0 || k >= this.ordinal.length) throw new RangeError('outside the working calendar');
    return this.ordinal[k];
  }

  /** The first working day on or after `day`. */
  workingDayOnOrAfter(day: number): number {
    return this.isWorkingDay(day) ? day : this.nthWorkingDayAfter(day, 1);
  }

  /** Whether any day in [from, to] lies in a year without a notice (FSJC-CLK-004). */
  provisional(from: number, to: number): boolean {
    const a = Math.max(Math.min(from, to), this.firstDay) - this.firstDay;
    const b = Math.min(Math.max(from, to), this.lastDay) - this.firstDay;
    return a > b || this.provisionalBefore[b + 1] > this.provisionalBefore[a];
  }

  /** Whether the year has a State Council notice in this calendar. */
  hasNotice(year: number): boolean {
    return year >= this.firstYear && year <= this.lastYear && !this.provisionalYears.has(year);
  }
}

/** A closure for region `scope` applies to `region` when it names it, its city or its province. */
function appliesTo(scope: string, region: string): boolean {
  if (scope === region) return true;
  if (scope.endsWith('0000')) return region.startsWith(scope.slice(0, 2));
  if (scope.endsWith('00')) return region.startsWith(scope.slice(0, 4));
  return false;
}

