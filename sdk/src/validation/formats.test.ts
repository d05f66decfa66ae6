import { describe, expect, it } from 'vitest';
import { date, dateTime, email } from './formats.js';

describe('formats (FSJC-DATA-005)', () => {
  it('accepts real RFC 3339 date-times with an offset', () => {
    for (const v of ['2026-10-09T09:30:00+08:00', '2026-10-09T01:30:00Z', '2024-02-29T23:59:59-05:30', '2026-10-09T09:30:00.123+08:00', '2016-12-31T23:59:60Z', '2017-01-01T07:59:60+08:00']) expect(dateTime(v), v).toBe(true);
  });
  it('refuses impossible dates and times, and missing offsets', () => {
    for (const v of ['2026-02-29T09:30:00+08:00', '2026-04-31T09:30:00+08:00', '2026-13-01T09:30:00+08:00', '2026-10-09T24:00:00+08:00', '2026-10-09T09:60:00+08:00',
      '2026-10-09T09:30:00', '2026-10-09 09:30:00+08:00', '2026-10-09T09:30:00+24:00', '2026-10-09T09:30:00.+08:00', '2026-10-09T12:00:60+08:00', '1900-02-29T00:00:00Z']) expect(dateTime(v), v).toBe(false);
  });
  it('checks calendar dates, leap years included', () => {
    expect(date('2024-02-29')).toBe(true);
    expect(date('2000-02-29')).toBe(true);
    expect(date('2100-02-29')).toBe(false);
    expect(date('2026-06-31')).toBe(false);
    expect(date('2026-6-30')).toBe(false);
  });
  it('checks e-mail addresses loosely but refuses the obviously wrong', () => {
    expect(email('jiancha@foshan.gov.cn')).toBe(true);
    for (const v of ['no-at.example.cn', '@foshan.gov.cn', 'a@b', 'a b@foshan.gov.cn', 'a@@foshan.gov.cn']) expect(email(v), v).toBe(false);
  });
});
