import { CODELISTS } from '../generated/codelists.js';
import type { FactRow, Facts, PartitionResolver } from './facts/facts.js';
import { Column } from './facts/partition-state.js';

export const RECORD_TYPES = CODELISTS.recordType.codes.map((c) => c.code);
export const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
const TYPE_NUMBER = new Map(RECORD_TYPES.map((t, i) => [t, i]));
const EVENT_NUMBER = new Map(EVENT_TYPES.map((t, i) => [t, i]));
/** No record type or event type, in the 5 bits each has. */
export const NONE = 31;
/** The index's facts are owner 0; the rules follow in index order. */
export const INDEX_OWNER = 0;
const DEFINED = 0;

/** The number of a record type (`NONE` for another string). */
export const recordTypeNumber = (type: string): number => TYPE_NUMBER.get(type) ?? NONE;
/** The number of an event type (`NONE` when absent). */
export const eventTypeNumber = (type: string | undefined): number => (type === undefined ? NONE : EVENT_NUMBER.get(type) ?? NONE);

/**
 * Every record of the input by identifier (items also by item code), with the record type and
 * event type of the first record seen with it: FSJC-DATA-003 makes an id name one record across
 * record types. Kept as one fact a record while records stream (no memory per record); known at
 * the end of the input, one partition of identifiers at a time, where the rules' facts about the
 * same identifiers are resolved against it in the order they were kept.
 */
export class RecordIndex implements PartitionResolver<unknown> {
  static itemKey(itemCode: string): string {
    return `item\u0000${itemCode}`;
  }

  /** Keeps the current record's identifiers, before the rules keep their facts about it. */
  add(facts: Facts, id: string, recordType: number, eventType: string | undefined, itemCode?: string): void {
    const aux = recordType | (eventTypeNumber(eventType) << 5);
    facts.add(INDEX_OWNER, DEFINED, id, aux, 0, 0, 0);
    if (itemCode !== undefined) facts.add(INDEX_OWNER, DEFINED, RecordIndex.itemKey(itemCode), aux, 0, 0, 0);
  }

  // the partition being resolved: record type + 32 × event type of each identifier's first record
  private readonly first = new Column(-1);

  begin(): void {
    this.first.reset();
  }

  fact(row: FactRow): void {
    if (this.first.get(row.slot) < 0) this.first.set(row.slot, row.aux);
  }

  /** The record type number of an identifier's first record so far, or `NONE`. */
  typeNumber(slot: number): number {
    const v = this.first.get(slot);
    return v < 0 ? NONE : v & 31;
  }

  /** The record type of an identifier's first record so far, or undefined. */
  typeOf(slot: number): string | undefined {
    const v = this.first.get(slot);
    return v < 0 ? undefined : RECORD_TYPES[v & 31];
  }

  /** The event type of an identifier's first record so far, when that record is an event. */
  eventTypeOf(slot: number): string | undefined {
    const v = this.first.get(slot);
    return v < 0 ? undefined : EVENT_TYPES[v >>> 5];
  }
}
