import { dayFromParts, startOf } from '../clock/time.js';
import type { PeriodKind } from './method-data.js';

/** A period of evaluation: a month (2026-10), a quarter (2026-Q4) or a year (2026), in China Standard Time (FSJC-SCO-003). */
export interface Period {
  label: string;
  kind: PeriodKind;
  /** First instant of the period. */
  start: number;
  /** First instant after the period. */
  end: number;
}

const PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** Reads a period label; throws a RangeError naming the accepted forms on anything else. */
export function parsePeriod(label: string): Period {
  const m = PATTERN.exec(label);
  if (!m) throw new RangeError(`"${label}" is not a period: give a month (2026-10), a quarter (2026-Q4) or a year (2026)`);
  const year = Number(m[1]);
  const [kind, firstMonth, months]: [PeriodKind, number, number] = m[2] ? ['MONTH', Number(m[2]), 1] : m[3] ? ['QUARTER', Number(m[3]) * 3 - 2, 3] : ['YEAR', 1, 12];
  const at = (monthIndex: number) => startOf(dayFromParts(year + Math.floor((monthIndex - 1) / 12), ((monthIndex - 1) % 12) + 1, 1));
  return { label, kind, start: at(firstMonth), end: at(firstMonth + months) };
}

/** The period before: the month, quarter or year just ended when this one began. */
export function previousPeriod(p: Period): Period {
  const m = PATTERN.exec(p.label)!;
  const year = Number(m[1]);
  if (p.kind === 'YEAR') return parsePeriod(String(year - 1));
  if (p.kind === 'QUARTER') {
    const q = Number(m[3]);
    return parsePeriod(q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`);
  }
  const month = Number(m[2]);
  return parsePeriod(month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`);
}
