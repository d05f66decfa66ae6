import {
  caseClock, caseLimitRecord, clockSettings, computeLimit, formatDay, formatInstant, parseDay, parseInstant,
  type ClockOptions, type FsjcRecord, type Limit, type LocalClosure, type OfficeSpan,
} from '@fsjc/sdk';

/** One clock vector (conformance/vectors/clock.schema.json). */
export interface ClockVector {
  id: string;
  description: string;
  requirements: string[];
  kind: 'day' | 'workdays' | 'limit' | 'case';
  input: Record<string, any>;
  expected: Record<string, any>;
}

export interface ClockVectorFile { description: string; vectors: ClockVector[] }

interface CalendarInput {
  profile?: string;
  region?: string;
  closures?: (string | { date: string; regions?: string[] })[];
  officeHours?: OfficeSpan[];
  dayLimitEnd?: 'MIDNIGHT' | 'CLOSE_OF_BUSINESS';
}

function settings(input: CalendarInput) {
  const closures: LocalClosure[] = (input.closures ?? []).map((c) => ({
    ...(typeof c === 'string' ? { date: c } : c), reason_zh: '测试向量', reason_en: 'test vector',
  }));
  const options: ClockOptions = { profile: input.profile, region: input.region, closures, officeHours: input.officeHours, dayLimitEnd: input.dayLimitEnd };
  return clockSettings(options);
}

const instant = (ms: number | undefined) => (ms === undefined ? null : formatInstant(ms));
const date = (day: number | undefined) => (day === undefined ? null : formatDay(day));

/** What the implementation in this repository gives for a vector, in the vector's terms. */
export function runClockVector(v: ClockVector): Record<string, unknown> {
  const input = v.input;
  if (v.kind === 'day') {
    const info = settings(input).calendar.info(parseDay(input.date));
    return { working: info.working, kind: info.kind, ...(info.holiday ? { holiday: info.holiday } : {}), provisional: info.provisional };
  }
  if (v.kind === 'workdays') {
    const { calendar } = settings(input);
    const [from, to] = [parseDay(input.from), parseDay(input.to)];
    return { workingDays: calendar.workingDays(from, to), provisional: calendar.provisional(from, to) };
  }
  if (v.kind === 'limit') {
    const r = computeLimit({
      start: parseInstant(input.from),
      limit: input.limit as Limit,
      extensions: input.extensions as Limit[] | undefined,
      pauses: (input.pauses ?? []).map((p: { start: string; end?: string | null }) => ({ start: parseInstant(p.start), ...(p.end ? { end: parseInstant(p.end) } : {}) })),
      stop: input.stop ? parseInstant(input.stop) : undefined,
      asOf: input.asOf ? parseInstant(input.asOf) : undefined,
    }, settings(input));
    return {
      lastDay: date(r.lastDay), dueAt: instant(r.dueAt), provisional: r.provisional,
      ...(r.state ? { state: r.state, elapsed: r.elapsed, remaining: r.remaining } : {}),
      ...(r.met !== undefined ? { met: r.met } : {}),
    };
  }
  const clock = caseClock(input.records as FsjcRecord[], input.caseId, parseInstant(input.asOf), { profile: input.profile });
  return { limits: clock.limits.map(caseLimitRecord) };
}

const key = (l: Record<string, unknown>) => [l.kind, l.stage ?? '', l.signalId ?? ''].join('|');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where the actual result departs from the vector: every expected field must be equal; for a case,
 * the set of limits must be the same and every expected field of each limit equal.
 */
export function clockVectorDifferences(v: ClockVector, actual: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (v.kind !== 'case') {
    for (const [k, want] of Object.entries(v.expected)) {
      if (!same(actual[k], want)) out.push(`${k}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual[k])}`);
    }
    return out;
  }
  const got = new Map((actual.limits as Record<string, unknown>[]).map((l) => [key(l), l]));
  const want = new Map((v.expected.limits as Record<string, unknown>[]).map((l) => [key(l), l]));
  for (const k of want.keys()) if (!got.has(k)) out.push(`limit ${k}: expected, not found`);
  for (const k of got.keys()) if (!want.has(k)) out.push(`limit ${k}: found, not expected`);
  for (const [k, w] of want) {
    const g = got.get(k);
    if (!g) continue;
    for (const [f, value] of Object.entries(w)) {
      if (!same(g[f], value)) out.push(`limit ${k} ${f}: expected ${JSON.stringify(value)}, got ${JSON.stringify(g[f])}`);
    }
  }
  return out;
}
