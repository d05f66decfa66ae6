import type { CaseRecord, Complaint, Contact, Evaluation, Fee, Feedback, FsjcRecord, Item, Observation, Unit } from '../generated/types.js';
import { byTime, type CaseView, type TimedEvent } from '../clock/case-limits.js';
import { parseInstant } from '../clock/time.js';

/** A batch as received: its header says when and by whom it was sent (FSJC-ENV). */
export interface BatchLike {
  header?: { sentAt?: string; senderUnitId?: string };
  records: readonly unknown[];
}

/** One revision of an event as reported: when the batch carrying it was sent, by whom (unknown for records given without a header). */
export type EventRevision = TimedEvent;

/** When and by whom a record was reported. */
export interface Report { reportedAt?: number; reportedBy?: string }

const NONE: readonly EventRevision[] = [];
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records the engine evaluates, indexed as they arrive: the latest revision of every record
 * (FSJC-DATA-004), every revision of every event and item (for late reporting, back-dating and
 * disclosure), and the registry. Records can be added one at a time, so the same index serves a
 * whole-city evaluation and the server's incremental one.
 */
export class World {
  /** The latest revision of each record, by type then ID. */
  private readonly latest = new Map<string, Map<string, FsjcRecord>>();
  /** Each event's first report, and its revisions once there is more than one. */
  private readonly caseRecords = new Map<string, CaseRecord>();
  /** Every revision of every event of a case, in the order they arrived; the view picks the latest. */
  private readonly caseEvents = new Map<string, EventRevision[]>();
  private readonly views = new Map<string, CaseView>();
  private readonly itemsByCode = new Map<string, Map<string, Item>>();
  private readonly feesByCase = new Map<string, Map<string, Fee>>();
  private readonly subCases = new Map<string, Set<string>>();
  private readonly casesByItem = new Map<string, Set<string>>();
  private readonly contacts = new Map<string, Map<string, Contact>>();
  private readonly feedback = new Map<string, Map<string, Feedback>>();
  private readonly complaintMap = new Map<string, Complaint>();
  private readonly evaluationMap = new Map<string, Evaluation>();
  private readonly observationMap = new Map<string, Observation>();
  readonly units = new Map<string, Unit>();
  readonly itemRevisions = new Map<string, { item: Item; reportedAt?: number }[]>();

  constructor(batches: readonly BatchLike[] = []) {
    for (const b of batches) {
      const report = { reportedAt: b.header?.sentAt ? parseInstant(b.header.sentAt) : undefined, reportedBy: b.header?.senderUnitId };
      for (const r of b.records) this.add(r as FsjcRecord, report);
    }
  }

  /**
   * Adds one record revision. Returns the cases whose view changed (the case itself, the main case of
   * a sub-case), so an incremental engine knows what to look at again; an older revision than the
   * one held is kept only in the revision history.
   */
  add(r: FsjcRecord, report: Report = {}): string[] {
    const touched: string[] = [];
    let prev: FsjcRecord | undefined;
    if (r.recordType === 'event') {
      // events are kept by case, every revision; a case has few, so its view sorts them out
      const revision: EventRevision = { event: r, at: parseInstant(r.occurredAt), reportedAt: report.reportedAt, reportedBy: report.reportedBy };
      const list = this.caseEvents.get(r.caseId);
      if (list) list.push(revision);
      else this.caseEvents.set(r.caseId, [revision]);
      this.touch(r.caseId, touched);
      return touched;
    } else {
      if (r.recordType === 'item') {
        const list = this.itemRevisions.get(r.id) ?? [];
        list.push({ item: r, reportedAt: report.reportedAt });
        list.sort((a, b) => (a.item.revision ?? 1) - (b.item.revision ?? 1));
        this.itemRevisions.set(r.id, list);
      }
      let ofType = this.latest.get(r.recordType);
      if (!ofType) { ofType = new Map(); this.latest.set(r.recordType, ofType); }
      prev = ofType.get(r.id);
      if (prev && (r.revision ?? 1) < (prev.revision ?? 1)) return touched;
      ofType.set(r.id, r);
    }
    const touch = (caseId: string | undefined) => this.touch(caseId, touched);
    switch (r.recordType) {
      case 'case':
        if (prev && (prev as CaseRecord).parentCaseId) this.subCases.get((prev as CaseRecord).parentCaseId!)?.delete(r.id);
        if (prev) this.casesByItem.get((prev as CaseRecord).itemCode)?.delete(r.id);
        this.caseRecords.set(r.id, r);
        setIn(this.casesByItem, r.itemCode, r.id);
        if (r.parentCaseId) setIn(this.subCases, r.parentCaseId, r.id);
        touch(r.id);
        break;
      case 'item':
        if (prev) this.itemsByCode.get((prev as Item).itemCode)?.delete(r.id);
        mapIn(this.itemsByCode, r.itemCode).set(r.id, r);
        for (const id of this.casesByItem.get(r.itemCode) ?? []) touch(id);
        break;
      case 'fee':
        if (prev) this.feesByCase.get((prev as Fee).caseId)?.delete(r.id);
        mapIn(this.feesByCase, r.caseId).set(r.id, r);
        touch(r.caseId);
        break;
      case 'unit': this.units.set(r.id, r); break;
      case 'contact':
        if (prev) this.contacts.get((prev as Contact).unitId)?.delete(r.id);
        mapIn(this.contacts, r.unitId).set(r.id, r);
        break;
      case 'feedback': mapIn(this.feedback, r.signalId).set(r.id, r); break;
      case 'complaint': this.complaintMap.set(r.id, r); break;
      case 'evaluation': this.evaluationMap.set(r.id, r); break;
      case 'observation': this.observationMap.set(r.id, r); break;
      default: break;
    }
    return touched;
  }

