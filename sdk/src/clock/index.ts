/**
 * The clock (FSJC-CLK): working calendars and every limit of a case, as pure functions of the
 * records, the calendar and an as-of instant.
 */
export { WorkingCalendar, type DayInfo, type DayKind, type CalendarSources } from './calendar.js';
export type { NationalYear, StatutoryHolidays, StatutoryRule, LocalCalendar, LocalClosure, HolidayCode, Notice } from './calendar-data.js';
export { workingCalendar, noticedYears, type CalendarOptions } from './calendars.js';
export { lunarDay, qingmingDay } from './lunar.js';
export { OfficeHours } from './office-hours.js';
export { computeLimit, type ClockSettings, type ClockState, type LimitClock, type LimitInput, type Pause } from './limit.js';
export type { Limit, LimitUnit } from './limit-types.js';
export { clockSettings, type ClockOptions } from './settings.js';
export { CASE_ENDS, caseClock, caseLimits, caseView, latest, itemFor, byTime, type CaseClock, type CaseClockOptions, type CaseLimit, type CaseView, type TimedEvent, type LimitKind, type LimitSource } from './case-limits.js';
export { DAY_MS, dayOf, timeOfDay, startOf, parseDay, formatDay, dayParts, dayFromParts, parseInstant, formatInstant, monthStart, nextMonthStart } from './time.js';
export { caseLimitRecord } from './format.js';
