import { formatInstant } from '@fsjc/sdk';
import pkg from '../../package.json';
import { renderNote } from '../messages/index.js';
import { countOutcomes, levelReached } from './level.js';
import type { CheckResult, Note, Outcome, RunReport, SuiteDef, TestDef, TestResult } from './types.js';

export const KIT = { name: '@fsjc/conformance', version: pkg.version } as const;

/** A check: one module each, registered by ID in an index (see client/checks, server/checks). */
export interface Check<C> {
  id: string;
  run(test: TestDef, context: C, signal: AbortSignal): Promise<CheckResult> | CheckResult;
}

export interface RunOptions {
  /** Test or group IDs to run (with the tests they require); the rest are reported as omit. */
  only?: readonly string[];
  /** Per test, in milliseconds (default 60 000); a test that overruns is an error of the kit's run. */
  timeoutMs?: number;
  /** Called as each test ends: progress for long runs. */
  onResult?: (result: TestResult) => void;
  now?: () => number;
  /** When the run began, if before the tests (a client run starts when the kit starts listening). */
  startedAt?: number;
}

/** Every test of a suite in order, with its group. */
export function suiteTests(suite: SuiteDef): { group: string; test: TestDef }[] {
  return suite.groups.flatMap((g) => g.tests.map((test) => ({ group: g.id, test })));
}

/** The tests selected by test or group IDs, with everything they require; unknown IDs are an error. */
export function selectTests(suite: SuiteDef, only: readonly string[] | undefined): Set<string> {
  const all = suiteTests(suite);
  if (!only?.length) return new Set(all.map((t) => t.test.id));
  const byId = new Map(all.map((t) => [t.test.id, t.test]));
  const unknown = only.filter((id) => !byId.has(id) && !suite.groups.some((g) => g.id === id));
  if (unknown.length) throw new Error(`no test or group ${unknown.join(', ')} in suite ${suite.id}`);
  const chosen = new Set<string>();
  const add = (id: string) => {
    if (chosen.has(id)) return;
    chosen.add(id);
    for (const r of byId.get(id)?.requires ?? []) add(r);
  };
  for (const { group, test } of all) if (only.includes(test.id) || only.includes(group)) add(test.id);
  return chosen;
}

const message = (notes: Note[]) => notes.map(renderNote);

/**
 * Runs the selected tests of a suite in order. A check that throws or overruns its time-out gives
 * error (the kit failed, not the system); a test whose prerequisite did not pass gives skip.
 */
export async function runSuite<C>(
  suite: SuiteDef, checks: ReadonlyMap<string, Check<C>>, context: C, system: RunReport['system'], options: RunOptions = {},
): Promise<RunReport> {
  const now = options.now ?? Date.now;
  const startedAt = formatInstant(options.startedAt ?? now());
  const selected = selectTests(suite, options.only);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const outcomes = new Map<string, Outcome>();
  const results: TestResult[] = [];
  for (const { group, test } of suiteTests(suite)) {
    const started = now();
    let r: { outcome: Outcome; notes: Note[]; evidence?: unknown };
    const blocker = (test.requires ?? []).find((id) => outcomes.get(id) !== 'pass');
    if (!selected.has(test.id)) r = { outcome: 'omit', notes: [{ code: 'kit.notSelected' }] };
    else if (blocker) r = { outcome: 'skip', notes: [{ code: 'kit.prerequisite', params: { test: blocker } }] };
    else r = await runOne(checks.get(test.check), test, context, timeoutMs);
    outcomes.set(test.id, r.outcome);
    const result: TestResult = {
      id: test.id, group, title_zh: test.title_zh, title_en: test.title_en, level: test.level, strength: test.strength,
      requirements: test.requirements, ...(test.scenario ? { scenario: test.scenario } : {}),
      outcome: r.outcome, messages: message(r.notes), ...(r.evidence !== undefined ? { evidence: r.evidence } : {}),
      durationMs: Math.max(0, now() - started),
    };
    results.push(result);
    options.onResult?.(result);
  }
  return {
    kind: 'fsjc-conformance-report', reportVersion: 1,
    suite: { id: suite.id, version: suite.version, mode: suite.mode, title_zh: suite.title_zh, title_en: suite.title_en },
    groups: suite.groups.map((g) => ({ id: g.id, title_zh: g.title_zh, title_en: g.title_en })),
    kit: { ...KIT }, standardVersion: suite.standardVersion, system, startedAt, finishedAt: formatInstant(now()),
    level: levelReached(results), counts: countOutcomes(results), results,
  };
}

async function runOne<C>(check: Check<C> | undefined, test: TestDef, context: C, timeoutMs: number): Promise<CheckResult> {
  if (!check) return { outcome: 'error', notes: [{ code: 'kit.crashed', params: { message: `no check ${test.check}` } }] };
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve({ outcome: 'error', notes: [{ code: 'kit.timeout', params: { seconds: Math.round(timeoutMs / 100) / 10 } }] });
    }, timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => check.run(test, context, abort.signal)), overrun]);
  } catch (e) {
    return { outcome: 'error', notes: [{ code: 'kit.crashed', params: { message: (e as Error).message } }] };
  } finally {
    clearTimeout(timer);
  }
}
