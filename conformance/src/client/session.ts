import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Centre, buildServer, issueToken, type CentreClock } from '@fsjc/core';
import { generateCentreKey, type Signal } from '@fsjc/sdk';
import type { SuiteDef } from '../suite/types.js';
import { loadScenarios, newRunId, resolveScenarios, type ResolvedScenario } from '../scenarios/index.js';
import { faultPlan } from './faults.js';
import { Front, type Exchange } from './front.js';
import { incompleteCases, matchCases } from './context.js';
import { loadCityRegistry } from './registry.js';

/** Who the system under test is registered as at the certification centre (default: Nanhai's platform). */
export interface SystemIdentity {
  systemId: string;
  unitId: string;
  regionCode: string;
}

export const NANHAI_PLATFORM: SystemIdentity = { systemId: 'NH-XZSP', unitId: 'U440605-XZFW', regionCode: '440605' };

export interface SessionOptions {
  suite: SuiteDef;
  system?: SystemIdentity;
  port?: number;
  host?: string;
  runId?: string;
  /** The instant scenarios are resolved from (default now). */
  now?: number;
  clock?: CentreClock;
}

/** What the system under test needs to take part: where to send, its token, the key receipts are signed with. */
export interface Handoff {
  url: string;
  token: string;
  centrePublicKey: string;
  keyId: string;
  system: SystemIdentity;
  profile: string;
  runId: string;
  scenariosUrl: string;
}

/**
 * A certification run of a sending system (FSJC-CONF-020): the reference core on a fresh database
 * of its own, the city's registry, a token for the system, the scenarios resolved for today, and the
 * recording front that injects faults.
 */
export class CertificationSession {
  private constructor(
    readonly centre: Centre,
    readonly app: FastifyInstance,
    readonly front: Front,
    readonly scenarios: ResolvedScenario[],
    readonly handoff: Handoff,
    private readonly dir: string,
  ) {}

  static async open(o: SessionOptions): Promise<CertificationSession> {
    const system = o.system ?? NANHAI_PLATFORM;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-certify-'));
    const key = generateCentreKey();
    const centre = await Centre.open({ file: path.join(dir, 'certify.db'), key, centreId: 'FSJC-CERTIFICATION', profile: 'foshan', validationWorkers: 0, ...(o.clock ? { clock: o.clock } : {}) });
    try {
      const app = await buildServer(centre);
      await loadCityRegistry(centre, app);
      const { token } = await issueToken(centre.store, { role: 'system', systemId: system.systemId, unitId: system.unitId, regionCode: system.regionCode, label: 'system under test' }, centre.now());
      const runId = o.runId ?? newRunId(o.now);
      const scenarios = resolveScenarios(loadScenarios(), { now: o.now ?? centre.clock.now(), runId });
      // the scenarios name their district's units and items: a system elsewhere could not report them
      const regions = [...new Set(scenarios.flatMap((s) => s.records.filter((r) => r.recordType === 'case').map((r) => (r as { regionCode: string }).regionCode)))];
      if (regions.some((r) => r !== system.regionCode)) {
        throw new Error(`the scenarios are written for division ${regions.join(', ')}: register the system under test there (--region ${regions[0]} with one of its units), not in ${system.regionCode}`);
      }
      let session: CertificationSession | undefined;
      const front = new Front(app, faultPlan(o.suite), (p) => {
        if (p === '/conformance/scenarios') return { runId, system, scenarios: scenarios.map((s) => ({ id: s.id, title_zh: s.title_zh, title_en: s.title_en, instructions_zh: s.instructions_zh, instructions_en: s.instructions_en, cases: s.cases, records: s.records })) };
        if (p === '/conformance/progress') return progressOf(session);
        return undefined;
      });
      const url = await front.listen(o.port ?? 0, o.host);
      const handoff: Handoff = { url, token, centrePublicKey: key.publicKey, keyId: key.keyId, system, profile: 'foshan', runId, scenariosUrl: `${url}/conformance/scenarios` };
      session = new CertificationSession(centre, app, front, scenarios, handoff, dir);
      return session;
    } catch (e) {
      await centre.close();
      fs.rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }

  /** The exchanges so far (every request, fault and answer). */
  get exchanges(): readonly Exchange[] {
    return this.front.exchanges;
  }

  /** Whether the centre holds every case of the scenario with every event the scenario has for it. */
  async complete(s: ResolvedScenario): Promise<boolean> {
    return !incompleteCases(await matchCases(this.centre.store, this.handoff.system.systemId, s)).length;
  }

  /**
   * Waits until every scenario is complete and the system has been quiet for `quietMs` (late
   * resends and edits still count), or the system has sent nothing for `idleMs` since its last
   * request, or `timeoutMs` passes; reports progress as scenarios complete.
   */
  async waitForUploads(o: { timeoutMs: number; quietMs?: number; idleMs?: number; onProgress?: (done: string[], total: number) => void; signal?: AbortSignal }): Promise<{ complete: boolean }> {
    const end = Date.now() + o.timeoutMs;
    const quiet = o.quietMs ?? 2000;
    const idle = o.idleMs ?? 60_000;
    let reported = -1;
    for (;;) {
      const done: string[] = [];
      for (const s of this.scenarios) if (await this.complete(s)) done.push(s.id);
      if (done.length !== reported) o.onProgress?.(done, this.scenarios.length);
      reported = done.length;
      const last = this.front.inFlight ? Date.now() : this.front.lastActivity;
      const since = last === undefined ? 0 : Date.now() - last;
      if (done.length === this.scenarios.length && since >= quiet) return { complete: true };
      if (last !== undefined && since >= idle) return { complete: false };
      if (Date.now() >= end || o.signal?.aborted) return { complete: false };
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** The signals the reference core holds once its engine has caught up with everything received. */
  async signals(): Promise<Signal[]> {
    await this.centre.runner.idle();
    return this.centre.runner.signals();
  }

  async close(): Promise<void> {
    await this.front.close();
    await this.app.close();
    await this.centre.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

async function progressOf(session: CertificationSession | undefined): Promise<unknown> {
  if (!session) return { scenarios: [] };
  const rows = [];
  for (const s of session.scenarios) rows.push({ id: s.id, complete: await session.complete(s) });
  return { scenarios: rows, requests: session.exchanges.length };
}
