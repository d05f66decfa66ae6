import { dayOf, formatInstant, startOf, workingCalendar, type FsjcRecord, type WorkingCalendar } from '@fsjc/sdk';
import type { ResolvedCase, ResolvedScenario, Scenario } from './types.js';

/** Rules scenarios are not judged by (FSJC-CONF-022): scenario data are entered after the fact, and unit-wide rules depend on cases outside the scenario. */
export const IGNORED_RULES: readonly string[] = ['R-LATE-REPORT', 'R-REPEATED', 'R-DENIAL-OUTLIER'];

const PLACEHOLDER = /\{\{(t|case|caseNumber|queryCode):([^}]+)\}\}/g;
const TIME = /^([+-])(\d+)(wd|d)@(\d{2}):(\d{2})(?::(\d{2}))?$/;
const HOUR = 3_600_000;

export interface ResolveOptions {
  /** The instant of the test; relative days count from its day (China Standard Time). */
  now: number;
  /** Unique to the run, so that a second run never collides with the first (letters and digits). */
  runId: string;
  calendar?: WorkingCalendar;
}

/** A run ID from the instant: base 36 of the seconds, 6–7 letters and digits. */
export function newRunId(now: number = Date.now()): string {
  return Math.floor(now / 1000).toString(36).toUpperCase();
}

/** An instant N working or natural days from the day of `now`, at a time of day in China Standard Time. */
export function relativeInstant(spec: string, now: number, calendar: WorkingCalendar): number {
  const m = TIME.exec(spec);
  if (!m) throw new Error(`bad relative time "${spec}": expected e.g. -12wd@10:15 or +3d@09:00:30`);
  const [, sign, n, unit, hh, mm, ss] = m;
  const today = dayOf(now);
  const count = Number(n);
  const day = unit === 'd' ? today + (sign === '-' ? -count : count)
    : sign === '-' ? calendar.nthWorkingDayBefore(today, count) : calendar.nthWorkingDayAfter(today, count);
  // startOf gives the day's start in China Standard Time (UTC+8)
  return startOf(day) + Number(hh) * HOUR + Number(mm) * 60_000 + Number(ss ?? 0) * 1000;
}

/** Resolves every scenario for a run: times from the day of the test, identifiers unique to the run. */
export function resolveScenarios(scenarios: readonly Scenario[], options: ResolveOptions): ResolvedScenario[] {
  if (!/^[A-Z0-9]{1,10}$/i.test(options.runId)) throw new Error(`run ID "${options.runId}" must be 1–10 letters and digits`);
  const calendar = options.calendar ?? workingCalendar();
  const runId = options.runId.toUpperCase();
  return scenarios.map((s, i) => {
    const cases = new Map<string, ResolvedCase>();
    for (const ref of Object.keys(s.cases)) {
      const n = String(i + 1).padStart(2, '0');
      cases.set(ref, { ref, id: `CS-CF-${runId}-${n}${ref}`, caseNumber: `CF${runId}${n}${ref}`, queryCode: `Q${runId}${ref}`.slice(0, 16) });
    }
    const fill = (text: string): string => text.replace(PLACEHOLDER, (_all, kind: string, arg: string) => {
      if (kind === 't') return formatInstant(relativeInstant(arg, options.now, calendar));
      const c = cases.get(arg);
      if (!c) throw new Error(`scenario ${s.id}: no case ${arg}`);
      return kind === 'case' ? c.id : kind === 'caseNumber' ? c.caseNumber : c.queryCode;
    });
    const walk = (v: unknown): unknown => typeof v === 'string' ? fill(v)
      : Array.isArray(v) ? v.map(walk)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
      : v;
    const caseOf = (ref: string) => {
      const c = cases.get(ref);
      if (!c) throw new Error(`scenario ${s.id}: expected signal for unknown case ${ref}`);
      return c.id;
    };
    return {
      id: s.id, title_zh: s.title_zh, title_en: s.title_en,
      instructions_zh: s.instructions_zh.map(fill), instructions_en: s.instructions_en.map(fill),
      cases: [...cases.values()], caseIds: [...cases.values()].map((c) => c.id),
      records: s.records.map(walk) as FsjcRecord[],
      expectedSignals: s.expect.signals.map((e) => ({ caseId: caseOf(e.case), rule: e.rule, level: e.level })),
    };
  });
}
