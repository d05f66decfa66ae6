import { monthStart, nextMonthStart, parseInstant } from '../clock/time.js';
import type { FsjcRecord, Signal } from '../generated/types.js';
import type { Finding } from './finding.js';
import { lifecycle, type NotificationIntent } from './lifecycle.js';
import { afterFindings, caseFindings, recordIds, setup, signalOrder, worldFindings, type EvaluateOptions, type Setup } from './evaluate.js';
import type { RecordScope, RuleModule } from './rule.js';
import { RULE_MODULE } from './rules/index.js';
import type { RuleDefinition } from './rules-data.js';
import { World, reportOf, type BatchLike, type Report } from './world.js';

/** What changed in the signals after a record or a step of time (FSJC-SIG-004). */
export interface SignalChanges {
  opened: Signal[];
  escalated: Signal[];
  closed: Signal[];
  /** Other changes of status, deadline or evidence. */
  updated: Signal[];
  notifications: NotificationIntent[];
}

/** A binary min-heap of (instant, case) for the scheduler. */
class Queue {
  private readonly times: number[] = [];
  private readonly ids: string[] = [];
  get size() { return this.times.length; }
  peek(): number | undefined { return this.times[0]; }
  push(t: number, id: string): void {
    let i = this.times.length;
    this.times.push(t); this.ids.push(id);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.times[p] <= t) break;
      this.swap(i, p); i = p;
    }
  }
  pop(): [number, string] {
    const top: [number, string] = [this.times[0], this.ids[0]];
    const t = this.times.pop()!; const id = this.ids.pop()!;
    if (this.times.length) {
      this.times[0] = t; this.ids[0] = id;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < this.times.length && this.times[l] < this.times[m]) m = l;
        if (r < this.times.length && this.times[r] < this.times[m]) m = r;
        if (m === i) break;
        this.swap(i, m); i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number) {
    [this.times[a], this.times[b]] = [this.times[b], this.times[a]];
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
  }
}

const WORLD = '#world';
const AFTER = '#after';
type RecordRule = { rule: RuleDefinition; module: Extract<RuleModule, { scope: 'record' }> };

/** Sources of rules that judge one record at a time: #rec:<rule>:<record ID>. */
const RECORD = '#rec:';
const OUTCOMES = new Set(['NOT_ACCEPTED', 'DECIDED']);

/**
 * The incremental engine the monitoring core runs (FSJC-SIG-007): records are applied one at a
 * time and time moves forward by `advance`; each step looks again only at what it can have changed
 * (the case of a record, the cases whose next change by time alone has come) and reports the
 * signals that opened, escalated, closed or changed. At any instant its signals equal `evaluate`
 * on the same records.
 */
export class Engine {
  // kept for the life of the centre and fed parsed records: one string per code value
  readonly world = new World([], { shareStrings: true });
  private readonly setup: Setup;
  private now: number;
  /** Yellow cards by source: all the repeated-offences rule looks at. */
  private readonly yellows = new Map<string, Finding[]>();
  private afterDirty = false;
  private readonly owner = new Map<string, string>();
  private readonly next = new Map<string, number>();
  private readonly bySource = new Map<string, Map<string, Signal>>();
  private readonly queue = new Queue();
  private monthBoundary: number;
  /** The record-scoped rules by the record type they judge. */
  private readonly recordRules = new Map<string, RecordRule[]>();
  private readonly recordRuleById = new Map<string, RecordRule>();

  constructor(options: EvaluateOptions & { now: number }) {
    this.setup = setup(options);
    for (const rule of this.setup.rules.rules) {
      const module = RULE_MODULE.get(rule.kind)!;
      if (module.scope !== 'record') continue;
      const list = this.recordRules.get(module.recordType) ?? [];
      list.push({ rule, module });
      this.recordRules.set(module.recordType, list);
      this.recordRuleById.set(rule.id, { rule, module });
    }
    this.now = options.now;
    this.monthBoundary = nextMonthStart(options.now);
  }

  get asOf(): number { return this.now; }

  /**
   * An engine loaded with many batches at once, as of `now`: records are indexed first and every
   * case evaluated once, which is much faster than applying them one by one (a restart, a sweep).
   */
  static load(batches: readonly BatchLike[], options: EvaluateOptions & { now: number }): Engine {
    const engine = new Engine(options);
    for (const b of batches) {
      const report = reportOf(b);
      for (const r of b.records) engine.world.add(r as FsjcRecord, report);
    }
    const changes = emptyChanges();
    for (const id of engine.world.caseIds()) engine.refreshCase(id, changes);
    for (const [type, rules] of engine.recordRules) {
      for (const id of recordIds(engine.world, type as RecordScope)) for (const { rule } of rules) engine.refreshRecord(`${RECORD}${rule.id}:${id}`, changes);
    }
    engine.refreshWorld(changes);
    engine.refreshAfter(changes);
    return engine;
  }

