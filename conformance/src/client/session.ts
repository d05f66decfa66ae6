import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Centre, buildServer, issueToken, type CentreClock } from '@fsjc/core';
import { generateCentreKey, type Signal } from '@fsjc/sdk';
import { KIT_DATA } from '../suite/load.js';
import type { SuiteDef } from '../suite/types.js';
import { loadScenarios, newRunId, resolveScenarios, type ResolvedScenario } from '../scenarios/index.js';
import { faultPlan } from './faults.js';
import { Front, type Exchange } from './front.js';
import { missingEvents } from './context.js';

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

/** The city's registry and item catalogue, sent by their own systems when the centre opens. */
const REGISTRY = ['01-organisation-registry.json', '02-item-catalogue.json'];

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
      for (const name of REGISTRY) {
        const body = fs.readFileSync(path.join(KIT_DATA, 'registry', name));
        const h = JSON.parse(body.toString('utf8')).header;
        const { token } = await issueToken(centre.store, { role: 'system', systemId: h.senderSystemId, unitId: h.senderUnitId, regionCode: h.regionCode, label: `certification registry ${h.senderSystemId}` }, centre.now());
        const res = await app.inject({ method: 'POST', url: '/v1/batches', payload: body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
        if (res.statusCode !== 201) throw new Error(`the certification registry ${name} was refused: ${res.statusCode} ${res.body}`);
      }
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

  /**
   * Whether the centre holds every case of the scenario (matched by case number, as a system keeps
   * its own record IDs) with every event type the scenario has for it.
   */
  async complete(s: ResolvedScenario): Promise<boolean> {
    const system = this.handoff.system.systemId;
    for (const c of s.cases) {
      const held = (await this.centre.store.records({ caseNumber: c.caseNumber, recordType: 'case', latestOnly: true })).find((r) => r.senderSystemId === system);
      if (!held) return false;
      const events = (await this.centre.store.records({ caseId: held.id, recordType: 'event', latestOnly: true })).filter((r) => r.senderSystemId === system).map((r) => (JSON.parse(r.body) as { eventType: string }).eventType);
      const expected = s.records.filter((r) => r.recordType === 'event' && (r as { caseId?: string }).caseId === c.id).map((r) => (r as { eventType: string }).eventType);
      if (missingEvents(expected, events).length) return false;
    }
    return true;
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
    return [...this.centre.runner.engine.signals()] as Signal[];
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
