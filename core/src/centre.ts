import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createBatch, dayOf, formatDay, formatInstant, generateCentreKey, monthStart, nextMonthStart, profile, signReceipt, type CentreKey, type FsjcRecord } from '@fsjc/sdk';
import { CentreClock, WALL_CLOCK } from './engine/clock.js';
import { EngineRunner } from './engine/runner.js';
import { Committer } from './ingest/committer.js';
import { readInProcess, workerReader, type BatchReader } from './ingest/readers.js';
import type { SubmitRequest, SubmitResult } from './ingest/submit.js';
import { DEFAULT_LIMITS, type IngestLimits } from './ingest/limits.js';
import { Deliverer, type DeliveryOptions } from './notify/deliver.js';
import type { CasePlace } from './registry/derive.js';
import { Registry } from './registry/registry.js';
import { openStore } from './storage/open.js';
import type { AuditRow, Store, Subscription } from './storage/types.js';


export interface CentreOptions {
  /** A store already open; else one is opened from `databaseUrl` (PostgreSQL) or `file` (SQLite). */
  store?: Store;
  databaseUrl?: string;
  file?: string;
  /** The centre's registered identifier, named in receipts. */
  centreId?: string;
  /** The signing key, or a JSON file holding it (created on first start). */
  key?: CentreKey;
  keyFile?: string;
  profile?: string;
  clock?: CentreClock;
  limits?: Partial<IngestLimits>;
  delivery?: Omit<DeliveryOptions, 'store'>;
  /** The unit that owns the centre, named as sender of the records it makes itself (default U-<city code>-JCZX). */
  centreUnitId?: string;
  /** Validation workers (default: one per core but the first); 0 validates in the main thread. */
  validationWorkers?: number;
  /** The warning engine's worker file (default: beside the built package, where there is one), or false to run the engine in the main thread. */
  engineWorker?: URL | false;
  /** Where errors of background work go (the server's logger). */
  onError?: (e: unknown) => void;
  /**
   * TEST ONLY: safeguards turned off, so that the conformance kit can be shown to fail a centre
   * that lacks them (FSJC-CONF-030). Never on unless asked for; a centre run so does not conform.
   */
  faults?: Faults;
}

/** Fault switches, each turning one safeguard OFF (test only). */
export interface Faults {
  /** A resent batch is processed again instead of replayed, and sequence conflicts go undetected (FSJC-API-013, -014). */
  idempotencyOff?: boolean;
  /** The sending system's scope is not checked on submission: header against token, records against scope (FSJC-API-041). */
  scopeOff?: boolean;
}

/** A key from the file, or a new one written there (readable by the owner only). */
export function loadCentreKey(file: string): CentreKey {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as CentreKey;
  const key = generateCentreKey();
  fs.writeFileSync(file, JSON.stringify(key, null, 2) + '\n', { mode: 0o600 });
  return key;
}

/**
 * The monitoring centre without its HTTP face: the store, the registry and case places projected
 * from it, ingest, the engine runner, the outbox deliverer and the audit trail. The server and
 * the tests both drive it.
 */
export class Centre {
  readonly registry = new Registry();
  readonly cases = new Map<string, CasePlace>();
  readonly limits: IngestLimits;
  readonly centreId: string;
  readonly clock: CentreClock;
  readonly runner: EngineRunner;
  readonly deliverer: Deliverer;
  /** Emits 'signals' after engine output is committed. */
  readonly events = new EventEmitter();
  private subs: Subscription[] = [];
  private auditBuffer: AuditRow[] = [];
  private auditTimer: NodeJS.Timeout | undefined;

  private constructor(readonly store: Store, readonly key: CentreKey, readonly options: CentreOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.centreId = options.centreId ?? 'FSJC-CENTRE';
    this.clock = options.clock ?? WALL_CLOCK;
    this.events.setMaxListeners(0);
    this.deliverer = new Deliverer({ store, now: () => this.clock.now(), onError: options.onError, ...options.delivery });
    this.reader = options.validationWorkers === 0 ? readInProcess : workerReader(options.validationWorkers);
    this.committer = new Committer({
      read: this.reader,
      store, registry: this.registry, cases: this.cases, limits: this.limits, centreId: this.centreId, faults: options.faults ?? {},
      sign: (unsigned) => signReceipt(unsigned, this.key),
      now: () => this.now(),
      committed: (result) => {
        for (const r of result.accepted) this.remember(r);
        this.runner.push(result.entry, result.accepted, result.bodies);
      },
    }, () => this.reloadState());
    this.runner = new EngineRunner({
      store, registry: this.registry, clock: this.clock, profile: options.profile,
      subscriptions: () => this.subs,
      onSaved: () => { this.events.emit('signals'); this.deliverer.wake(); },
      onError: options.onError,
      worker: options.engineWorker,
    });
  }

