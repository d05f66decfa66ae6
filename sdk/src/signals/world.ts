import type { CaseEvent, CaseRecord, Contact, Fee, Feedback, FsjcRecord, Item, Unit } from '../generated/types.js';
import { byTime, timeOrder, type CaseView, type TimedEvent } from '../clock/case-limits.js';
import { parseInstant } from '../clock/time.js';
import { IdMap, IdTable } from './id-table.js';

/** A batch as received: its header says when and by whom it was sent (FSJC-ENV). */
export interface BatchLike {
  header?: { sentAt?: string; senderUnitId?: string };
  records: readonly unknown[];
  /** When and by whom the batch was reported, when known better than its header (a centre's receive time). */
  report?: Report;
}

/** When and by whom a batch was reported: its `report`, else its header's sent time and sender. */
export function reportOf(b: BatchLike): Report {
  return b.report ?? { reportedAt: b.header?.sentAt ? parseInstant(b.header.sentAt) : undefined, reportedBy: b.header?.senderUnitId };
}

/** One revision of an event as reported: when the batch carrying it was sent, by whom (unknown for records given without a header). */
export type EventRevision = TimedEvent;

/** When and by whom a record was reported. */
export interface Report { reportedAt?: number; reportedBy?: string }

const NO_ITEMS: readonly Item[] = [];
/** The code and reference values a world that shares strings holds once: of events, of cases. */
const EVENT_SHARED = ['eventType', 'postId', 'unitId'] as const;
const CASE_SHARED = ['itemCode', 'handlingUnitId', 'regionCode'] as const;
const NO_RECORDS: ReadonlyMap<string, FsjcRecord> = new Map();