  /** Applies one record revision, reported at `report.reportedAt` (the engine's clock moves to it when later). */
  apply(record: FsjcRecord, report: Report = {}): SignalChanges {
    return this.applyBatch({ records: [record] }, report);
  }

  /**
   * Applies a batch as received: every record is indexed first, then each case it touches is looked
   * at once, so a batch costs one evaluation per case however many of its events it carries. The
   * signals afterwards are those `apply` would give record by record.
   */
  applyBatch(batch: BatchLike, report: Report = reportOf(batch)): SignalChanges {
    return this.applyBatches([{ ...batch, report }]);
  }

  /**
   * Applies several batches at once, each with its own report (a centre catching up with what
   * arrived while it was busy): time moves to the latest report first, every record is indexed,
   * then each case touched is looked at once. The signals afterwards equal `evaluate` on the same
   * records at that instant; changes in between that the batches would have shown one by one
   * (opened, then closed again) may be folded together.
   */
  applyBatches(batches: readonly BatchLike[]): SignalChanges {
    const changes = emptyChanges();
    let latest: number | undefined;
    for (const b of batches) {
      const at = reportOf(b).reportedAt;
      if (at !== undefined && (latest === undefined || at > latest)) latest = at;
    }
    if (latest !== undefined && latest > this.now) this.step(latest, changes);
    const touched = new Set<string>();
    const records = new Set<string>();
    let world = false;
    for (const batch of batches) {
      const report = reportOf(batch);
      for (const raw of batch.records) {
        const record = raw as FsjcRecord;
        for (const id of this.world.add(record, report)) touched.add(id);
        if (record.recordType === 'feedback') {
          const source = this.sourceOf(record.signalId);
          if (source === WORLD || source === AFTER) world = true;
          else if (source?.startsWith(RECORD)) records.add(source);
          else if (source) touched.add(source);
        }
        // a record judged on its own is looked at again alone, not with every other record of the city
        for (const { rule } of this.recordRules.get(record.recordType) ?? []) records.add(`${RECORD}${rule.id}:${record.id}`);
        if (record.recordType === 'event' && OUTCOMES.has(record.eventType) && parseInstant(record.occurredAt) < monthStart(this.now)) world = true;
      }
    }
    for (const id of [...touched].sort()) this.refreshCase(id, changes);
    for (const source of [...records].sort()) this.refreshRecord(source, changes);
    if (world) this.refreshWorld(changes);
    this.refreshAfter(changes);
    return changes;
  }

  /** Moves the clock to `to`, looking again at every case whose next change by time alone has come (the sweep). */
  advance(to: number): SignalChanges {
    const changes = emptyChanges();
    this.step(to, changes);
    return changes;
  }

  /**
   * The cases (and '#world' for records not tied to a case) whose signals can have changed by time
   * alone by `to`: what a sweep must look at again, found without evaluating anything (FSJC-SIG-007).
   */
  due(to: number): string[] {
    const out: string[] = [];
    for (const [source, t] of this.next) if (t <= to) out.push(source);
    return out.sort();
  }

  /** Every current signal, by opening time then ID. */
  signals(): Signal[] {
    return [...this.bySource.values()].flatMap((m) => [...m.values()]).sort(signalOrder);
  }

  /** Visits every current signal in no particular order, without listing or sorting them (for counts). */
  forEachSignal(visit: (signal: Signal) => void): void {
    for (const m of this.bySource.values()) for (const s of m.values()) visit(s);
  }

  /** One current signal by its ID (undefined once it has closed and gone). */
  signal(id: string): Signal | undefined {
    const source = this.owner.get(id);
    return source === undefined ? undefined : this.bySource.get(source)?.get(id);
  }

  /** The next instant at which anything can change by time alone. */
  nextChangeAt(): number | undefined {
    let soonest: number | undefined;
    for (const t of this.next.values()) if (soonest === undefined || t < soonest) soonest = t;
    return soonest;
  }

  private step(to: number, changes: SignalChanges): void {
    if (to <= this.now) return;
    this.now = to;
    const due = new Set<string>();
    while (this.queue.size && this.queue.peek()! <= to) {
      const [t, id] = this.queue.pop();
      if (this.next.get(id) === t) due.add(id);
    }
    const world = due.delete(WORLD) || to >= this.monthBoundary;
    if (to >= this.monthBoundary) this.monthBoundary = nextMonthStart(to);
    for (const id of [...due].sort()) {
      if (id.startsWith(RECORD)) this.refreshRecord(id, changes);
      else this.refreshCase(id, changes);
    }
    if (world) this.refreshWorld(changes);
    this.refreshAfter(changes);
  }

  private sourceOf(signalId: string): string | undefined {
    const known = this.owner.get(signalId);
    if (known) return known;
    const m = /^SG:[^:]+:([^:]+):/.exec(signalId);
    return m && this.world.view(m[1]) ? m[1] : undefined;
  }

