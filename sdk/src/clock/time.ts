/**
 * Instants and days in China Standard Time (FSJC-CLK-001): UTC+8 all year, whatever the machine's zone.
 * A day is numbered by days since 1970-01-01 in that zone, so day arithmetic is integer arithmetic.
 */
export const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;

/** The day (China Standard Time) an instant falls in. */
export function dayOf(ms: number): number {
  return Math.floor((ms + CST_MS) / DAY_MS);
}

/** Milliseconds since 00:00 China Standard Time of the instant's day. */
export function timeOfDay(ms: number): number {
  return ms + CST_MS - dayOf(ms) * DAY_MS;
}

/** The instant 00:00 China Standard Time of a day. */
export function startOf(day: number): number {
  return day * DAY_MS - CST_MS;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD into a day number; throws on anything else, including 2026-02-30. */
export function parseDay(text: string): number {
  const m = DATE.exec(text);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): "${text}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d) / DAY_MS;
  if (formatDay(day) !== text) throw new RangeError(`no such date: "${text}"`);
  return day;
}

/** YYYY-MM-DD of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Year, month (1–12), day of month and weekday (0 = Sunday) of a day number. */
export function dayParts(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function dayFromParts(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Parses an ISO 8601 instant. A time without an offset is read as China Standard Time (FSJC-CLK-001);
 * a date alone is 00:00 of that day.
 */
export function parseInstant(text: string): number {
  if (DATE.test(text)) return startOf(parseDay(text));
  const m = INSTANT.exec(text);
  if (!m) throw new RangeError(`not an ISO 8601 date-time: "${text}"`);
  const day = parseDay(m[1]);
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 24 || min > 59 || s > 60 || (h === 24 && (min > 0 || s > 0))) throw new RangeError(`no such time: "${text}"`);
  const frac = m[5] ? Math.round(Number(m[5]) * 1000) : 0;
  let offset = CST_MS;
  if (m[6] === 'Z') offset = 0;
  else if (m[6]) {
    const sign = m[6][0] === '-' ? -1 : 1;
    offset = sign * (Number(m[6].slice(1, 3)) * 3_600_000 + Number(m[6].slice(4, 6)) * 60_000);
  }
  return day * DAY_MS + h * 3_600_000 + min * 60_000 + Math.min(s, 59) * 1000 + frac - offset;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 in China Standard Time with its offset: 2026-10-30T00:00:00+08:00 (milliseconds only when present). */
export function formatInstant(ms: number): string {
  const day = dayOf(ms);
  const t = timeOfDay(ms);
  const h = Math.floor(t / 3_600_000);
  const min = Math.floor((t % 3_600_000) / 60_000);
  const s = Math.floor((t % 60_000) / 1000);
  const frac = t % 1000;
  return `${formatDay(day)}T${pad(h)}:${pad(min)}:${pad(s)}${frac ? `.${pad(frac, 3)}` : ''}+08:00`;
}

/** Parses "HH:MM" into milliseconds since midnight. */
export function parseClockTime(text: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new RangeError(`not a time of day (HH:MM): "${text}"`);
  return Number(m[1]) * 3_600_000 + Number(m[2]) * 60_000;
}
