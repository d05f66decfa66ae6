/**
 * Conformance suites as data (FSJC-CONF-012): suite → group → test, each test with a stable ID,
 * the level it belongs to, its strength and the requirement IDs it verifies.
 */

export type Level = 'L1' | 'L2' | 'L3' | 'L4';
export const LEVELS: readonly Level[] = ['L1', 'L2', 'L3', 'L4'];

/** MUST tests decide the level reached; SHOULD and MAY tests are reported but never block it. */
export type Strength = 'MUST' | 'SHOULD' | 'MAY';

/**
 * pass and fail speak of the system under test; skip: a prerequisite failed so the test could say
 * nothing; omit: not selected for this run; error: the kit or the network failed, not the system
 * (FSJC-CONF-013).
 */
export type Outcome = 'pass' | 'fail' | 'skip' | 'omit' | 'error';
export const OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'skip', 'omit', 'error'];

export interface TestDef {
  /** Stable: never reused for another test, kept when the test is refined. */
  id: string;
  title_zh: string;
  title_en: string;
  level: Level;
  strength: Strength;
  requirements: string[];
  /** The check that runs it, by ID (one module per check, registered in an index). */
  check: string;
  /** The scenario it looks at, for tests that concern one scenario. */
  scenario?: string;
  /** Tests that must pass first; when one does not, this test is skipped (levels are cumulative). */
  requires?: string[];
  params?: Record<string, unknown>;
}

export interface GroupDef {
  id: string;
  title_zh: string;
  title_en: string;
  tests: TestDef[];
}

export interface SuiteDef {
  id: string;
  /** The suite's own version: semantic, bumped when a test is added, changed or removed. */
  version: string;
  /** client: the system under test uploads to the kit; server: the kit drives the system under test. */
  mode: 'client' | 'server';
  standardVersion: string;
  title_zh: string;
  title_en: string;
  groups: GroupDef[];
}

/** One finding of a check: a message code of the kit's catalogues with its values. */
export interface Note {
  code: string;
  params?: Record<string, string | number>;
}

export interface CheckResult {
  outcome: Exclude<Outcome, 'omit'>;
  notes: Note[];
  /** What the kit saw: requests, records, signals… enough for an integrator to find the fault. */
  evidence?: unknown;
}

export interface TestResult {
  id: string;
  group: string;
  title_zh: string;
  title_en: string;
  level: Level;
  strength: Strength;
  requirements: string[];
  scenario?: string;
  outcome: Outcome;
  /** The notes, rendered in both languages. */
  messages: { code: string; zh: string; en: string }[];
  evidence?: unknown;
  durationMs: number;
}

export type LevelReached = 'L0' | Level;

export interface RunReport {
  kind: 'fsjc-conformance-report';
  reportVersion: 1;
  suite: { id: string; version: string; mode: SuiteDef['mode']; title_zh: string; title_en: string };
  /** The suite's groups with their titles, in order. */
  groups?: { id: string; title_zh: string; title_en: string }[];
  kit: { name: string; version: string };
  standardVersion: string;
  /** The system under test as it identified itself or was named on the command line. */
  system: { id: string; name?: string; url?: string; regionCode?: string };
  startedAt: string;
  finishedAt: string;
  /** The highest level whose MUST tests, and those of every level below, all passed (FSJC-CONF-014). */
  level: LevelReached;
  counts: Record<Outcome, number>;
  results: TestResult[];
}
