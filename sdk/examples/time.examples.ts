import assert from 'node:assert/strict';
import {
  byTime, clockSettings, computeLimit, dayFromParts, dayOf, dayParts, formatDay, formatInstant, lunarDay, noticedYears, parseDay,
  parseInstant, qingmingDay, startOf, timeOfDay, workingCalendar, monthStart, nextMonthStart,
} from '@fsjc/sdk';
import { example } from './example.js';

example('parseInstant', () => {
  // milliseconds since the epoch; China Standard Time when the text gives no zone
  assert.equal(parseInstant('2026-10-12T09:00:00+08:00'), Date.UTC(2026, 9, 12, 1));
  assert.equal(parseInstant('2026-10-12T09:00'), Date.UTC(2026, 9, 12, 1));
});
example('formatInstant', () => {
  assert.equal(formatInstant(Date.UTC(2026, 9, 12, 1)), '2026-10-12T09:00:00+08:00');
});
example('dayOf', () => {
  // 23:30 on 12 October in Beijing is still 12 October, whatever the machine's zone
  assert.equal(formatDay(dayOf(parseInstant('2026-10-12T23:30:00+08:00'))), '2026-10-12');
});
example('startOf', () => {
  assert.equal(formatInstant(startOf(parseDay('2026-10-12'))), '2026-10-12T00:00:00+08:00');
});
example('timeOfDay', () => {
  assert.equal(timeOfDay(parseInstant('2026-10-12T09:30:00+08:00')), 9.5 * 3_600_000);
});
example('monthStart', () => {
  assert.equal(formatInstant(monthStart(parseInstant('2026-10-31T23:59:00+08:00'))), '2026-10-01T00:00:00+08:00');
});
example('nextMonthStart', () => {
  assert.equal(formatInstant(nextMonthStart(parseInstant('2026-12-15T10:00:00+08:00'))), '2027-01-01T00:00:00+08:00');
});
example('parseDay', () => {
  assert.equal(parseDay('1970-01-02'), 1);
});
example('formatDay', () => {
  assert.equal(formatDay(parseDay('2026-10-12') + 1), '2026-10-13');
});
example('dayParts', () => {
  // weekday 1 is Monday
  assert.deepEqual(dayParts(parseDay('2026-10-12')), { year: 2026, month: 10, date: 12, weekday: 1 });
});
example('dayFromParts', () => {
  assert.equal(formatDay(dayFromParts(2026, 10, 12)), '2026-10-12');
});
example('lunarDay', () => {
  // the Spring Festival (first day of the first lunar month) of lunar year 2027
  assert.equal(formatDay(lunarDay(2027, 1, 1)), '2027-02-06');
});
example('qingmingDay', () => {
  assert.equal(formatDay(qingmingDay(2026)), '2026-04-05');
});
example('noticedYears', () => {
  // the years with a State Council holiday notice in standard/calendars/national/
  assert.ok(noticedYears().includes(2026));
});
example('workingCalendar', () => {
  const calendar = workingCalendar({ profile: 'foshan' });
  assert.equal(calendar.isWorkingDay(parseDay('2026-10-05')), false); // National Day
  assert.equal(calendar.isWorkingDay(parseDay('2026-10-10')), true); // a Saturday made a working day
});
example('clockSettings', () => {
  const settings = clockSettings({ profile: 'foshan' });
  assert.equal(settings.dayLimitEnd, 'MIDNIGHT');
  assert.ok(settings.office.perDay > 0);
});
example('computeLimit', () => {
  // 5 working days from acceptance on Monday 12 October 2026: the last day is Monday 19 October
  const clock = computeLimit({ start: parseInstant('2026-10-12T10:00'), limit: { value: 5, unit: 'WORKING_DAY' }, asOf: parseInstant('2026-10-14T12:00') }, clockSettings());
  assert.equal(formatDay(clock.lastDay!), '2026-10-19');
  assert.equal(clock.state, 'RUNNING');
  assert.equal(clock.remaining, 3);
});
example('byTime', () => {
  const e = (id: string, at: string) => ({ event: { id } as never, at: parseInstant(at) });
  const sorted = [e('B', '2026-10-12T10:00'), e('A', '2026-10-12T10:00'), e('C', '2026-10-12T09:00')].sort(byTime);
  assert.deepEqual(sorted.map((x) => (x.event as { id: string }).id), ['C', 'A', 'B']);
});
