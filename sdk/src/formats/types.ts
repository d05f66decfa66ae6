import type { Issue } from '../validation/issue.js';

/** The serialisations of a batch (FSJC-ENV-002). */
export type BatchFormat = 'json' | 'ndjson' | 'xml';

/** Where a value came from in the input, for error locations. */
export interface SourcePosition {
  /** 1-based line where the value starts. */
  line?: number;
  column?: number;
  /** Byte offset of the start of the value. */
  offset?: number;
}

/**
 * What a batch reader yields, in input order: the header, each record, and any finding the
 * reader itself makes (malformed syntax, XML mapping errors). Readers never hold more than one
 * record in memory, so a file of any size is read with flat memory (FSJC-VAL-004).
 */
export type BatchItem =
  | { kind: 'header'; value: unknown; position: SourcePosition; /** records seen before it */ recordsBefore: number }
  | {
      kind: 'record';
      value: unknown;
      /** 0-based index in the batch. */
      index: number;
      position: SourcePosition;
      /**
       * For XML: the line of each element, by JSON pointer relative to the record
       * (e.g. `/applicant/idNumber`), so a finding at a field can name its line.
       */
      lines?: Map<string, number>;
      /** For XML: the line of the element at a pointer relative to the record, or of its nearest ancestor, without making `lines`. */
      lineOf?(pointer: string): number | undefined;
      /** For XML: the raw bytes of the record element, for XSD validation. */
      raw?: Uint8Array;
    }
  | { kind: 'issue'; issue: Issue }
  /** Emitted once at the end with the totals the reader saw. */
  | { kind: 'end'; bytes: number; records: number };

export interface ReadOptions {
  /** Called now and then with the number of bytes consumed so far. */
  onProgress?: (bytesRead: number) => void;
}
