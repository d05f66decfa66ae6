/**
 * Data review (FSJC-CONF-024): quality checks over the records of the files reviewed, beside the
 * validation of clause 10. A check never changes the validation verdict: its findings are warnings.
 */

/** A record as read from a file: any JSON value the reader gave; checks test the fields they use. */
export type AnyRecord = Record<string, any>;

/** One record with where it came from and the batch header it came with (sentAt matters). */
export interface ReadRecord {
  record: AnyRecord;
  file: string;
  /** Position of the file among the files reviewed: each file is one batch. */
  batchIndex: number;
  /** 0-based position in the batch. */
  recordIndex: number;
  /** The sending system of the batch: ids are unique only within it (FSJC-DATA-003). */
  sender: string;
  /** The batch's sentAt, in ms; NaN when the batch has no readable header. */
  sentAt: number;
  /** The batch's sentAt as written, for the messages. */
  sentAtText: string;
  /** The profile the batch names in its header, if any. */
  profile?: string;
}

/** Everything the checks see: every record read and, for each record, only its latest revision. */
export interface ReviewInput {
  /** Every record read of the types the checks look at, in input order, all revisions. */
  readonly records: readonly ReadRecord[];
  /** The latest revision of each record (by sending system and id), in input order (FSJC-DATA-004). */
  readonly latest: readonly ReadRecord[];
  /** The latest revision of a case, by sending system and case id. */
  caseOf(sender: string, caseId: string): ReadRecord | undefined;
  /** The latest revisions of the events of each case, by the key `sender␀caseId`. */
  readonly eventsByCase: ReadonlyMap<string, readonly ReadRecord[]>;
  /** The earliest sentAt of the batches that carried any revision of this record (when it was first reported). */
  firstSent(r: ReadRecord): { at: number; text: string };
  /** The lag allowed before an event counts as reported late, in hours, for a batch naming this profile. */
  lagHours(profile?: string): number;
}

/** A data-quality finding: a code of the kit's catalogues with its values and where it is. */
export interface ReviewFinding {
  code: string;
  file: string;
  batchIndex?: number;
  recordIndex?: number;
  recordType?: string;
  recordId?: string;
  caseId?: string;
  /** JSON pointer from the batch root (RFC 6901). */
  pointer?: string;
  params: Record<string, string | number>;
}

/** One check, one module (like the validator's rules): a stable ID, its severity, the requirement it serves. */
export interface ReviewCheck {
  /** Stable: also the code of its findings, never renamed or reused. */
  id: string;
  severity: 'warning';
  requirement: string;
  /** Record types the check looks at: only these are kept in memory. */
  recordTypes: readonly string[];
  run(input: ReviewInput): ReviewFinding[];
}

/** Key of a record within the input: ids are unique per sending system. */
export const recordKey = (sender: string, id: string) => `${sender}\u0000${id}`;

/** Where a finding on a field of a record is. */
export function at(r: ReadRecord, field?: string): Omit<ReviewFinding, 'code' | 'params'> {
  return {
    file: r.file,
    batchIndex: r.batchIndex,
    recordIndex: r.recordIndex,
    recordType: typeof r.record.recordType === 'string' ? r.record.recordType : undefined,
    recordId: typeof r.record.id === 'string' ? r.record.id : undefined,
    ...(r.record.recordType === 'event' && typeof r.record.caseId === 'string' ? { caseId: r.record.caseId } : {}),
    ...(r.record.recordType === 'case' && typeof r.record.id === 'string' ? { caseId: r.record.id } : {}),
    pointer: `/records/${r.recordIndex}${field ? `/${field}` : ''}`,
  };
}
