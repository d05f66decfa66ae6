import { CODELISTS } from '../generated/codelists.js';
import { FingerprintTable } from './fingerprint.js';

const RECORD_TYPES = CODELISTS.recordType.codes.map((c) => c.code);
const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
const TYPE_INDEX = new Map(RECORD_TYPES.map((t, i) => [t, i]));
const EVENT_INDEX = new Map(EVENT_TYPES.map((t, i) => [t, i]));
const BATCH = 2 ** 29;

/**
 * Every record seen in the input, by identifier (items also by item code), in one number each:
 * record type (4 bits), event type (5 bits), revision (20 bits) and batch number (24 bits).
 * One table shared by the rules keeps memory small and flat per record.
 */
export class RecordIndex {
  private readonly table = new FingerprintTable(1 << 16);
  batch = 0;

  static itemKey(itemCode: string): string {
    return `item\u0000${itemCode}`;
  }

  /** The record type of an identifier, or undefined. */
  typeOf(id: string): string | undefined {
    const v = this.table.get(id);
    return v < 0 ? undefined : RECORD_TYPES[(v % 512) & 15];
  }

  /** The event type of an identifier that names an event, or undefined. */
  eventTypeOf(id: string): string | undefined {
    const v = this.table.get(id);
    if (v < 0) return undefined;
    const ev = (v % 512) >> 4;
    return ev < 31 ? EVENT_TYPES[ev] : undefined;
  }

  /** The highest revision of an identifier seen in the current batch, or -1. */
  revisionInBatch(id: string): number {
    const v = this.table.get(id);
    if (v < 0) return -1;
    const batch = Math.floor(v / BATCH);
    if (batch !== this.batch % 2 ** 24) return -1;
    return Math.floor((v - batch * BATCH) / 512);
  }

  /** Adds or updates a record; the first record and event type seen for an identifier are kept. */
  add(id: string, recordType: string, eventType: string | undefined, revision: number): void {
    this.pending.low = (TYPE_INDEX.get(recordType) ?? 15) + (eventType === undefined ? 31 : EVENT_INDEX.get(eventType) ?? 31) * 16;
    this.pending.rev = Math.min(revision, 2 ** 20 - 1);
    this.pending.batch = this.batch % 2 ** 24;
    this.table.update(id, this.merge);
  }

  // the record being added, read by `merge` (one function for every add: no closure per record)
  private readonly pending = { low: 0, rev: 0, batch: 0 };
  private readonly merge = (prev: number): number => {
    let { low, rev } = this.pending;
    const { batch } = this.pending;
    if (prev >= 0) {
      const prevBatch = Math.floor(prev / BATCH);
      const rest = prev - prevBatch * BATCH;
      low = rest % 512;
      if (prevBatch === batch) rev = Math.max(rev, Math.floor(rest / 512));
    }
    return low + rev * 512 + batch * BATCH;
  };
}
