import { LOCAL_CALENDARS, NATIONAL_YEARS, STATUTORY_HOLIDAYS } from '../generated/calendars.js';
import { profile as findProfile } from '../profiles/index.js';
import type { LocalClosure } from './calendar-data.js';
import { WorkingCalendar } from './calendar.js';

export interface CalendarOptions {
  /** Profile whose local closures apply; the default profile when omitted. */
  profile?: string;
  /** Region (GB/T 2260) of the handling unit: closures limited to other districts are left out. */
  region?: string;
  /** Further closures, e.g. announced today and not yet published (FSJC-CLK-003). */
  closures?: readonly LocalClosure[];
}

const cache = new Map<string, WorkingCalendar>();

/**
 * The working calendar of the standard: the national notices, the statutory fallback for other
 * years, and the profile's local closures (FSJC-DATA-027, FSJC-CLK-002..004).
 */
export function workingCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const name = findProfile(options.profile).name;
  const key = options.closures?.length ? undefined : `${name}|${options.region ?? ''}`;
  const hit = key && cache.get(key);
  if (hit) return hit;
  const calendar = new WorkingCalendar({
    national: NATIONAL_YEARS,
    statutory: STATUTORY_HOLIDAYS,
    closures: [...(LOCAL_CALENDARS[name]?.closures ?? []), ...(options.closures ?? [])],
    region: options.region,
  });
  if (key) cache.set(key, calendar);
  return calendar;
}

/** The years for which a State Council notice is published. */
export function noticedYears(): number[] {
  return NATIONAL_YEARS.map((y) => y.year);
}
