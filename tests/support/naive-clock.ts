/**
 * A naive clock: walks day by day. It is the baseline the benchmark compares with and the oracle
 * the property tests check the indexed clock against, so it must stay obviously right, not fast.
 */
/** All the naive clock needs of a calendar. */
export interface DayCalendar { isWorkingDay(day: number): boolean }

export interface NaivePause { startDay: number; endDay?: number }

/** The last day of a limit in days (FSJC-DATA-026..029), or undefined while an open pause holds it. */
export function naiveLastDay(calendar: DayCalendar, startDay: number, value: number, unit: 'WORKING_DAY' | 'NATURAL_DAY', pauses: readonly NaivePause[]): number | undefined {
  if (value === 0) return startDay;
  let day = startDay;
  let counted = 0;
  while (counted < value) {
    day++;
    const paused = pauses.some((p) => p.startDay <= day && (p.endDay === undefined || day <= p.endDay));
    if (paused && pauses.some((p) => p.endDay === undefined && p.startDay <= day)) return undefined;
    if (!paused && (unit === 'NATURAL_DAY' || calendar.isWorkingDay(day))) counted++;
  }
  if (unit === 'NATURAL_DAY') while (!calendar.isWorkingDay(day)) day++;
  return day;
}

/** Elapsed and remaining counting days as of `today` (FSJC-CLK-040), walking day by day. */
export function naiveState(calendar: DayCalendar, startDay: number, lastDay: number | undefined, value: number, unit: 'WORKING_DAY' | 'NATURAL_DAY', pauses: readonly NaivePause[], today: number): { elapsed: number; remaining: number } {
  const counts = (d: number) => !pauses.some((p) => p.startDay <= d && (p.endDay === undefined || d <= p.endDay)) && (unit === 'NATURAL_DAY' || calendar.isWorkingDay(d));
  let elapsed = 0;
  for (let d = startDay + 1; d <= today; d++) if (counts(d)) elapsed++;
  if (lastDay === undefined) return { elapsed, remaining: value - elapsed };
  let remaining = 0;
  if (today <= lastDay) for (let d = Math.max(today, startDay) + 1; d <= lastDay; d++) { if (counts(d)) remaining++; }
  else for (let d = lastDay + 1; d <= today; d++) if (counts(d)) remaining--;
  return { elapsed, remaining };
}
