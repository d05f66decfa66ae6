import type { CaseEvent, CaseRecord, Complaint, Contact, Evaluation, Fee, Feedback, FsjcRecord, Item, Observation, Unit } from '../generated/types.js';
import { byTime, type CaseView, type TimedEvent } from '../clock/case-limits.js';
import { parseInstant } from '../clock/time.js';

/** A batch as received: its header says when and by whom it was sent (FSJC-ENV). */
export interface BatchLike {
  header?: { sentAt?: string; senderUnitId?: string };
  records: readonly unknown[];
}

/** One revision of an event as reported. */
export interface EventRevision {
  event: CaseEvent;
  at: number;
  /** When the batch carrying it was sent; unknown for records given without a header. */
  reportedAt?: number;
  reportedBy?: string;
}

/**
 * The records the engine evaluates, indexed once: the latest revision of every record
 * (FSJC-DATA-004), every revision of every event (for late reporting and back-dating), and the
 * registry (units and their contacts).
 */
export class World {
  readonly cases = new Map<string, CaseView>();
  readonly eventRevisions = new Map<string, EventRevision[]>();
  readonly items = new Map<string, Item[]>();
  readonly fees = new Map<string, Fee[]>();
  readonly subCases = new Map<string, string[]>();
  readonly units = new Map<string, Unit>();
  readonly contacts = new Map<string, Contact[]>();
  readonly complaints: Complaint[] = [];
  readonly evaluations: Evaluation[] = [];
  readonly observations: Observation[] = [];
  readonly feedback = new Map<string, Feedback[]>();
  /** The first report of each case's events, for the reporting unit. */
  readonly reporter = new Map<string, string>();
  /** Every revision of every item, oldest first, with when it was first reported. */
  readonly itemRevisions = new Map<string, { item: Item; reportedAt?: number }[]>();

  constructor(batches: readonly BatchLike[]) {
    const latest = new Map<string, FsjcRecord>();
    for (const b of batches) {
      const reportedAt = b.header?.sentAt ? parseInstant(b.header.sentAt) : undefined;
      for (const raw of b.records) {
        const r = raw as FsjcRecord;
        const key = `${r.recordType}\u0000${r.id}`;
        const prev = latest.get(key);
        if (!prev || (r.revision ?? 1) >= (prev.revision ?? 1)) latest.set(key, r);
        if (r.recordType === 'item') push(this.itemRevisions, r.id, { item: r, reportedAt });
        if (r.recordType === 'event') {
          const list = this.eventRevisions.get(r.id) ?? [];
          list.push({ event: r, at: parseInstant(r.occurredAt), reportedAt, reportedBy: b.header?.senderUnitId });
          this.eventRevisions.set(r.id, list);
          if (b.header?.senderUnitId && !this.reporter.has(r.caseId)) this.reporter.set(r.caseId, b.header.senderUnitId);
        }
      }
    }
    for (const list of this.eventRevisions.values()) list.sort((a, b) => (a.event.revision ?? 1) - (b.event.revision ?? 1));
    for (const list of this.itemRevisions.values()) list.sort((a, b) => (a.item.revision ?? 1) - (b.item.revision ?? 1));
    const events = new Map<string, TimedEvent[]>();
    const cases: CaseRecord[] = [];
    for (const r of latest.values()) {
      switch (r.recordType) {
        case 'case': cases.push(r); break;
        case 'event': {
          const list = events.get(r.caseId) ?? [];
          list.push({ event: r, at: parseInstant(r.occurredAt) });
          events.set(r.caseId, list);
          break;
        }
        case 'item': push(this.items, r.itemCode, r); break;
        case 'fee': push(this.fees, r.caseId, r); break;
        case 'unit': this.units.set(r.id, r); break;
        case 'contact': push(this.contacts, r.unitId, r); break;
        case 'complaint': this.complaints.push(r); break;
        case 'evaluation': this.evaluations.push(r); break;
        case 'observation': this.observations.push(r); break;
        case 'feedback': push(this.feedback, r.signalId, r); break;
        default: break;
      }
    }
    for (const c of cases) {
      this.cases.set(c.id, {
        case: c, events: (events.get(c.id) ?? []).sort(byTime), items: this.items.get(c.itemCode) ?? [], signals: [], feedback: [],
      });
      if (c.parentCaseId) push(this.subCases, c.parentCaseId, c.id);
    }
    for (const list of this.contacts.values()) list.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const list of this.feedback.values()) list.sort((a, b) => parseInstant(a.submittedAt) - parseInstant(b.submittedAt) || (a.id < b.id ? -1 : 1));
  }

  /** The contact a signal on the unit is aimed at: its warning contact (FSJC-ORG). */
  warningContact(unitId: string): Contact | undefined {
    return this.contacts.get(unitId)?.find((c) => c.roles.includes('WARNING_CONTACT'));
  }

  /** The unit's responsible leader, told of red cards. */
  leader(unitId: string): Contact | undefined {
    return this.contacts.get(unitId)?.find((c) => c.roles.includes('LEADER'));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
