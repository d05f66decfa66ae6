import { renderNote } from '../messages/index.js';
import type { RunReport, TestResult } from './types.js';

/**
 * The verdict as an exit status: 0 when no MUST test failed, 1 when one did, 2 when none failed but
 * the kit erred on one (or skipped it for that), so no verdict could be reached.
 */
export function runExitCode(report: RunReport): 0 | 1 | 2 {
  const must = report.results.filter((r) => r.strength === 'MUST');
  if (must.some((r) => r.outcome === 'fail')) return 1;
  if (must.some((r) => r.outcome === 'error' || r.outcome === 'skip')) return 2;
  return 0;
}

/** One line as a test ends: its outcome, ID and title, then its notes, Chinese first. */
export function progressLines(r: TestResult): string[] {
  const lines = [`${r.outcome.padEnd(5)} ${r.id}  ${r.title_zh} / ${r.title_en}  (${r.durationMs} ms)`];
  if (r.outcome !== 'pass' && r.outcome !== 'omit') for (const m of r.messages) lines.push(`      ${m.zh}`, `      ${m.en}`);
  return lines;
}

/** The summary of a run: counts and the level reached, then the verdict, each Chinese first. */
export function summaryLines(report: RunReport, extra: { code: string; params?: Record<string, string | number> }[] = []): string[] {
  const verdict = ['kit.verdictPass', 'kit.verdictFail', 'kit.verdictError'][runExitCode(report)];
  const notes = [
    { code: 'kit.summary', params: { suite: report.suite.id, version: report.suite.version, level: report.level, ...report.counts } },
    { code: verdict },
    ...extra,
  ];
  return notes.map(renderNote).flatMap((m) => [m.zh, m.en]);
}
