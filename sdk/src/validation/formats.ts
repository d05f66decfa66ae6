/**
 * The JSON Schema formats the standard uses, checked without regular expressions: these run on
 * every timestamp of every record, so they are the hottest code of validation. The shape is
 * already fixed by each field's pattern; these add calendar validity (RFC 3339 §5.7).
 */

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const d = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => {
  const a = d(s, i), b = d(s, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

function validDate(s: string, i: number): boolean {
  const y1 = two(s, i), y2 = two(s, i + 2);
  if (y1 < 0 || y2 < 0 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
  const year = y1 * 100 + y2;
  const month = two(s, i + 5);
  const day = two(s, i + 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month - 1]);
}

/** `YYYY-MM-DD`, a real calendar date. */
export function date(s: string): boolean {
  return s.length === 10 && validDate(s, 0);
}

/** RFC 3339 date-time with a time zone offset or Z, a real calendar date and time. */
export function dateTime(s: string): boolean {
  if (s.length < 20 || !validDate(s, 0)) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) return false; // T or t
  const hh = two(s, 11), mm = two(s, 14), ss = two(s, 17);
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && d(s, i) >= 0 && d(s, i) <= 9) i++;
    if (i === start) return false;
  }
  const z = s.charCodeAt(i);
  if ((z === 90 || z === 122) && i === s.length - 1) return ss < 60 || (hh === 23 && mm === 59);
  if ((z !== 43 && z !== 45) || s.length !== i + 6 || s.charCodeAt(i + 3) !== 58) return false;
  const oh = two(s, i + 1), om = two(s, i + 4);
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
  // a leap second is only ever the last second of a UTC day
  if (ss === 60) {
    const sign = z === 45 ? -1 : 1;
    const utc = (((hh * 60 + mm - sign * (oh * 60 + om)) % 1440) + 1440) % 1440;
    return utc === 1439;
  }
  return true;
}

/** An e-mail address: one @, a non-empty local part and a dotted domain, no spaces. */
export function email(s: string): boolean {
  const at = s.indexOf('@');
  if (at < 1 || at !== s.lastIndexOf('@') || /\s/.test(s)) return false;
  const domain = s.slice(at + 1);
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(domain);
}

/** The formats by JSON Schema name, as ajv takes them. */
export const FORMATS = { 'date-time': dateTime, date, email };
