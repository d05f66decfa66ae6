import { CODELISTS } from '../generated/codelists.js';
import type { FactRow, Facts, PartitionResolver } from './facts/facts.js';
import { Column } from './facts/partition-state.js';
import { RecentByKey } from './facts/recent.js';
import { SeenKeys } from './facts/seen-keys.js';
import type { PartitionContext, RuleResolver } from './rule.js';

export const RECORD_TYPES = CODELISTS.recordType.codes.map((c) => c.code);
export const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
const TYPE_NUMBER = new Map(RECORD_TYPES.map((t, i) => [t, i]));
const EVENT_NUMBER = new Map(EVENT_TYPES.map((t, i) => [t, i]));
/** No record type or event type, in the 5 bits each has. */
export const NONE = 31;
/** The index's facts are owner 0; the rules follow in index order. */
export const INDEX_OWNER = 0;
/** A record, by its id. */
const DEFINED = 0;
/** An item, by its item code. */
const ITEM_CODE = 1;

/** The number of a record type (`NONE` for another string). */
export const recordTypeNumber = (type: string): number => TYPE_NUMBER.get(type) ?? NONE;
/** The number of an event type (`NONE` when absent). */
export const eventTypeNumber = (type: string | undefined): number => (type === undefined ? NONE : EVENT_NUMBER.get(type) ?? NONE);

/**
 * Every record of the input by identifier (items also by item code), with the record type and
 * event type of the first record seen with it: FSJC-DATA-003 makes an id name one record across
 * record types. Kept as one fact a record while records stream (no memory per record); known at
 * the end of the input, one partition of identifiers at a time, where the rules' facts about the
 * same identifiers are resolved against it in the order they were kept. Rules that decide on the
 * records themselves (duplicate ids) are shown each definition first.
 *
 * While reading, it knows in fixed memory what is certain: whether an identifier was certainly
 * never read (a Bloom filter), and the first record of identifiers read lately that were new then.
 * Rules use this to decide at once, or to count facts instead of keeping them.
 */
export class RecordIndex implements PartitionResolver<PartitionContext> {
  constructor(private readonly observers: readonly RuleResolver[] = []) {}

  static itemKey(itemCode: string): string {
    return `item\u0000${itemCode}`;
  }

  /**
   * Keeps the current record's definition (its id, types, batch number, revision and the line of
   * its id), before the rules keep their facts about it.
   */
  add(facts: Facts, id: string, recordType: number, eventType: string | undefined, batch: number, revision: number, idLine: number, itemCode?: string): void {
    const aux = recordType | (eventTypeNumber(eventType) << 5);
    facts.add(INDEX_OWNER, DEFINED, id, aux, idLine, batch, revision);
    this.firstOfItsId = this.read(facts.fingerprintOf(id), aux);
    if (itemCode !== undefined) {
      const key = RecordIndex.itemKey(itemCode);
      facts.add(INDEX_OWNER, ITEM_CODE, key, aux, 0, 0, 0);
      this.read(facts.fingerprintOf(key), aux);
    }
  }

  // while records stream: the identifiers read so far, and the first records of some of them
  private readonly seen = new SeenKeys();
  private readonly firsts = new RecentByKey();

  /** Whether the current record is certainly the first of the input with its id (false when unsure). */
  firstOfItsId = false;

  /** Notes an identifier read; whether its record is certainly the first with it. */
  private read(fp: Int32Array, aux: number): boolean {
    const first = !this.seen.mayHave(fp[0], fp[1]);
    if (first) this.firsts.set(fp[0], fp[1], aux);
    this.seen.add(fp[0], fp[1]);
    return first;
  }

  /**
   * The record type number of the first record of the input with this identifier, when that is
   * certain while reading (it was read lately), else -1: the end of the input decides.
   */
  knownTypeNumber(facts: Facts, key: string): number {
    const fp = facts.fingerprintOf(key);
    const aux = this.firsts.get(fp[0], fp[1], -1);
    return aux < 0 ? -1 : aux & 31;
  }

  /**
   * Whether a record with this identifier may have been read so far: false only if certainly
   * not (the answers at the end of the input are exact; this one lets a rule keep fewer facts).
   */
  mayHave(facts: Facts, key: string): boolean {
    const fp = facts.fingerprintOf(key);
    return this.seen.mayHave(fp[0], fp[1]);
  }

  // the partition being resolved: record type + 32 × event type of each identifier's first record
  private readonly first = new Column(-1);

  begin(): void {
    this.first.reset();
  }

  fact(row: FactRow, ctx: PartitionContext): void {
    // once per record of the input: plain loops and one call to the column
    const observers = this.observers;
    if (row.kind === DEFINED) for (let i = 0; i < observers.length; i++) observers[i].definition!(row, ctx);
    this.first.setIfUnset(row.slot, row.aux);
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
