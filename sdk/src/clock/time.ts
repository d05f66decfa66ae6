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

/** Days from 1970-01-01 of a civil date (proleptic Gregorian), by arithmetic alone. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap(y) ? 29 : DAYS_IN[m - 1]);
}

/** Parses YYYY-MM-DD into a day number; throws on anything else, including 2026-02-30. */
export function parseDay(text: string): number {
  const m = DATE.exec(text);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): "${text}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) throw new RangeError(`no such date: "${text}"`);
  return daysFromCivil(y, mo, d);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a day number. */
export function formatDay(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

/** Year, month (1–12), day of month and weekday (0 = Sunday) of a day number. */
export function dayParts(day: number): { year: number; month: number; date: number; weekday: number } {
  const [year, month, date] = civilFromDays(day);
  return { year, month, date, weekday: (((day + 4) % 7) + 7) % 7 };
}

/** The day number of a civil date (year, month 1–12, day of month). */
export function dayFromParts(year: number, month: number, date: number): number {
  return daysFromCivil(year, month, date);
}

/** 00:00 China Standard Time on the first day of the month the instant falls in. */
export function monthStart(ms: number): number {
  const [y, m] = civilFromDays(dayOf(ms));
  return startOf(daysFromCivil(y, m, 1));
}

/** 00:00 China Standard Time on the first day of the month after the instant's. */
export function nextMonthStart(ms: number): number {
  const [y, m] = civilFromDays(dayOf(ms));
  return startOf(m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1));
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Parses an ISO 8601 instant. A time without an offset is read as China Standard Time (FSJC-CLK-001);
 * a date alone is 00:00 of that day.
 */
export function parseInstant(text: string): number {
  if (text.length === 10) return startOf(parseDay(text));
  const fast = parseCanonical(text);
  if (fast !== undefined) return fast;
  const m = INSTANT.exec(text);
  if (!m) throw new RangeError(`not an ISO 8601 date-time: "${text}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) throw new RangeError(`no such date: "${text}"`);
  const day = daysFromCivil(y, mo, d);
  const h = Number(m[4]);
  const min = Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 24 || min > 59 || sec > 60 || (h === 24 && (min > 0 || sec > 0))) throw new RangeError(`no such time: "${text}"`);
  const frac = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  let offset = CST_MS;
  const z = m[8];
  if (z === 'Z') offset = 0;
  else if (z) offset = (z.charCodeAt(0) === 45 ? -1 : 1) * (Number(z.slice(1, 3)) * 3_600_000 + Number(z.slice(4, 6)) * 60_000);
  return day * DAY_MS + h * 3_600_000 + min * 60_000 + Math.min(sec, 59) * 1000 + frac - offset;
}

/**
 * Exactly `Date.parse` for an RFC 3339 date-time (the schemas' date-time), read digit by digit
 * in the form nearly every record uses: the validator reads one or two a record.
 */
export function parseDateTime(text: string): number {
  const fast = parseCanonical(text);
  // Date.parse knows no offsets beyond ±23:59
  return fast !== undefined && (text.length === 20 || (two_(text, 20) <= 23 && two_(text, 23) <= 59)) ? fast : Date.parse(text);
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const two_ = (text: string, i: number) => {
  const a = digit(text, i), b = digit(text, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The form nearly every record uses, YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM, read digit by digit: the
 * clock parses millions of these. Anything else (fractions, no seconds, no offset) takes the
 * general path; an invalid date or time still fails there.
 */
function parseCanonical(text: string): number | undefined {
  const n = text.length;
  if ((n !== 20 && n !== 25) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const hi = two_(text, 0), lo = two_(text, 2), mo = two_(text, 5), d = two_(text, 8);
  const h = two_(text, 11), min = two_(text, 14), sec = two_(text, 17);
  if (hi < 0 || lo < 0 || mo < 0 || d < 0 || h < 0 || min < 0 || sec < 0) return undefined;
  const y = hi * 100 + lo;
  if (!validDate(y, mo, d) || h > 23 || min > 59 || sec > 59) return undefined;
  let offset: number;
  if (n === 20) {
    if (text.charCodeAt(19) !== 90) return undefined;
    offset = 0;
  } else {
    const sign = text.charCodeAt(19);
    const oh = two_(text, 20), om = two_(text, 23);
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58 || oh < 0 || om < 0) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 3_600_000 + om * 60_000);
  }
  return daysFromCivil(y, mo, d) * DAY_MS + h * 3_600_000 + min * 60_000 + sec * 1000 - offset;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 in China Standard Time with its offset: 2026-10-30T00:00:00+08:00 (milliseconds only when present). */
export function formatInstant(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    // the engine writes the same few instants (limits' ends, reports) again each time a case changes
    if (formatted.size >= 8192) formatted.clear();
    formatted.set(ms, (text = writeInstant(ms)));
  }
  return text;
}

const formatted = new Map<number, string>();

function writeInstant(ms: number): string {
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
