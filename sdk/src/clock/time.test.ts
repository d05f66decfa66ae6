import { describe, expect, it } from 'vitest';
import { parseDateTime } from './time.js';

describe('parseDateTime: Date.parse for RFC 3339 date-times, faster', () => {
  it('agrees with Date.parse on canonical and other forms, valid or not', () => {
    const texts = [
      '2026-10-09T09:30:00+08:00', '2026-10-09T09:30:00Z', '2026-10-09T09:30:00-05:30', '1969-12-31T23:59:59+08:00',
      '2024-02-29T00:00:00+08:00', '2026-02-29T00:00:00+08:00', '2026-04-31T00:00:00+08:00', '2026-13-01T00:00:00+08:00',
      '2026-10-09T24:00:00+08:00', '2026-10-09T23:59:60+08:00', '2026-10-09T09:60:00+08:00', '2026-10-09T09:30:00+24:00',
      '2026-10-09T09:30:00+23:59', '2026-10-09T09:30:00+08:60', '2026-10-09T09:30:00.123+08:00', '2026-10-09T09:30:00.123456789Z',
      '0001-01-01T00:00:00Z', '2026-10-09T09:30:00', '2026-10-09 09:30:00+08:00', 'yesterday',
    ];
    for (const t of texts) expect([t, parseDateTime(t)]).toEqual([t, Date.parse(t)]);
    // every day of a leap year and a common one, at an odd time and offset
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86_400_000 + 3_661_000) {
      const t = new Date(ms).toISOString().slice(0, 19) + '-03:15';
      expect([t, parseDateTime(t)]).toEqual([t, Date.parse(t)]);
    }
  });
});