  static async open(options: CentreOptions = {}): Promise<Centre> {
    const store = options.store ?? (await openStore({ databaseUrl: options.databaseUrl, file: options.file }));
    await store.migrate();
    const key = options.key ?? loadCentreKey(options.keyFile ?? 'fsjc-centre-key.json');
    const centre = new Centre(store, key, options);
    await centre.loadState();
    await centre.runner.start();
    centre.deliverer.wake();
    centre.scheduleScoring();
    return centre;
  }

  /** After a failed write: the registry and case places again from what is stored. */
  private async reloadState(): Promise<void> {
    this.registry.clear();
    this.cases.clear();
    await this.loadState();
  }

  /** The registry and case places, from the projection. */
  private async loadState(): Promise<void> {
    for (const type of ['unit', 'post', 'contact', 'case']) {
      let after: { seq: number; index: number } | undefined;
      for (;;) {
        const page = await this.store.records({ recordType: type, latestOnly: true, after, limit: 5000 });
        for (const row of page) this.remember(JSON.parse(row.body) as FsjcRecord);
        if (page.length < 5000) break;
        after = { seq: page[page.length - 1].seq, index: page[page.length - 1].index };
      }
    }
    this.subs = await this.store.subscriptions();
  }

  private remember(r: FsjcRecord): void {
    if (r.recordType === 'case') this.cases.set(r.id, { unitId: r.handlingUnitId, regionCode: r.regionCode, caseNumber: r.caseNumber });
    else this.registry.add(r);
  }

  now(): string {
    return formatInstant(this.clock.now());
  }

  private committer!: Committer;
  private reader: BatchReader;

  /** Takes a batch; resolves with the receipt once it is committed (FSJC-API-010). */
  submit(req: SubmitRequest): Promise<SubmitResult> {
    return this.committer.submit(req);
  }

  private ownQueue: Promise<unknown> = Promise.resolve();

  /**
   * Records the centre makes itself (feedback taken through the correction workflow) go through
   * the log like any batch: sent as the centre, numbered after the log's head, which `make` may
   * use for IDs that sort in the order the records were made.
   */
  submitOwn(make: (sequenceNumber: number) => FsjcRecord[]): Promise<SubmitResult> {
    const run = this.ownQueue.then(async () => {
      const p = profile(this.options.profile);
      const head = await this.store.head();
      const records = make(head.seq + 1);
      const batch = createBatch(
        { senderSystemId: this.centreId, senderUnitId: this.options.centreUnitId ?? `U-${p.cityCode}-JCZX`, regionCode: p.cityCode, profile: p.name },
        { sequenceNumber: head.seq + 1, sentAt: this.now() },
        records,
      );
      return this.submit({ body: Buffer.from(JSON.stringify(batch)), contentType: 'application/json', principal: { role: 'admin', tokenId: 'centre' }, perRecord: false });
    });
    this.ownQueue = run.catch(() => undefined);
    return run;
  }

  async refreshSubscriptions(): Promise<void> {
    this.subs = await this.store.subscriptions();
  }

  /** Scores one period at every level from the engine's world and signals, and stores them (FSJC-API-061). */
  async score(period: string): Promise<void> {
    await this.runner.idle();
    const rows = await this.runner.scores(period, { profile: this.options.profile, computedAt: this.now() });
    await this.store.saveScores(rows);
  }

  private scoreTimer: NodeJS.Timeout | undefined;

  /** At the start of each month the month before is scored and stored (FSJC-API-061). */
  private scheduleScoring(): void {
    const next = nextMonthStart(this.clock.now());
    const delay = Math.min(2 ** 31 - 1, Math.ceil(this.clock.delayUntil(next)));
    this.scoreTimer = setTimeout(() => {
      const now = this.clock.now();
      if (now >= next) {
        const period = formatDay(dayOf(monthStart(now) - 1)).slice(0, 7);
        void this.score(period).catch((e) => this.options.onError?.(e));
      }
      this.scheduleScoring();
    }, delay);
    this.scoreTimer.unref();
  }

  /** Records an audit row; rows are written in groups, at most a second later (FSJC-API-044). */
  audit(row: AuditRow): void {
    this.auditBuffer.push(row);
    if (this.auditBuffer.length >= 500) void this.flushAudit();
    else if (!this.auditTimer) {
      this.auditTimer = setTimeout(() => void this.flushAudit(), 1000);
      this.auditTimer.unref();
    }
  }

  async flushAudit(): Promise<void> {
    if (this.auditTimer) { clearTimeout(this.auditTimer); this.auditTimer = undefined; }
    const rows = this.auditBuffer;
    this.auditBuffer = [];
    if (rows.length) await this.store.audit(rows).catch((e) => { this.auditBuffer.unshift(...rows); this.options.onError?.(e); });
  }

  /** Every case of the city, for the public look-up and the scope checks: the place of one. */
  placeOf(caseId: string): CasePlace | undefined {
    return this.cases.get(caseId);
  }

  async close(): Promise<void> {
    if (this.scoreTimer) clearTimeout(this.scoreTimer);
    await this.committer.idle();
    await this.runner.stop();
    await this.deliverer.stop();
    await this.flushAudit();
    await this.reader.close?.();
    await this.store.close();
  }
}

