/** Shapes of the calendar data in standard/calendars/ (described by standard/calendars/calendar.schema.json). */

export type HolidayCode = 'NEW_YEAR' | 'SPRING_FESTIVAL' | 'QINGMING' | 'LABOUR_DAY' | 'DRAGON_BOAT' | 'MID_AUTUMN' | 'NATIONAL_DAY';

export interface Notice { issuer_zh: string; issuer_en: string; title_zh: string; title_en: string; issued: string }

/** One year's State Council notice: the days off and the make-up working days. */
export interface NationalYear {
  year: number;
  notice: Notice;
  daysOff: { holiday: HolidayCode; from: string; to: string; note?: string }[];
  makeUpWorkdays: { holiday: HolidayCode; date: string }[];
}

/** A statutory holiday rule, applied to a year without a notice. */
export type StatutoryRule =
  | { holiday: HolidayCode; rule: 'SOLAR'; month: number; day: number; days: number }
  | { holiday: HolidayCode; rule: 'LUNAR'; month: number; day: number; days: number }
  | { holiday: HolidayCode; rule: 'SOLAR_TERM'; term: 'QINGMING'; days: number };

export interface StatutoryHolidays {
  source: { title_zh: string; title_en: string; inForceFrom: string };
  holidays: StatutoryRule[];
}

/** A local closure day: not a working day in the regions named (the whole city when none are). */
export interface LocalClosure { date: string; regions?: string[]; reason_zh: string; reason_en: string; notice?: string }

export interface LocalCalendar { profile: string; closures: LocalClosure[] }
