import { loadSuite } from '../suite/load.js';
import { runSuite, suiteTests } from '../suite/run.js';
import type { RunReport, SuiteDef, TestResult } from '../suite/types.js';
import { SERVER_CHECKS } from './checks/index.js';
import { serverContext, type CentreInfo, type ServerContext, type ServerContextOptions } from './context.js';

export interface ServerRunOptions extends ServerContextOptions {
  /** The suite by name or file (default server-v1). */
  suite?: string;
  /** Test or group IDs to run, with the tests they require; the rest are omitted (FSJC-CONF-013). */
  only?: readonly string[];
  /** Per test, in milliseconds (default 60 000). */
  timeoutMs?: number;
  /** Called as each test ends. */
  onResult?: (result: TestResult) => void;
}

/** Checks that judge the test scenarios' signals, which need a token that may read them. */
const SCENARIO_CHECKS = new Set(['scenario-submit', 'scenario-signals']);

/** What the centre says about itself, if it answers: its identifier and receipt key. */
async function readCentre(ctx: ServerContext): Promise<CentreInfo | undefined> {
  try {
    const a = await ctx.http(AbortSignal.timeout(10_000)).send('GET', '/v1/centre');
    const body = a.json as { centreId?: string; receiptKey?: { keyId?: string; publicKey?: string } } | undefined;
    return a.status === 200 && body ? { centreId: body.centreId, keyId: body.receiptKey?.keyId, publicKey: body.receiptKey?.publicKey } : undefined;
  } catch {
    // unreachable now: every test will say so, as an error of the kit's run
    return undefined;
  }
}

/** Every test but the scenarios': what a run without a reader token can judge. */
export function testsWithoutScenarios(suite: SuiteDef): string[] {
  return suiteTests(suite).filter(({ test }) => !SCENARIO_CHECKS.has(test.check)).map(({ test }) => test.id);
}

/**
 * Server conformance (FSJC-CONF-030): the kit calls a receiving centre's exchange interface with
 * the tokens it issued for test systems and reports, test by test, what the centre did. Without a
 * reader token the scenario tests (L4) are not run unless asked for.
 */
export async function runServerConformance(options: ServerRunOptions): Promise<RunReport> {
  const suite = loadSuite(options.suite ?? 'server-v1', new Set(SERVER_CHECKS.keys()));
  const ctx = serverContext(options);
  ctx.centre = await readCentre(ctx);
  const only = options.only?.length ? options.only : ctx.readerToken ? undefined : testsWithoutScenarios(suite);
  const system: RunReport['system'] = { id: ctx.centre?.centreId ?? new URL(ctx.url).host, url: ctx.url };
  return runSuite(suite, SERVER_CHECKS, ctx, system, { only, timeoutMs: options.timeoutMs, onResult: options.onResult, now: options.now });
}
