import { listInputFiles, validateFiles, STANDARD_VERSION, type BatchFormat, type SeverityCounts, type ValidationReport } from '@fsjc/sdk';
import { REVIEW_CHECKS } from './checks/index.js';
import { reviewInput, type ReadBatchLike } from './input.js';
import type { ReviewCheck, ReviewFinding } from './types.js';

export interface ReviewOptions {
  /** Examples kept per finding code, for validation and quality alike (default 5). */
  maxExamples?: number;
  /** The profile whose R-LATE-REPORT lag applies, instead of the one each batch header names. */
  profile?: string;
  /** Called now and then while the validator reads a file. */
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
  /** Force a serialisation instead of detecting it. */
  format?: BatchFormat;
  /** The checks to run (default: all, in the order of the index). */
  checks?: readonly ReviewCheck[];
}

/** All quality findings of one code: how many, and the first few as examples. */
export interface ReviewGroup {
  code: string;
  severity: 'warning';
  requirement: string;
  count: number;
  examples: ReviewFinding[];
}

export interface ReviewReport {
  kind: 'fsjc-review-report';
  reportVersion: 1;
  standardVersion: string;
  /** The profile named with --profile, if any; otherwise each batch's own. */
  profile?: string;
  /** The late-report lag, in hours, of that profile (or of the default profile). */
  lagHours: number;
  /** The validation of clause 10, exactly as `fsjc validate` gives it. */
  validation: ValidationReport;
  /** Data-quality findings by code, in the order of the checks; codes without findings left out. */
  quality: ReviewGroup[];
  totals: {
    files: number;
    records: number;
    /** Distinct cases and events (latest revisions) the checks looked at. */
    cases: number;
    events: number;
    validation: SeverityCounts;
    quality: number;
  };
  /** The validator's verdict: data-quality findings never change it (FSJC-CONF-024). */
  valid: boolean;
}

/** Runs the checks over batches held in memory and gives every finding, in check order. */
export function runReviewChecks(batches: readonly ReadBatchLike[], opts: { profile?: string; checks?: readonly ReviewCheck[] } = {}): ReviewFinding[] {
  const checks = opts.checks ?? REVIEW_CHECKS;
  const input = reviewInput(batches, new Set(checks.flatMap((c) => c.recordTypes)), opts);
  return checks.flatMap((c) => c.run(input));
}

/**
 * Data review (FSJC-CONF-024): validates the files together as `fsjc validate` does and, in the
 * same read, keeps the record types the quality checks use.
 * Directories are searched like `fsjc validate` searches them.
 */
export async function reviewFiles(paths: readonly string[], opts: ReviewOptions = {}): Promise<ReviewReport> {
  const files = listInputFiles(paths);
  const maxExamples = opts.maxExamples ?? 5;
  const checks = opts.checks ?? REVIEW_CHECKS;
  const wanted = new Set(checks.flatMap((c) => c.recordTypes));
  // one read serves both: the validator hands over the header and the records the checks use
  const byFile = new Map<string, { file: string; header?: object; records: unknown[] }>(files.map((file) => [file, { file, records: [] }]));
  const validation = await validateFiles(files, {
    maxExamples, onProgress: opts.onProgress, format: opts.format,
    onHeader: (file, header) => (byFile.get(file)!.header = header as object),
    onRecord: (file, index, r) => (byFile.get(file)!.records[index] = r && typeof r === 'object' && wanted.has((r as { recordType?: string }).recordType ?? '') ? r : null),
  });
  const batches: ReadBatchLike[] = [...byFile.values()];
  const input = reviewInput(batches, wanted, { profile: opts.profile });
  const quality: ReviewGroup[] = [];
  for (const check of checks) {
    const found = check.run(input);
    if (found.length) quality.push({ code: check.id, severity: check.severity, requirement: check.requirement, count: found.length, examples: found.slice(0, maxExamples) });
  }
  const kinds = (type: string) => input.latest.filter((r) => r.record.recordType === type).length;
  return {
    kind: 'fsjc-review-report',
    reportVersion: 1,
    standardVersion: STANDARD_VERSION,
    ...(opts.profile ? { profile: opts.profile } : {}),
    lagHours: input.lagHours(opts.profile),
    validation,
    quality,
    totals: {
      files: validation.files.length,
      records: validation.files.reduce((n, f) => n + f.records, 0),
      cases: kinds('case'),
      events: kinds('event'),
      validation: { ...validation.counts },
      quality: quality.reduce((n, g) => n + g.count, 0),
    },
    valid: validation.valid,
  };
}
