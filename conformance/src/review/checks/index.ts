import type { ReviewCheck } from '../types.js';
import { lateReport } from './late-report.js';
import { afterSent } from './after-sent.js';
import { beforeReceipt } from './before-receipt.js';
import { recordedBeforeOccurred } from './recorded-before-occurred.js';
import { requiredEvents } from './required-events.js';

/** The data-review checks in the order they run and report (FSJC-CONF-024): timeliness, times, then completeness. */
export const REVIEW_CHECKS: readonly ReviewCheck[] = [
  lateReport,
  afterSent,
  beforeReceipt,
  recordedBeforeOccurred,
  requiredEvents,
];
