import type { Problem } from '../receipt/types.js';

/** Why the Uploader stopped. */
export type UploadErrorCode =
  /** Another process (or another Uploader in this one) holds the spool directory. */
  | 'locked'
  /** The spool directory holds something this code did not write: nothing is sent until a person looks. */
  | 'corrupt'
  /** The centre refused the request as such (401, 404, …): fix the configuration; the batch stays pending. */
  | 'refused'
  /** A success status came with a receipt that is not for the batch or not signed by the centre; the batch stays pending. */
  | 'receiptInvalid'
  /** `retry.maxAttempts` transient failures in a row; the batch stays pending and is resent by the next flush. */
  | 'gaveUp'
  /** close() or the abort signal stopped the work; what was not acknowledged stays pending. */
  | 'aborted'
  /** The Uploader was closed. */
  | 'closed';

/** An error of the Uploader, with the batch and response it is about. */
export class UploadError extends Error {
  override readonly name = 'UploadError';
  readonly code: UploadErrorCode;
  readonly sequenceNumber?: number;
  readonly status?: number;
  readonly problem?: Problem;
  /** For `receiptInvalid`: what did not match. */
  readonly problems?: string[];

  constructor(code: UploadErrorCode, message: string, details: { sequenceNumber?: number; status?: number; problem?: Problem; problems?: string[]; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.sequenceNumber !== undefined) this.sequenceNumber = details.sequenceNumber;
    if (details.status !== undefined) this.status = details.status;
    if (details.problem !== undefined) this.problem = details.problem;
    if (details.problems !== undefined) this.problems = details.problems;
  }
}
