import { CODELISTS } from '../generated/codelists.js';
import { FingerprintTable } from './fingerprint.js';

const RECORD_TYPES = CODELISTS.recordType.codes.map((c) => c.code);
const EVENT_TYPES = CODELISTS.eventType.codes.map((c) => c.code);
const TYPE_INDEX = new Map(RECORD_TYPES.map((t, i) => [t, i]));
const EVENT_INDEX = new Map(EVENT_TYPES.map((t, i) => [t, i]));
// value layout, 32 bits: record type (4), event type (5), revision (12), batch number (11)
const REV = 2 ** 9;
const BATCH = 2 ** 21;
const MAX_REVISION = 2 ** 12 - 1;
const BATCHES = 2 ** 11;

/**
 * Every record seen in the input, by identifier (items also by item code), in one 32-bit number
 * each: record type, event type, revision (capped at 4095) and batch number (modulo 2048). One
 * table shared by the rules: 12 bytes a slot, about 17 bytes a record.
 */
export class RecordIndex {
  private readonly table = new FingerprintTable(1 << 16, 'u32');
  batch = 0;

  static itemKey(itemCode: string): string {
    return `item\u0000${itemCode}`;
  }

  /** The record type of an identifier, or undefined. */
  typeOf(id: string): string | undefined {
    const v = this.table.get(id);
    return v < 0 ? undefined : RECORD_TYPES[v & 15];
  }

  /** The event type of an identifier that names an event, or undefined. */
  eventTypeOf(id: string): string | undefined {
    const v = this.table.get(id);
    if (v < 0) return undefined;
    const ev = (v >> 4) & 31;
    return ev < 31 ? EVENT_TYPES[ev] : undefined;
  }

  /** The highest revision of an identifier seen in the current batch, or -1. */
  revisionInBatch(id: string): number {
    const v = this.table.get(id);
    if (v < 0) return -1;
    if (Math.floor(v / BATCH) !== this.batch % BATCHES) return -1;
    return Math.floor(v / REV) % (MAX_REVISION + 1);
  }

  /** Adds or updates a record; the first record and event type seen for an identifier are kept. */
  add(id: string, recordType: string, eventType: string | undefined, revision: number): void {
    this.pending.low = (TYPE_INDEX.get(recordType) ?? 15) + (eventType === undefined ? 31 : EVENT_INDEX.get(eventType) ?? 31) * 16;
    this.pending.rev = Math.min(revision, MAX_REVISION);
    this.pending.batch = this.batch % BATCHES;
    this.table.update(id, this.merge);
  }

  // the record being added, read by `merge` (one function for every add: no closure per record)
  private readonly pending = { low: 0, rev: 0, batch: 0 };
  private readonly merge = (prev: number): number => {
    let { low, rev } = this.pending;
    const { batch } = this.pending;
    if (prev >= 0) {
      low = prev % REV;
      if (Math.floor(prev / BATCH) === batch) rev = Math.max(rev, Math.floor(prev / REV) % (MAX_REVISION + 1));
    }
    return low + rev * REV + batch * BATCH;
  };
}
