import type { OfficeSpan } from '../profiles/profile.js';
import type { WorkingCalendar } from './calendar.js';
import { dayOf, parseClockTime, startOf, timeOfDay } from './time.js';

/**
 * Office hours of a working day and the "office time" axis built on them (FSJC-CLK-030): the office
 * milliseconds from the start of the calendar to an instant, so that an hour limit is arithmetic on
 * one number instead of a walk over days.
 */
export class OfficeHours {
  readonly spans: readonly { from: number; to: number }[];
  /** Office milliseconds in one working day. */
  readonly perDay: number;
  /** When the last span closes, ms after midnight. */
  readonly close: number;

  constructor(spans: readonly OfficeSpan[]) {
    if (!spans.length) throw new RangeError('office hours need at least one span');
    this.spans = spans.map((s) => ({ from: parseClockTime(s.from), to: parseClockTime(s.to) }));
    let last = -1;
    for (const s of this.spans) {
      if (s.from >= s.to || s.from < last) throw new RangeError('office hour spans must be in order and must not overlap');
      last = s.to;
    }
    this.perDay = this.spans.reduce((sum, s) => sum + s.to - s.from, 0);
    this.close = last;
  }

  /** Office milliseconds of a working day that have passed at time of day `t`. */
  passed(t: number): number {
    let sum = 0;
    for (const s of this.spans) {
      if (t <= s.from) break;
      sum += Math.min(t, s.to) - s.from;
    }
    return sum;
  }

  /** The time of day at which `office` ms (0 < office ≤ perDay) of a working day have passed: the end of that office time. */
  timeAt(office: number): number {
    let left = office;
    for (const s of this.spans) {
      const len = s.to - s.from;
      if (left <= len) return s.from + left;
      left -= len;
    }
    return this.close;
  }

  /** Position of an instant on the office-time axis of a calendar. */
  axis(calendar: WorkingCalendar, ms: number): number {
    const day = dayOf(ms);
    const before = calendar.countBefore(day) * this.perDay;
    return calendar.isWorkingDay(day) ? before + this.passed(timeOfDay(ms)) : before;
  }

  /** The instant at which the office-time axis reaches `position`: the end of the last office minute counted. */
  instant(calendar: WorkingCalendar, position: number): number {
    const index = Math.max(0, Math.ceil(position / this.perDay) - 1);
    const day = calendar.workingDayAt(index);
    return startOf(day) + this.timeAt(position - index * this.perDay);
  }
}
