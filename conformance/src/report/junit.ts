import type { RunReport, TestResult } from '../suite/types.js';
import { evidenceText } from './json.js';

// characters XML 1.0 cannot carry at all, even escaped: shown as U+FFFD rather than break the file
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: the characters that matter, and the ones XML cannot hold replaced. */
function text(s: unknown): string {
  return String(s ?? '').replace(NOT_XML, '\uFFFD').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** A double-quoted attribute value; line breaks and tabs kept as references, as attribute normalisation would lose them. */
function attr(s: unknown): string {
  return text(s).replace(/["\t\n\r]/g, (c) => ({ '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

const seconds = (ms: number) => (Math.max(0, Number(ms) || 0) / 1000).toFixed(3);

/** Every message of a test in one line, Chinese first. */
const summary = (r: TestResult) => (r.messages ?? []).map((m) => `${m.zh} ${m.en}`).join('; ');

/** Every message of a test, one per line with its code, and the evidence (cut to a sane size). */
function details(r: TestResult): string {
  const lines = (r.messages ?? []).map((m) => `[${m.code}] ${m.zh}\n${' '.repeat(m.code.length + 3)}${m.en}`);
  if (r.evidence !== undefined) {
    const ev = evidenceText(r.evidence);
    lines.push(`证据 Evidence${ev.truncated ? ` (${ev.text.length} / ${ev.length}, 完整内容见 report.json, all of it is in report.json)` : ''}:\n${ev.text}`);
  }
  return lines.join('\n');
}

function testcase(r: TestResult, indent: string): string {
  const props = [
    ['title_zh', r.title_zh], ['level', r.level], ['strength', r.strength], ['outcome', r.outcome],
    ...(r.scenario ? [['scenario', r.scenario]] : []),
    ...(r.requirements ?? []).map((id) => ['requirement', id]),
  ].map(([name, value]) => `${indent}    <property name="${attr(name)}" value="${attr(value)}"/>`);
  const body: string[] = [`${indent}  <properties>`, ...props, `${indent}  </properties>`];
  // fail speaks of the system, error of the kit: JUnit has the same split
  if (r.outcome === 'fail') body.push(`${indent}  <failure message="${attr(summary(r))}" type="fail">${text(details(r))}</failure>`);
  else if (r.outcome === 'error') body.push(`${indent}  <error message="${attr(summary(r))}" type="error">${text(details(r))}</error>`);
  else if (r.outcome === 'skip' || r.outcome === 'omit') body.push(`${indent}  <skipped message="${attr(`${r.outcome}: ${summary(r)}`)}"/>`);
  else if (r.evidence !== undefined) body.push(`${indent}  <system-out>${text(details(r))}</system-out>`);
  return `${indent}<testcase classname="${attr(r.group)}" name="${attr(`${r.id} ${r.title_en}`)}" time="${seconds(r.durationMs)}">\n${body.join('\n')}\n${indent}</testcase>`;
}

function tally(results: readonly TestResult[]) {
  const n = (...o: string[]) => results.filter((r) => o.includes(r.outcome)).length;
  return `tests="${results.length}" failures="${n('fail')}" errors="${n('error')}" skipped="${n('skip', 'omit')}" time="${seconds(results.reduce((t, r) => t + (Number(r.durationMs) || 0), 0))}"`;
}

/**
 * The JUnit XML report (FSJC-CONF-015), for CI servers: a testsuite per group, a testcase per test
 * named by its ID and English title. fail is a failure, error an error (the kit's, not the
 * system's), skip and omit are skipped; the requirement IDs, level and strength are properties.
 */
export function reportJunit(report: RunReport): string {
  const results = report.results ?? [];
  const groups = new Map<string, TestResult[]>();
  for (const r of results) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const runProps = [
    ['suite', report.suite?.id], ['suiteVersion', report.suite?.version], ['kit', `${report.kit?.name} ${report.kit?.version}`],
    ['standardVersion', report.standardVersion], ['system', report.system?.id], ...(report.system?.name ? [['systemName', report.system.name]] : []),
    ['startedAt', report.startedAt], ['finishedAt', report.finishedAt], ['levelReached', report.level],
  ].map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`).join('\n');
  const suites = [...groups].map(([group, list]) => `  <testsuite name="${attr(group)}" ${tally(list)} timestamp="${attr(report.startedAt)}">
    <properties>
${runProps}
    </properties>
${list.map((r) => testcase(r, '    ')).join('\n')}
  </testsuite>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${attr(`${report.suite?.id} ${report.suite?.version}`)}" ${tally(results)}>
${suites.join('\n')}
</testsuites>
`;
}
