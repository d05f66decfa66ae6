import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar.js';
import { workingCalendar } from './calendars.js';
import { lunarDay, qingmingDay } from './lunar.js';
import { dayFromParts, formatDay, parseDay } from './time.js';
import { NATIONAL_YEARS, STATUTORY_HOLIDAYS } from '../generated/calendars.js';
import { randomInts } from '../../../tests/support/random.js';

// an independent source of the 2025–2026 arrangements and of lunar and solar-term dates
const chineseDays = createRequire(import.meta.url)('chinese-days') as {
  isWorkday(date: string): boolean;
  getSolarDateFromLunar(date: string): { date: string };
  getSolarTermDate(year: number, month: number, term: string): string;
};

const calendar = workingCalendar();

describe('working calendar (FSJC-DATA-027, FSJC-CLK-002)', () => {
  it('agrees with the chinese-days package on every day of 2025 and 2026', () => {
    const differ: string[] = [];
    for (let d = parseDay('2025-01-01'); d <= parseDay('2026-12-31'); d++) {
      if (calendar.isWorkingDay(d) !== chineseDays.isWorkday(formatDay(d))) differ.push(formatDay(d));
    }
    expect(differ).toEqual([]);
  });

  it('has the State Council notices of 2025 and 2026 and nothing else', () => {
    expect(NATIONAL_YEARS.map((y) => y.year)).toEqual([2025, 2026]);
    expect(calendar.hasNotice(2026)).toBe(true);
    expect(calendar.hasNotice(2027)).toBe(false);
  });

  it('counts and finds working days by its index exactly as a walk over the days does', () => {
    const random = randomInts(7);
    const first = parseDay('2024-06-01');
    for (let i = 0; i < 2000; i++) {
      const a = first + random(1200);
      const b = a + random(90);
      let walk = 0;
      for (let d = a; d <= b; d++) if (calendar.isWorkingDay(d)) walk++;
      expect(calendar.workingDays(a, b)).toBe(walk);
      const n = random(40);
      let day = a;
      for (let k = 0; k < n; ) if (calendar.isWorkingDay(++day)) k++;
      expect(calendar.nthWorkingDayAfter(a, n)).toBe(day);
    }
  });

  it('says why a day is or is not worked', () => {
    expect(calendar.info(parseDay('2026-02-14'))).toEqual({ date: '2026-02-14', kind: 'MAKE_UP_WORKDAY', working: true, provisional: false });
    expect(calendar.info(parseDay('2026-10-01'))).toMatchObject({ kind: 'HOLIDAY', holiday: 'NATIONAL_DAY', working: false });
    expect(calendar.info(parseDay('2027-10-01'))).toMatchObject({ kind: 'HOLIDAY', holiday: 'NATIONAL_DAY', provisional: true });
  });

  it('refuses days outside its range with a clear error', () => {
    expect(() => calendar.isWorkingDay(parseDay('1999-12-31'))).toThrow(/1999-12-31 is outside the working calendar \(2000–2099\)/);
    expect(() => calendar.nthWorkingDayAfter(parseDay('2099-12-30'), 10)).toThrow(/ends before/);
  });
});

describe('local closures (FSJC-CLK-003)', () => {
  const closures = [{ date: '2026-09-15', regions: ['440604'], reason_zh: '台风停工', reason_en: 'typhoon' }, { date: '2026-09-16', reason_zh: '台风停工', reason_en: 'typhoon' }];
  it('apply to the regions they name, and to the whole city when they name none', () => {
    const chancheng = workingCalendar({ region: '440604', closures });
    const nanhai = workingCalendar({ region: '440605', closures });
    expect(chancheng.isWorkingDay(parseDay('2026-09-15'))).toBe(false);
    expect(nanhai.isWorkingDay(parseDay('2026-09-15'))).toBe(true);
    expect(nanhai.isWorkingDay(parseDay('2026-09-16'))).toBe(false);
    expect(calendar.isWorkingDay(parseDay('2026-09-16'))).toBe(true);
  });
});

describe('statutory fallback for years without a notice (FSJC-CLK-004, FSJC-CLK-005)', () => {
  it('puts the Spring Festival, Dragon Boat and Mid-Autumn on the lunar dates chinese-days gives, 2027–2099', () => {
    for (let y = 2027; y <= 2099; y++) {
      expect(formatDay(lunarDay(y, 1, 1)), `${y} 春节`).toBe(chineseDays.getSolarDateFromLunar(`${y}-01-01`).date);
      expect(formatDay(lunarDay(y, 5, 5)), `${y} 端午`).toBe(chineseDays.getSolarDateFromLunar(`${y}-05-05`).date);
      expect(formatDay(lunarDay(y, 8, 15)), `${y} 中秋`).toBe(chineseDays.getSolarDateFromLunar(`${y}-08-15`).date);
    }
  });

  it('puts Qingming on the solar-term date chinese-days gives, 2000–2099', () => {
    for (let y = 2000; y <= 2099; y++) expect(formatDay(qingmingDay(y)), String(y)).toBe(chineseDays.getSolarTermDate(y, 4, 'pure_brightness'));
  });

  it('gives each fallback year the 13 statutory days off and no make-up days', () => {
    const c = new WorkingCalendar({ national: [], statutory: STATUTORY_HOLIDAYS, firstYear: 2030, lastYear: 2030 });
    let off = 0;
    for (let d = dayFromParts(2030, 1, 1); d <= dayFromParts(2030, 12, 31); d++) if (c.info(d).kind === 'HOLIDAY') off++;
    expect(off).toBe(13);
    expect(c.provisional(dayFromParts(2030, 1, 1), dayFromParts(2030, 1, 1))).toBe(true);
  });
});
