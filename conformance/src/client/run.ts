import type { RunReport, SuiteDef, TestResult } from '../suite/types.js';
import { loadSuite } from '../suite/load.js';
import { runSuite } from '../suite/run.js';
import type { ResolvedScenario } from '../scenarios/index.js';
import { CLIENT_CHECKS } from './checks/index.js';
import { clientContext } from './context.js';
import { CertificationSession, type Handoff, type SystemIdentity } from './session.js';

export interface ClientRunOptions {
  /** A suite name (client-v1) or file, or the suite itself. */
  suite?: string | SuiteDef;
  system?: SystemIdentity;
  /** Where the kit listens (default: a free port on 127.0.0.1). */
  port?: number;
  host?: string;
  /** Test or group IDs to run; the rest are omitted. */
  only?: readonly string[];
  /** Per test, ms (default 60 000). */
  testTimeoutMs?: number;
  /** The longest wait for the system's uploads, ms (default 30 minutes: a person may be entering cases). */
  waitMs?: number;
  /** Stop waiting when the system has sent nothing for this long after its last request, ms (default 60 000). */
  idleMs?: number;
  runId?: string;
  /** The kit is listening: tell the system under test (print, write a file, or start it). */
  onReady?: (handoff: Handoff, scenarios: readonly ResolvedScenario[]) => void | Promise<void>;
  onProgress?: (done: readonly string[], total: number) => void;
  onResult?: (result: TestResult) => void;
  signal?: AbortSignal;
}

/**
 * Client conformance (FSJC-CONF-020, -021, -022): runs the reference core in certification mode,
 * lets the system under test upload the scenarios through the fault-injecting front, then runs the
 * suite over what arrived.
 */
export async function runClientConformance(o: ClientRunOptions = {}): Promise<RunReport> {
  // `--suite v1` names the client suite of that version
  const name = typeof o.suite === 'string' && /^v\d+$/.test(o.suite) ? `client-${o.suite}` : o.suite;
  const suite = typeof name === 'object' ? name : loadSuite(name ?? 'client-v1', new Set(CLIENT_CHECKS.keys()));
  if (suite.mode !== 'client') throw new Error(`suite ${suite.id} is a ${suite.mode} suite, not a client suite`);
  const startedAt = Date.now();
  const session = await CertificationSession.open({ suite, system: o.system, port: o.port, host: o.host, runId: o.runId });
  try {
    await o.onReady?.(session.handoff, session.scenarios);
    await session.waitForUploads({ timeoutMs: o.waitMs ?? 30 * 60_000, idleMs: o.idleMs, onProgress: o.onProgress, signal: o.signal });
    const context = await clientContext(session);
    const s = session.handoff.system;
    return await runSuite(suite, CLIENT_CHECKS, context, { id: s.systemId, regionCode: s.regionCode, url: session.handoff.url }, { only: o.only, timeoutMs: o.testTimeoutMs, onResult: o.onResult, startedAt });
  } finally {
    await session.close();
  }
}
