import fs from 'node:fs';
import path from 'node:path';
import type { RunReport } from '../suite/types.js';
import { reportHtml } from './html.js';
import { reportJson } from './json.js';
import { reportJunit } from './junit.js';

export type ReportFormat = 'json' | 'html' | 'junit';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'html', 'junit'];

const FILES: Record<ReportFormat, { name: string; render: (report: RunReport) => string }> = {
  json: { name: 'report.json', render: reportJson },
  html: { name: 'report.html', render: reportHtml },
  junit: { name: 'report.junit.xml', render: reportJunit },
};

/**
 * Writes the reports of a run into `dir` (made if missing): report.json, report.html,
 * report.junit.xml (FSJC-CONF-015). Returns the paths written, in the order of `formats`. Each file
 * is written beside itself and renamed, so a reader never sees half a report.
 */
export function writeReports(report: RunReport, dir: string, formats: readonly ReportFormat[] = REPORT_FORMATS): string[] {
  const unknown = formats.filter((f) => !Object.hasOwn(FILES, f));
  if (unknown.length) throw new Error(`unknown report format ${unknown.join(', ')} (${REPORT_FORMATS.join(', ')})`);
  fs.mkdirSync(dir, { recursive: true });
  return [...new Set(formats)].map((format) => {
    const { name, render } = FILES[format];
    const file = path.join(dir, name);
    const partial = `${file}.${process.pid}.part`;
    fs.writeFileSync(partial, render(report), 'utf8');
    fs.renameSync(partial, file);
    return file;
  });
}
