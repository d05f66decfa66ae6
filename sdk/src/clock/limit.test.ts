import { describe, expect, it } from 'vitest';
import { naiveLastDay } from '../../../tests/support/naive-clock.js';
import { computeLimit } from './limit.js';
import { clockSettings } from './settings.js';
import { dayOf, formatDay, parseDay, parseInstant, startOf } from './time.js';
import { randomInts } from '../../../tests/support/random.js';

const settings = clockSettings();

describe('limits in days against a day-by-day walk (FSJC-DATA-026..029, FSJC-CLK-021)', () => {
  it('agree on 20,000 random limits with up to three pauses, open or closed, overlapping or not', () => {
    const random = randomInts(42);
    const first = parseDay('2025-01-01');
    for (let i = 0; i < 20_000; i++) {
      const startDay = first + random(700);
      const unit = random(4) === 0 ? 'NATURAL_DAY' : 'WORKING_DAY';
      const value = random(46);
      const pauses = Array.from({ length: random(4) }, () => {
        const s = startDay - 3 + random(60);
        return random(5) === 0 ? { startDay: s } : { startDay: s, endDay: s + random(15) };
      });
      const r = computeLimit({
        start: startOf(startDay) + random(86_400_000), limit: { value, unit },
        pauses: pauses.map((p) => ({ start: startOf(p.startDay) + 3_600_000 * 10, ...(p.endDay !== undefined ? { end: startOf(p.endDay) + 3_600_000 * 15 } : {}) })),
      }, settings);
      const want = naiveLastDay(settings.calendar, startDay, value, unit, pauses);
      expect(r.lastDay === undefined ? undefined : formatDay(r.lastDay), JSON.stringify({ start: formatDay(startDay), value, unit, pauses })).toBe(want === undefined ? undefined : formatDay(want));
    }
  });
});

describe('limit state (FSJC-CLK-040)', () => {
  const base = { start: parseInstant('2026-09-30T10:00:00+08:00'), limit: { value: 20, unit: 'WORKING_DAY' as const } };
  it('is not computed without an as-of instant', () => {
    const r = computeLimit(base, settings);
    expect(r.state).toBeUndefined();
    expect(r.elapsed).toBeUndefined();
  });

  it('counts elapsed plus remaining to the limit on every day while running', () => {
    for (let d = dayOf(base.start); d <= parseDay('2026-11-03'); d++) {
      const r = computeLimit({ ...base, asOf: startOf(d) + 12 * 3_600_000 }, settings);
      expect(r.elapsed! + r.remaining!, formatDay(d)).toBe(20);
    }
  });

  it('ignores pauses that begin after the as-of instant and treats one ending after it as open', () => {
    const pauses = [{ start: parseInstant('2026-10-12T10:00:00+08:00'), end: parseInstant('2026-10-14T09:00:00+08:00') }];
    expect(computeLimit({ ...base, pauses, asOf: parseInstant('2026-10-09T10:00:00+08:00') }, settings)).toMatchObject({ state: 'RUNNING', lastDay: parseDay('2026-11-03') });
    const held = computeLimit({ ...base, pauses, asOf: parseInstant('2026-10-13T10:00:00+08:00') }, settings);
    expect(held.state).toBe('SUSPENDED');
    expect(held.lastDay).toBeUndefined();
  });
});

describe('time zone (FSJC-CLK-001)', () => {
  it('reads instants in any offset and writes them in China Standard Time', () => {
    expect(dayOf(parseInstant('2026-11-16T16:00:00Z'))).toBe(parseDay('2026-11-17'));
    expect(dayOf(parseInstant('2026-11-16T15:59:59Z'))).toBe(parseDay('2026-11-16'));
    expect(() => parseInstant('2026-02-30T10:00:00+08:00')).toThrow(/no such date/);
    expect(() => parseInstant('yesterday')).toThrow(/not an ISO 8601 date-time/);
  });

  it('converts days and dates by arithmetic exactly as the JavaScript calendar does, 1900–2200', () => {
    for (let day = -25567; day <= 84006; day += 13) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(formatDay(day)).toBe(iso);
      expect(parseDay(iso)).toBe(day);
    }
    expect(() => parseDay('2100-02-29')).toThrow(/no such date/);
    expect(parseDay('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
  });
});