  private refreshCase(id: string, changes: SignalChanges): void {
    const { findings, next } = caseFindings(this.world, id, this.now, this.setup);
    this.replace(id, findings, next, changes);
  }

  /** One record-scoped rule on one record: its source is #rec:<rule>:<record ID>. */
  private refreshRecord(source: string, changes: SignalChanges): void {
    const rest = source.slice(RECORD.length);
    const colon = rest.indexOf(':');
    const ruleId = rest.slice(0, colon);
    const id = rest.slice(colon + 1);
    let next: number | undefined;
    const later = (t: number) => { if (t > this.now && (next === undefined || t < next)) next = t; };
    const ctx = { world: this.world, asOf: this.now, profile: this.setup.profile, settings: this.setup.settings, later };
    const found = this.recordRuleById.get(ruleId);
    this.replace(source, found ? found.module.find(ctx, found.rule, id) : [], next, changes);
  }

  private refreshWorld(changes: SignalChanges): void {
    // record-scoped rules have sources of their own
    const { findings, next } = worldFindings(this.world, this.now, this.setup, false);
    this.replace(WORLD, findings, next, changes);
  }

  /** Rules over findings run again only when some yellow card came or went. */
  private refreshAfter(changes: SignalChanges): void {
    if (!this.afterDirty) return;
    this.afterDirty = false;
    const all = [...this.yellows.values()].flat();
    this.replace(AFTER, afterFindings(this.world, this.now, this.setup, all), undefined, changes);
  }

  /** Puts the findings of a source in place of its old ones and reports what changed in their signals. */
  private replace(source: string, findings: Finding[], next: number | undefined, changes: SignalChanges): void {
    // the common case: nothing found before or now; only the next instant may have moved
    if (!findings.length && !this.bySource.has(source) && !this.yellows.has(source) && source !== WORLD) {
      this.schedule(source, next);
      return;
    }
    if (source !== AFTER) {
      const yellow = findings.filter((f) => f.level === 'YELLOW_CARD');
      const was = this.yellows.get(source) ?? [];
      if (yellow.length !== was.length || yellow.some((f, i) => f.key !== was[i].key || f.openedAt !== was[i].openedAt || f.unitId !== was[i].unitId)) this.afterDirty = true;
      if (yellow.length) this.yellows.set(source, yellow);
      else this.yellows.delete(source);
    }
    const ctx = { world: this.world, asOf: this.now, profile: this.setup.profile, settings: this.setup.settings };
    const signals = new Map<string, Signal>();
    let soonest = next;
    for (const f of findings) {
      const life = lifecycle(f, ctx, this.setup.rules);
      for (const s of life.signals) signals.set(s.id, s);
      if (life.next !== undefined && (soonest === undefined || life.next < soonest)) soonest = life.next;
      for (const n of life.notifications) if (!this.bySource.get(source)?.has(n.signalId)) changes.notifications.push(n);
    }
    const before = this.bySource.get(source) ?? new Map<string, Signal>();
    for (const [id, s] of signals) {
      const old = before.get(id);
      if (!old) changes.opened.push(s);
      else if (differs(old, s)) {
        if (s.status === 'ESCALATED' && old.status !== 'ESCALATED') changes.escalated.push(s);
        else if (s.status === 'CLOSED' && old.status !== 'CLOSED') changes.closed.push(s);
        else changes.updated.push(s);
      }
    }
    for (const [id, s] of before) {
      if (!signals.has(id)) { changes.closed.push({ ...s, status: 'CLOSED' }); this.owner.delete(id); }
    }
    for (const id of signals.keys()) this.owner.set(id, source);
    if (signals.size) this.bySource.set(source, signals);
    else this.bySource.delete(source);
    this.schedule(source, soonest);
  }

  /** Records when a source can next change by time alone; the queue holds each instant once. */
  private schedule(source: string, at: number | undefined): void {
    if (at === undefined) { this.next.delete(source); return; }
    if (this.next.get(source) === at) return;
    this.next.set(source, at);
    this.queue.push(at, source);
  }
}

/** Whether a signal changed: its state and deadlines first, its evidence only when those agree. */
function differs(a: Signal, b: Signal): boolean {
  return a.status !== b.status || a.dueAt !== b.dueAt || a.closedAt !== b.closedAt || a.level !== b.level ||
    a.contactId !== b.contactId || a.openedAt !== b.openedAt || !sameJson(a.evidence, b.evidence);
}

/** Whether two JSON values are equal, member by member (without writing either out: this runs for every signal a case has, each time the case changes). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue; // as JSON: an undefined member is no member
    n++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

function emptyChanges(): SignalChanges {
  return { opened: [], escalated: [], closed: [], updated: [], notifications: [] };
}
