/**
 * Test scenarios as data (FSJC-CONF-020): the records a sending system reports for one or more
 * cases, with times relative to the day of the test and identifiers as placeholders, and the
 * signals the reference core is expected to derive from them (FSJC-CONF-022).
 */
import type { FsjcRecord } from '@fsjc/sdk';

export interface ExpectedSignal {
  /** The case by its reference in the scenario (A, B, …). */
  case: string;
  rule: string;
  level: string;
}

export interface Scenario {
  id: string;
  title_zh: string;
  title_en: string;
  /** What the integrator does in the system under test, step by step. */
  instructions_zh: string[];
  instructions_en: string[];
  /** The cases by reference, e.g. { "A": "食品经营许可 food business licence" }. */
  cases: Record<string, string>;
  /**
   * The records as templates. Strings may hold placeholders:
   * `{{t:-12wd@10:15:23}}` an instant, N working days (wd) or natural days (d) before (−) or after (+)
   * the day of the test, at China Standard Time of day; `{{case:A}}` case A's record ID;
   * `{{caseNumber:A}}` and `{{queryCode:A}}` its public case number and query code.
   */
  records: Record<string, unknown>[];
  expect: { signals: ExpectedSignal[] };
}

export interface ResolvedCase {
  ref: string;
  id: string;
  caseNumber: string;
  queryCode: string;
}

export interface ResolvedScenario {
  id: string;
  title_zh: string;
  title_en: string;
  instructions_zh: string[];
  instructions_en: string[];
  cases: ResolvedCase[];
  caseIds: string[];
  records: FsjcRecord[];
  /** The expected signals with case references resolved to case IDs. */
  expectedSignals: { caseId: string; rule: string; level: string }[];
}