/** Reused event objects for a walk over every case. */
interface Pool { list: EventRevision[]; objects: EventRevision[] }

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records the engine evaluates, indexed as they arrive: the latest revision of every record
 * (FSJC-DATA-004), every revision of every event and item (for late reporting, back-dating and
 * disclosure), and the registry. Records can be added one at a time, so the same index serves a
 * whole-city evaluation and the server's incremental one. Records are held as given, not copied.
 * A world that is kept (the engine's) can share strings: it replaces the code and reference values
 * of the records it holds by one string per value (equal, so nothing changes; frozen records are
 * held as they are).
 */
export class World {
  /** The latest revision of each record other than cases and events, by type then ID. */
  private readonly latest = new Map<string, IdMap<FsjcRecord>>();
  /**
   * Cases by slot: a case's slot is given when its case record or one of its events is first seen,
   * so that the millions of events of a city are kept in flat columns rather than one object each.
   */
  private readonly slotOf = new IdTable();
  private readonly slotIds: string[] = this.slotOf.ids;
  private readonly caseAt: (CaseRecord | undefined)[] = [];
  /** The receipt instant of each slot's case (NaN: none, or not an instant), read once as the case comes. */
  private readonly caseReceivedAt: number[] = [];
  private readonly feesAt: (Map<string, Fee> | undefined)[] = [];
  /**
   * First and last event revision of each slot (-1: none); the revisions of a slot are linked in
   * arrival order. Plain arrays of numbers, held unboxed on the heap: growing typed arrays would
   * count as external memory, and its pressure forces full collections of a heap of millions of records.
   */
  private readonly firstEvent: number[] = [];
  private readonly lastEvent: number[] = [];
  /** Every revision of every event, by arrival: the record, its instant, when and by whom reported (NaN: unknown), the next of its case. */
  private readonly eventRecords: CaseEvent[];
  private readonly eventAt: number[];
  private readonly eventReportedAt: number[];
  private readonly eventReportedBy: (string | undefined)[];
  private readonly nextEvent: number[];
  private eventCount = 0;
  /**
   * Per slot, a 31-bit mark of the ends of its event IDs; and the slots whose events came out of
   * time order or hold more than one revision of an event. Found as each event arrives, while its
   * ID is at hand, so a walk over the city reads no ID of an event to put a case's events in order.
   */
  private readonly eventIdMarks: number[] = [];
  private readonly unorderedSlots = new Set<number>();
  private readonly revisedSlots = new Set<number>();
  private readonly views = new Map<string, CaseView>();
  private readonly itemsByCode = new Map<string, Map<string, Item>>();
  private readonly subCases = new Map<string, Set<string>>();
  /** The slots of the cases of each item code, in the order their latest revisions came. */
  private readonly casesByItem = new Map<string, number[]>();
  /** The item revisions of each code as a list, shared by the views of its cases until an item of the code comes. */
  private readonly itemLists = new Map<string, Item[]>();
  /** The slot last looked up: a batch usually carries the events of a case together. */
  private lastId: string | undefined = undefined;
  private lastSlot = -1;
  /** The slots of the cases as caseIds() last listed them, and the next one expected: a whole-city evaluation asks in that order. */
  private order: number[] = [];
  private cursor = 0;
  private readonly strings = new Map<string, string>();
  private readonly contacts = new Map<string, Map<string, Contact>>();
  private readonly feedback = new Map<string, Map<string, Feedback>>();
  readonly units = new Map<string, Unit>();
  readonly itemRevisions = new Map<string, { item: Item; reportedAt?: number }[]>();

  /** Whether code and reference values are replaced by one shared string each. */
  private readonly share: boolean;

  /**
   * `shareStrings`: for a world that is kept and fed parsed records, whose values would otherwise
   * each be a string of their own (millions of copies of a few hundred codes); a world made for one
   * evaluation spends more time sharing them than it saves.
   */
  constructor(batches: readonly BatchLike[] = [], options: { shareStrings?: boolean } = {}) {
    this.share = options.shareStrings ?? false;
    // the event columns made once at the size of the input (cut to the events after): grown a push
    // at a time, the copies they leave would be garbage of several times their size
    let size = 0;
    for (const b of batches) size += b.records.length;
    this.eventRecords = new Array(size);
    this.eventAt = new Array(size);
    this.eventReportedAt = new Array(size);
    this.eventReportedBy = new Array(size);
    this.nextEvent = new Array(size);
    for (const b of batches) {
      const report = reportOf(b);
      // a bulk load: nobody asks which cases changed
      for (const r of b.records) this.put(r as FsjcRecord, report, undefined);
    }
    for (const column of [this.eventRecords, this.eventAt, this.eventReportedAt, this.eventReportedBy, this.nextEvent]) column.length = this.eventCount;
  }

  /**
   * Adds one record revision. Returns the cases whose view changed (the case itself, the main case of
   * a sub-case), so an incremental engine knows what to look at again; an older revision than the
   * one held is kept only in the revision history.
   */
  add(r: FsjcRecord, report: Report = {}): string[] {
    const touched: string[] = [];
    this.put(r, report, touched);
    return touched;
  }

  private put(r: FsjcRecord, report: Report, touched: string[] | undefined): void {
    if (r.recordType === 'event') {
      // events are kept by case, every revision; a case has few, so its view sorts them out
      const slot = this.slot(r.caseId);
      const i = this.eventCount++;
      this.shareValues(r, EVENT_SHARED);
      this.eventRecords[i] = r;
      this.eventReportedBy[i] = report.reportedBy;
      this.eventAt[i] = parseInstant(r.occurredAt);
      this.eventReportedAt[i] = report.reportedAt ?? NaN;
      this.nextEvent[i] = -1;
      const last = this.lastEvent[slot];
      if (last < 0) this.firstEvent[slot] = i;
      else {
        this.nextEvent[last] = i;
        if (timeOrder(this.eventAt[last], this.eventRecords[last].id, this.eventAt[i], r.id) > 0) this.unorderedSlots.add(slot);
      }
      this.lastEvent[slot] = i;
      this.markEventId(slot, r.id, i);
      this.touch(r.caseId, this.caseAt[slot], touched);
      return;
    }
    if (r.recordType === 'case') {
      const slot = this.slot(r.id);
      const prev = this.caseAt[slot];
      if (prev && (r.revision ?? 1) < (prev.revision ?? 1)) return;
      if (prev?.parentCaseId) this.subCases.get(prev.parentCaseId)?.delete(r.id);
      if (prev) remove(this.casesByItem.get(prev.itemCode), slot);
      this.shareValues(r, CASE_SHARED);
      this.caseAt[slot] = r;
      this.caseReceivedAt[slot] = instantOrNaN(r.receivedAt);
      listIn(this.casesByItem, r.itemCode).push(slot);
      if (r.parentCaseId) setIn(this.subCases, r.parentCaseId, r.id);
      this.touch(r.id, r, touched);
      return;
    }
    if (r.recordType === 'item') {
      const list = this.itemRevisions.get(r.id) ?? [];
      list.push({ item: r, reportedAt: report.reportedAt });
      list.sort((a, b) => (a.item.revision ?? 1) - (b.item.revision ?? 1));
      this.itemRevisions.set(r.id, list);
    }
    let ofType = this.latest.get(r.recordType);
    if (!ofType) { ofType = new IdMap(); this.latest.set(r.recordType, ofType); }
    const n = ofType.numberOf(r.id);
    const prev = ofType.at(n);
    if (prev && (r.revision ?? 1) < (prev.revision ?? 1)) return;
    ofType.setAt(n, r);
    switch (r.recordType) {
      case 'item':
        if (prev) this.itemsByCode.get((prev as Item).itemCode)?.delete(r.id);
        if (prev) this.itemLists.delete((prev as Item).itemCode);
        mapIn(this.itemsByCode, r.itemCode).set(r.id, r);
        this.itemLists.delete(r.itemCode);
        for (const slot of this.casesByItem.get(r.itemCode) ?? []) this.touch(this.slotIds[slot], this.caseAt[slot], touched);
        break;
      case 'fee':
        const was = prev && this.find((prev as Fee).caseId);
        if (was !== undefined) this.feesAt[was]?.delete(r.id);
        const slot = this.slot(r.caseId);
        (this.feesAt[slot] ??= new Map()).set(r.id, r);
        this.touch(r.caseId, this.caseAt[slot], touched);
        break;
      case 'unit': this.units.set(r.id, r); break;
      case 'contact':
        if (prev) this.contacts.get((prev as Contact).unitId)?.delete(r.id);
        mapIn(this.contacts, r.unitId).set(r.id, r);
        break;
      case 'feedback': mapIn(this.feedback, r.signalId).set(r.id, r); break;
      default: break;
    }
  }

  /** The slot of a case if it has one; the last one asked for is at hand (the view of a case, then its fees). */
  private find(caseId: string): number | undefined {
    if (caseId === this.lastId) return this.lastSlot;
    let slot: number | undefined;
    // a hint only: a slot's ID never changes, so a match is always right
    if (this.cursor < this.order.length && this.slotIds[this.order[this.cursor]] === caseId) slot = this.order[this.cursor++];
    else {
      slot = this.slotOf.get(caseId);
      if (slot < 0) return undefined;
    }
    if (slot !== undefined) {
      this.lastId = caseId;
      this.lastSlot = slot;
    }
    return slot;
  }

  /** The slot of a case, given on first sight. */
  private slot(caseId: string): number {
    if (caseId === this.lastId) return this.lastSlot;
    const slot = this.slotOf.add(caseId);
    if (slot === this.caseAt.length) {
      this.caseAt.push(undefined);
      this.caseReceivedAt.push(NaN);
      this.feesAt.push(undefined);
      this.firstEvent.push(-1);
      this.lastEvent.push(-1);
      this.eventIdMarks.push(0);
    }
    this.lastId = caseId;
    this.lastSlot = slot;
    return slot;
  }

  /**
   * Marks the slot as revised when event i repeats the ID of an earlier event of it. The IDs of a
   * case's events share a long prefix, so the mark hashes their ends; only a hit compares IDs.
   */
  private markEventId(slot: number, id: string, i: number): void {
    if (this.revisedSlots.has(slot)) return;
    const n = id.length;
    const bit = 1 << ((n + id.charCodeAt(n - 1) * 7 + (n > 1 ? id.charCodeAt(n - 2) * 3 : 0)) % 31);
    const marks = this.eventIdMarks[slot];
    this.eventIdMarks[slot] = marks | bit;
    if (!(marks & bit)) return;
    for (let j = this.firstEvent[slot]; j >= 0 && j !== i; j = this.nextEvent[j]) {
      if (this.eventRecords[j].id === id) { this.revisedSlots.add(slot); return; }
    }
  }

  /** In a world that shares strings, replaces the record's values of these fields by the one string held for each. */
  private shareValues(r: FsjcRecord, fields: readonly string[]): void {
    if (!this.share || Object.isFrozen(r)) return;
    const values = r as unknown as Record<string, unknown>;
    for (const f of fields) {
      const v = values[f];
      if (v !== undefined) values[f] = this.intern(v as string);
    }
  }

  /**
   * The one string held for a code or reference value. Each record parsed from JSON has strings of
   * its own; shared, the values a city repeats millions of times (event types, units, items, posts)
   * take memory once, and looking them up in the indexes compares them by reference.
   */
  private intern<S extends string>(value: S): S {
    const held = this.strings.get(value);
    if (held !== undefined) return held as S;
    this.strings.set(value, value);
    return value;
  }

  private touch(caseId: string | undefined, c: CaseRecord | undefined, touched: string[] | undefined): void {
    if (!caseId || !touched) return;
    touched.push(caseId);
    const cached = this.views.size > 0; // nothing cached yet (a bulk load): nothing to invalidate
    if (cached) this.views.delete(caseId);
    const parent = c?.parentCaseId;
    if (parent) {
      if (cached) this.views.delete(parent);
      touched.push(parent);
    }
  }

  /**
   * Visits the ID of every case, in the order the cases were first seen: for work over the whole
   * city whose result does not depend on the order (one evaluation sorts what it finds). The case
   * visited is at hand, so looking it up by ID costs nothing.
   */
  forEachCaseId(visit: (caseId: string) => void): void {
    const ids = this.slotIds;
    for (let slot = 0; slot < ids.length; slot++) {
      if (!this.caseAt[slot]) continue;
      this.lastId = ids[slot];
      this.lastSlot = slot;
      visit(ids[slot]);
    }
  }

  caseIds(): string[] {
    const ids = this.slotIds;
    const order: number[] = [];
    for (let slot = 0; slot < ids.length; slot++) if (this.caseAt[slot]) order.push(slot);
    order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    this.order = order;
    this.cursor = 0;
    return order.map((slot) => ids[slot]);
  }

  /**
   * Visits every case's view, in no particular order and keeping none: for work over the whole
   * city whose result does not depend on order (scoring), without looking each case up by ID.
   * The view and its events are valid during the visit only: the visitor must not keep them.
   */
  forEachCaseView(visit: (view: CaseView) => void): void {
    // one view and one set of event objects serve every visit: a city's worth of them would only feed the collector
    const pool: Pool = { list: [], objects: [] };
    const view: CaseView = { case: undefined as unknown as CaseRecord, events: pool.list, items: NO_ITEMS, signals: [], feedback: [], receivedAt: NaN };
    for (let slot = 0; slot < this.slotIds.length; slot++) {
      const c = this.caseAt[slot];
      if (!c) continue;
      const kept = this.views.size ? this.views.get(c.id) : undefined;
      if (kept) { visit(kept); continue; }
      view.case = c;
      view.receivedAt = this.receivedAtOf(slot);
      view.events = this.latestEvents(slot, pool);
      view.items = this.itemsOf(c.itemCode);
      visit(view);
    }
  }

  /** The latest revision of every record of a type, by ID. */
  latestOf<T extends FsjcRecord>(type: T['recordType']): ReadonlyMap<string, T> {
    return (this.latest.get(type) ?? NO_RECORDS) as ReadonlyMap<string, T>;
  }

  /** The clock's view of a case (FSJC-CLK-041): latest revisions, events in time order. */
  view(caseId: string, keep = true): CaseView | undefined {
    let v = this.views.size ? this.views.get(caseId) : undefined;
    if (v) return v;
    const slot = this.find(caseId);
    const c = slot === undefined ? undefined : this.caseAt[slot];
    if (!c) return undefined;
    v = {
      case: c, receivedAt: this.receivedAtOf(slot!), events: this.latestEvents(slot!),
      items: this.itemsOf(c.itemCode), signals: [], feedback: [],
    };
    // a whole-city evaluation looks at each case once: keeping a million views only feeds the collector
    if (keep) this.views.set(caseId, v);
    return v;
  }

  private receivedAtOf(slot: number): number | undefined {
    const at = this.caseReceivedAt[slot];
    return at === at ? at : undefined;
  }

  private itemsOf(itemCode: string): readonly Item[] {
    let list = this.itemLists.get(itemCode);
    if (!list) {
      list = [...(this.itemsByCode.get(itemCode)?.values() ?? [])];
      this.itemLists.set(itemCode, list);
    }
    return list;
  }

  /** Event i as the pool's k-th object, overwritten. */
  private reuse(pool: Pool, k: number, i: number): EventRevision {
    let e = pool.objects[k];
    if (!e) pool.objects.push((e = this.revision(i)));
    else {
      const reportedAt = this.eventReportedAt[i];
      e.event = this.eventRecords[i];
      e.at = this.eventAt[i];
      e.reportedAt = reportedAt === reportedAt ? reportedAt : undefined;
      e.reportedBy = this.eventReportedBy[i];
    }
    return e;
  }

  private revision(i: number): EventRevision {
    const reportedAt = this.eventReportedAt[i];
    return { event: this.eventRecords[i], at: this.eventAt[i], reportedAt: reportedAt === reportedAt ? reportedAt : undefined, reportedBy: this.eventReportedBy[i] };
  }

  /**
   * The latest revision of each event of a case in time order (FSJC-DATA-004; of equal revisions,
   * the one that arrived last), carrying all its revisions when there is more than one.
   */
  private latestEvents(slot: number, pool?: Pool): TimedEvent[] {
    const revised = this.revisedSlots.has(slot);
    // revisions are rare: they get objects of their own
    const list: EventRevision[] = pool && !revised ? pool.list : [];
    list.length = 0;
    for (let i = this.firstEvent[slot]; i >= 0; i = this.nextEvent[i]) list.push(pool && !revised ? this.reuse(pool, list.length, i) : this.revision(i));
    if (!revised) return this.unorderedSlots.has(slot) ? list.sort(byTime) : list;
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
    return out.sort(byTime);
  }

  /**
   * Visits the latest revision of every event of the given types, with its case, without building
   * case views: rules over the whole city (denial rates) need only a few event types of each case.
   */
  eventsOfTypes(types: ReadonlySet<string>, visit: (c: CaseRecord, event: TimedEvent) => void): void {
    for (let slot = 0; slot < this.slotIds.length; slot++) {
      const c = this.caseAt[slot];
      if (!c) continue;
      let one = -1;
      let picked: number[] | undefined;
      for (let i = this.firstEvent[slot]; i >= 0; i = this.nextEvent[i]) {
        const event = this.eventRecords[i];
        if (!types.has(event.eventType)) continue;
        // a case has one outcome or two: a list only when there are more
        if (one < 0 && !picked) { one = i; continue; }
        if (!picked) { picked = [one]; one = -1; }
        const same = picked.findIndex((p) => this.eventRecords[p].id === event.id);
        if (same < 0) picked.push(i);
        else if ((event.revision ?? 1) >= (this.eventRecords[picked[same]].revision ?? 1)) picked[same] = i;
      }
      if (one >= 0) visit(c, this.revision(one));
      else if (picked) for (const i of picked) visit(c, this.revision(i));
    }
  }

  feesOf(caseId: string): Fee[] {
    const slot = this.find(caseId);
    const fees = slot === undefined ? undefined : this.feesAt[slot];
    return fees ? [...fees.values()] : [];
  }

  subCasesOf(caseId: string): string[] {
    return [...(this.subCases.get(caseId) ?? [])].sort();
  }

  /** Feedback on a signal, in the order it was given. */
  feedbackOn(signalId: string): Feedback[] {
    return [...(this.feedback.get(signalId)?.values() ?? [])]
      .sort((a, b) => parseInstant(a.submittedAt) - parseInstant(b.submittedAt) || byId(a, b));
  }


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

function instantOrNaN(text: string): number {
  try {
    return parseInstant(text);
  } catch {
    return NaN; // reported where the instant is used, as before
  }
}

function mapIn<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let m = map.get(key);
  if (!m) { m = new Map(); map.set(key, m); }
  return m;
}

function listIn<K>(map: Map<K, number[]>, key: K): number[] {
  let l = map.get(key);
  if (!l) { l = []; map.set(key, l); }
  return l;
}

function remove(list: number[] | undefined, value: number): void {
  const i = list ? list.indexOf(value) : -1;
  if (i >= 0) list!.splice(i, 1);
}

function setIn<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  let s = map.get(key);
  if (!s) { s = new Set(); map.set(key, s); }
  s.add(value);
}
