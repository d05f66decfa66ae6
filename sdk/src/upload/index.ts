export { Uploader, type UploaderOptions, type UploaderEvents, type UploadProgress, type DeliveredBatch, type RejectedBatch, type BatchRetry, type InvalidReceipt, type FlushResult } from './uploader.js';
export { sendBatch, type SendOptions, type SendResult, type CentreConnection, type RetryOptions, type RetryInfo, type Timeouts } from './send.js';
export { checkReceipt, type ReceiptCheck } from './check.js';
export { readSpool, type SpoolContents, type SpoolBatch, type SpoolLock, type RejectionRecord } from './spool.js';
export { UploadError, type UploadErrorCode } from './errors.js';
export type { BatchForm } from './body.js';
