import { LUNAR_FIRST_YEAR, LUNAR_YEARS } from '../generated/calendars.js';
import { dayFromParts, parseDay } from './time.js';

/**
 * Lunar and solar-term dates for the statutory fallback calendar (FSJC-CLK-005).
 * Lunar dates come from the published month table (standard/calendars/lunar.json).
 */
interface LunarYear { newYear: number; leapMonth: number; months: number[] }

const cache = new Map<number, LunarYear>();

function lunarYear(year: number): LunarYear {
  let y = cache.get(year);
  if (y) return y;
  const row = LUNAR_YEARS[year - LUNAR_FIRST_YEAR];
  if (row === undefined) throw new RangeError(`lunar year ${year} is outside the lunar table (${LUNAR_FIRST_YEAR}–${LUNAR_FIRST_YEAR + LUNAR_YEARS.length - 1})`);
  const [date, leap, lengths] = row.split(':');
  y = { newYear: parseDay(date), leapMonth: Number(leap), months: [...lengths].map((c) => (c === '0' ? 30 : 29)) };
  cache.set(year, y);
  return y;
}

/**
 * The day number of a lunar date in lunar year `year` (not the leap month). Day 0 of month 1 is
 * the last day of the previous lunar year (除夕), whether that year's last month has 29 or 30 days.
 */
export function lunarDay(year: number, month: number, day: number): number {
  const y = lunarYear(year);
  let offset = 0;
  // months are in order with the leap month after the month it repeats
  const index = month - 1 + (y.leapMonth > 0 && y.leapMonth < month ? 1 : 0);
  for (let i = 0; i < index; i++) offset += y.months[i];
  return y.newYear + offset + day - 1;
}

/**
 * 清明 (Qingming) in China Standard Time, 2000–2099: [Y × 0.2422 + 4.81] − [Y / 4], Y the last two
 * digits of the year, the usual closed form of the solar-term date for this century.
 */
export function qingmingDay(year: number): number {
  if (year < 2000 || year > 2099) throw new RangeError(`Qingming is computed for 2000–2099 only, not ${year}`);
  const y = year % 100;
  return dayFromParts(year, 4, Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4));
}
