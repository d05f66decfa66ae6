import { profile as findProfile } from '../profiles/index.js';
import type { OfficeSpan, ProfileClock } from '../profiles/profile.js';
import { workingCalendar, type CalendarOptions } from './calendars.js';
import type { ClockSettings } from './limit.js';
import { OfficeHours } from './office-hours.js';

export interface ClockOptions extends CalendarOptions {
  /** Office hours instead of the profile's. */
  officeHours?: readonly OfficeSpan[];
  /** Day limits end at 24:00 or at the close of office hours, instead of the profile's choice. */
  dayLimitEnd?: ProfileClock['dayLimitEnd'];
}

/** The calendar, office hours and day-end rule of a profile (FSJC-ORG-009), with any overrides. */
export function clockSettings(options: ClockOptions = {}): ClockSettings {
  const p = findProfile(options.profile);
  return {
    calendar: workingCalendar({ ...options, profile: p.name }),
    office: new OfficeHours(options.officeHours ?? p.clock.officeHours),
    dayLimitEnd: options.dayLimitEnd ?? p.clock.dayLimitEnd,
  };
}