  private touch(caseId: string | undefined, touched: string[]): void {
    if (!caseId) return;
    touched.push(caseId);
    const cached = this.views.size > 0; // nothing cached yet (a bulk load): nothing to invalidate
    if (cached) this.views.delete(caseId);
    const parent = this.caseRecords.get(caseId)?.parentCaseId;
    if (parent) {
      if (cached) this.views.delete(parent);
      touched.push(parent);
    }
  }

  caseIds(): string[] {
    return [...this.caseRecords.keys()].sort();
  }

  /** Every case ID, in no particular order: for work whose result does not depend on order. */
  unorderedCaseIds(): IterableIterator<string> {
    return this.caseRecords.keys();
  }

  /** The latest revision of every record of a type, by ID. */
  latestOf<T extends FsjcRecord>(type: T['recordType']): ReadonlyMap<string, T> {
    return (this.latest.get(type) ?? new Map()) as ReadonlyMap<string, T>;
  }

  /** The clock's view of a case (FSJC-CLK-041): latest revisions, events in time order. */
  view(caseId: string, keep = true): CaseView | undefined {
    let v = this.views.get(caseId);
    if (v) return v;
    const c = this.caseRecords.get(caseId);
    if (!c) return undefined;
    v = {
      case: c, events: latestEvents(this.caseEvents.get(caseId) ?? NONE).sort(byTime),
      items: [...(this.itemsByCode.get(c.itemCode)?.values() ?? [])], signals: [], feedback: [],
    };
    // a whole-city evaluation looks at each case once: keeping a million views only feeds the collector
    if (keep) this.views.set(caseId, v);
    return v;
  }

  /**
   * The latest revision of every event of the given types, with its case, without building case
   * views: rules over the whole city (denial rates) need only a few event types of each case.
   */
  *eventsOfTypes(types: ReadonlySet<string>): Generator<{ case: CaseRecord; event: TimedEvent }> {
    for (const [caseId, list] of this.caseEvents) {
      const c = this.caseRecords.get(caseId);
      if (!c) continue;
      let picked: TimedEvent[] | undefined;
      for (const e of list) {
        if (!types.has(e.event.eventType)) continue;
        picked ??= [];
        const same = picked.findIndex((p) => p.event.id === e.event.id);
        if (same < 0) picked.push(e);
        else if ((e.event.revision ?? 1) >= (picked[same].event.revision ?? 1)) picked[same] = e;
      }
      if (picked) for (const event of picked) yield { case: c, event };
    }
  }

  feesOf(caseId: string): Fee[] {
    return [...(this.feesByCase.get(caseId)?.values() ?? [])];
  }

  subCasesOf(caseId: string): string[] {
    return [...(this.subCases.get(caseId) ?? [])].sort();
  }

  /** Feedback on a signal, in the order it was given. */
  feedbackOn(signalId: string): Feedback[] {
    return [...(this.feedback.get(signalId)?.values() ?? [])]
      .sort((a, b) => parseInstant(a.submittedAt) - parseInstant(b.submittedAt) || byId(a, b));
  }

  get complaints(): Complaint[] { return [...this.complaintMap.values()].sort(byId); }
  get evaluations(): Evaluation[] { return [...this.evaluationMap.values()].sort(byId); }
  get observations(): Observation[] { return [...this.observationMap.values()].sort(byId); }

  /** The contact a signal on the unit is aimed at: its warning contact (FSJC-ORG). */
  warningContact(unitId: string): Contact | undefined {
    return this.contactsOf(unitId).find((c) => c.roles.includes('WARNING_CONTACT'));
  }

  /** The unit's responsible leader, told of red cards. */
  leader(unitId: string): Contact | undefined {
    return this.contactsOf(unitId).find((c) => c.roles.includes('LEADER'));
  }

  private contactsOf(unitId: string): Contact[] {
    return [...(this.contacts.get(unitId)?.values() ?? [])].sort(byId);
  }
}

/**
 * The latest revision of each event (FSJC-DATA-004; of equal revisions, the one that arrived last),
 * carrying all its revisions when there is more than one.
 */
function latestEvents(list: readonly EventRevision[]): TimedEvent[] {
  // a case has a handful of events: comparing pairs beats allocating a set
  let repeated = list.length > 32 && new Set(list.map((e) => e.event.id)).size < list.length;
  for (let i = 1; i < list.length && list.length <= 32 && !repeated; i++) {
    const id = list[i].event.id;
    for (let j = 0; j < i; j++) if (list[j].event.id === id) { repeated = true; break; }
  }
  if (!repeated) return list.slice();
  const byEvent = new Map<string, EventRevision[]>();
  for (const e of list) {
    const group = byEvent.get(e.event.id);
    if (group) group.push(e);
    else byEvent.set(e.event.id, [e]);
  }
  const out: TimedEvent[] = [];
  for (const group of byEvent.values()) {
    if (group.length === 1) { out.push(group[0]); continue; }
    const revisions = [...group].sort((a, b) => (a.event.revision ?? 1) - (b.event.revision ?? 1));
    out.push({ ...revisions[revisions.length - 1], revisions });
  }
  return out;
}

function mapIn<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let m = map.get(key);
  if (!m) { m = new Map(); map.set(key, m); }
  return m;
}

function setIn<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  let s = map.get(key);
  if (!s) { s = new Set(); map.set(key, s); }
  s.add(value);
}
