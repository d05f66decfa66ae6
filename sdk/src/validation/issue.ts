/**
 * A finding of the validator. Codes are stable identifiers (FSJC-VAL-002); the words
 * live in the message catalogues, never here.
 */
export type Severity = 'critical' | 'error' | 'warning' | 'advisory';

/** Severity tiers, most serious first (FSJC-VAL-001). */
export const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning', 'advisory'];

export interface Location {
  /** File the finding is in, as given by the caller. */
  file?: string;
  /** 0-based index of the record within the batch; absent for the header and whole-file findings. */
  recordIndex?: number;
  recordType?: string;
  recordId?: string;
  /** JSON pointer (RFC 6901) from the batch root, e.g. `/records/12/applicant/idNumber`. */
  pointer?: string;
  /** 1-based line (NDJSON line, or XML line where the parser gives it). */
  line?: number;
  /** 1-based column, where known. */
  column?: number;
}

export interface Issue extends Location {
  code: string;
  severity: Severity;
  /** Requirement ID of the standard the finding cites, e.g. `FSJC-DATA-012`. */
  requirement: string;
  /** Values substituted into the catalogue message. */
  params?: Record<string, string | number>;
}

/** Whether issues of this severity make a file invalid (critical and error do). */
export function isBlocking(severity: Severity): boolean {
  return severity === 'critical' || severity === 'error';
}

/**
 * Whether a reader's finding is about a record or the header: it then waits for that record or
 * header, to be reconciled with the schema's findings (and a record worker leaves such a record
 * to the validating thread).
 */
export function aboutRecordOrHeader(issue: Pick<Issue, 'recordIndex' | 'pointer'>): boolean {
  return issue.recordIndex !== undefined || !!issue.pointer?.startsWith('/header');
}
