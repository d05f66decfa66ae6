import { issueMessage, severityWord, type Language } from '../messages/index.js';
import type { ValidationReport } from './collector.js';
import type { Issue } from './issue.js';

function where(i: Issue): string {
  const parts: string[] = [];
  if (i.file) parts.push(i.line !== undefined ? `${i.file}:${i.line}${i.column !== undefined ? `:${i.column}` : ''}` : i.file);
  else if (i.line !== undefined) parts.push(`line ${i.line}`);
  if (i.pointer !== undefined) parts.push(i.pointer || '/');
  if (i.recordId) parts.push(`(${i.recordType ?? 'record'} ${i.recordId})`);
  return parts.join(' ');
}

/** Plain text: a summary per file, then findings grouped by code with counts and first examples. */
export function renderText(report: ValidationReport, lang: Language = 'zh'): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  for (const f of report.files) {
    const c = f.counts;
    const state = f.valid ? (zh ? '有效' : 'valid') : (zh ? '无效' : 'invalid');
    out.push(`${f.file}: ${state} — ${f.records} ${zh ? '条记录' : 'records'}; ${severityWord('critical', lang)} ${c.critical}, ${severityWord('error', lang)} ${c.error}, ${severityWord('warning', lang)} ${c.warning}, ${severityWord('advisory', lang)} ${c.advisory}`);
  }
  for (const g of report.groups) {
    out.push('');
    out.push(`[${severityWord(g.severity, lang)}] ${g.code} (${g.requirement}) × ${g.count}`);
    for (const e of g.examples) out.push(`  ${where(e)}: ${issueMessage(e, lang)}`);
    if (g.count > g.examples.length) out.push(`  … ${zh ? `另有 ${g.count - g.examples.length} 处` : `${g.count - g.examples.length} more`}`);
  }
  out.push('');
  out.push(report.valid ? (zh ? '结果：有效' : 'Result: valid') : (zh ? '结果：无效' : 'Result: invalid'));
  return out.join('\n') + '\n';
}

/** JSON: the report with each example's message in the chosen language. */
export function renderJson(report: ValidationReport, lang: Language = 'zh'): string {
  const groups = report.groups.map((g) => ({ ...g, message: issueMessage(g.examples[0] ?? { code: g.code, severity: g.severity, requirement: g.requirement }, lang), examples: g.examples.map((e) => ({ ...e, message: issueMessage(e, lang) })) }));
  return JSON.stringify({ ...report, groups }, null, 2) + '\n';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: one test case per file; blocking finding groups of that file are its failures. */
export function renderJunit(report: ValidationReport, lang: Language = 'zh'): string {
  const cases = report.files.map((f) => {
    const mine = report.groups.flatMap((g) => g.examples.filter((e) => e.file === f.file).map((e) => ({ g, e })));
    const failures = mine.filter(({ g }) => g.severity === 'critical' || g.severity === 'error')
      .map(({ g, e }) => `<failure type="${xml(g.code)}" message="${xml(issueMessage(e, lang))}">${xml(`${g.requirement} ${where(e)}`)}</failure>`);
    // a file whose findings are not among the examples kept still fails, with its counts
    if (!f.valid && failures.length === 0) failures.push(`<failure type="invalid" message="${xml(`critical ${f.counts.critical}, error ${f.counts.error}`)}"></failure>`);
    return `  <testcase classname="fsjc.validate" name="${xml(f.file)}">${failures.join('')}</testcase>`;
  });
  const failed = report.files.filter((f) => !f.valid).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n <testsuite name="fsjc validate" tests="${report.files.length}" failures="${failed}">\n${cases.join('\n')}\n </testsuite>\n</testsuites>\n`;
}
