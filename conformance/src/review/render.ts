import { escapeHtml, issueMessage, type Issue, type Severity } from '@fsjc/sdk';
import { noteText } from '../messages/index.js';
import type { ReviewGroup, ReviewReport } from './review.js';
import type { ReviewFinding } from './types.js';

type Lang = 'zh' | 'en';
const t = (code: string, lang: Lang, params?: Record<string, string | number>) => noteText({ code, params }, lang);

/** Where an example is: file (and line), pointer, record and, for events, their case. */
function where(x: Pick<Issue, 'file' | 'line' | 'column' | 'pointer' | 'recordType' | 'recordId'> & { caseId?: string }): string {
  const parts: string[] = [];
  if (x.file) parts.push(x.line !== undefined ? `${x.file}:${x.line}${x.column !== undefined ? `:${x.column}` : ''}` : x.file);
  if (x.pointer !== undefined) parts.push(x.pointer || '/');
  const rec = x.recordId ? `${x.recordType ?? 'record'} ${x.recordId}` : '';
  const ofCase = x.caseId && !(x.recordType === 'case' && x.recordId === x.caseId) ? `caseId ${x.caseId}` : '';
  if (rec || ofCase) parts.push(`(${[rec, ofCase].filter(Boolean).join('; ')})`);
  return parts.join(' ');
}

const findingText = (f: ReviewFinding, lang: Lang) => t(f.code, lang, f.params);
const lagLine = (r: ReviewReport, lang: Lang) => (r.profile ? t('review.lag.profile', lang, { lagHours: r.lagHours, profile: r.profile }) : t('review.lag.own', lang, { lagHours: r.lagHours }));
const fileLine = (f: ReviewReport['validation']['files'][number], lang: Lang) =>
  t('review.file', lang, { file: f.file, state: t(f.valid ? 'review.state.valid' : 'review.state.invalid', lang), records: f.records, ...f.counts });
const totalsLine = (r: ReviewReport, lang: Lang) => t('review.totals', lang, {
  files: r.totals.files, records: r.totals.records, cases: r.totals.cases, events: r.totals.events,
  validation: Object.values(r.totals.validation).reduce((a, b) => a + b, 0), quality: r.totals.quality,
});
const verdict = (r: ReviewReport, lang: Lang) => t(r.valid ? 'review.verdict.valid' : 'review.verdict.invalid', lang);

/** Plain text in one language: files, validation findings, quality findings, totals and the verdict last. */
export function renderReviewText(report: ReviewReport, lang: Lang = 'zh'): string {
  const out: string[] = [t('review.title', lang), ''];
  for (const f of report.validation.files) out.push(fileLine(f, lang));
  out.push('', t('review.section.validation', lang));
  if (!report.validation.groups.length) out.push(`  ${t('review.none', lang)}`);
  for (const g of report.validation.groups) {
    out.push(`[${t(`review.severity.${g.severity}`, lang)}] ${g.code} (${g.requirement}) × ${g.count}`);
    for (const e of g.examples) out.push(`  ${where(e)}: ${issueMessage(e, lang)}`);
    if (g.count > g.examples.length) out.push(`  … ${t('review.more', lang, { count: g.count - g.examples.length })}`);
  }
  out.push('', t('review.section.quality', lang), lagLine(report, lang));
  if (!report.quality.length) out.push(`  ${t('review.none', lang)}`);
  for (const g of report.quality) {
    out.push(`[${t(`review.severity.${g.severity}`, lang)}] ${g.code} (${g.requirement}) × ${g.count}`);
    for (const e of g.examples) out.push(`  ${where(e)}: ${findingText(e, lang)}`);
    if (g.count > g.examples.length) out.push(`  … ${t('review.more', lang, { count: g.count - g.examples.length })}`);
  }
  out.push('', totalsLine(report, lang), verdict(report, lang));
  return out.join('\n') + '\n';
}

/** JSON: the report with the message of every group and example in the chosen language. */
export function renderReviewJson(report: ReviewReport, lang: Lang = 'zh'): string {
  const validation = {
    ...report.validation,
    groups: report.validation.groups.map((g) => ({ ...g, examples: g.examples.map((e) => ({ ...e, message: issueMessage(e, lang) })) })),
  };
  const quality = report.quality.map((g) => ({ ...g, examples: g.examples.map((e) => ({ ...e, message: findingText(e, lang) })) }));
  return JSON.stringify({ ...report, validation, quality }, null, 2) + '\n';
}

const e = escapeHtml;
/** A caption in Chinese with its English beside it, both from the catalogues. */
const both = (code: string, params?: Record<string, string | number>) => `${e(t(code, 'zh', params))} <span class="en">${e(t(code, 'en', params))}</span>`;

const CSS = `
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #202124; margin: 0 auto; max-width: 1100px; padding: 24px; font-size: 14px; line-height: 1.5; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #dadce0; padding-bottom: 4px; }
.en { color: #5f6368; font-weight: normal; }
.sub { color: #5f6368; margin: 0 0 16px; }
.verdict { border: 3px solid #137333; background: #e6f4ea; border-radius: 8px; padding: 12px 16px; font-size: 18px; font-weight: bold; }
.verdict.invalid { border-color: #b3261e; background: #fce8e6; }
.verdict .en { display: block; font-size: 14px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 12px; }
th, td { border: 1px solid #dadce0; padding: 5px 7px; vertical-align: top; text-align: left; }
th { background: #f1f3f4; font-size: 13px; }
td.code, td.req { font-family: monospace; white-space: nowrap; }
td.n { text-align: right; }
.s-critical, .s-error { color: #a50e0e; font-weight: bold; }
.s-warning { color: #b05a00; }
.s-advisory { color: #3c4043; }
ul.ex { margin: 0; padding-left: 16px; }
ul.ex li { margin-bottom: 4px; }
ul.ex .at { font-family: monospace; font-size: 12px; overflow-wrap: anywhere; }
ul.ex .en { display: block; }
.more { color: #5f6368; font-size: 12px; }
@media print { body { padding: 0; max-width: none; } }
`;

function groupsHtml(groups: { code: string; severity: Severity; requirement: string; count: number; examples: { zh: string; en: string; at: string }[] }[]): string {
  if (!groups.length) return `<p>${both('review.none')}</p>`;
  const rows = groups.map((g) => `<tr>
<td class="code">${e(g.code)}</td><td class="s-${e(g.severity)}">${both(`review.severity.${g.severity}`)}</td><td class="req">${e(g.requirement)}</td><td class="n">${g.count}</td>
<td><ul class="ex">${g.examples.map((x) => `<li><span class="at">${e(x.at)}</span><br>${e(x.zh)}<span class="en">${e(x.en)}</span></li>`).join('')}</ul>${g.count > g.examples.length ? `<div class="more">… ${both('review.more', { count: g.count - g.examples.length })}</div>` : ''}</td>
</tr>`);
  return `<table>
<thead><tr><th>${both('review.col.code')}</th><th>${both('review.col.severity')}</th><th>${both('review.col.requirement')}</th><th>${both('review.col.count')}</th><th>${both('review.col.message')}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/**
 * One self-contained page, Chinese first with English beside it: nothing is fetched, and every
 * value from the files is escaped, since the files are the sender's words.
 */
export function renderReviewHtml(report: ReviewReport): string {
  const validation = report.validation.groups.map((g) => ({
    ...g, examples: g.examples.map((x) => ({ at: where(x), zh: issueMessage(x, 'zh'), en: issueMessage(x, 'en') })),
  }));
  const quality = report.quality.map((g: ReviewGroup) => ({
    ...g, examples: g.examples.map((x) => ({ at: where(x), zh: findingText(x, 'zh'), en: findingText(x, 'en') })),
  }));
  const files = report.validation.files.map((f) => `<tr><td class="code">${e(f.file)}</td><td>${both(f.valid ? 'review.state.valid' : 'review.state.invalid')}</td><td class="n">${f.records}</td>`
    + `<td class="n">${f.counts.critical}</td><td class="n">${f.counts.error}</td><td class="n">${f.counts.warning}</td><td class="n">${f.counts.advisory}</td></tr>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('review.title', 'zh'))} ${e(t('review.title', 'en'))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${both('review.title')}</h1>
<p class="sub">${both('review.subtitle')} · FSJC ${e(report.standardVersion)}</p>
</header>
<div class="verdict${report.valid ? '' : ' invalid'}" id="verdict">${e(verdict(report, 'zh'))}<span class="en">${e(verdict(report, 'en'))}</span></div>
<p>${e(totalsLine(report, 'zh'))}<br><span class="en">${e(totalsLine(report, 'en'))}</span></p>
<h2>${both('review.section.files')}</h2>
<table>
<thead><tr><th>${both('review.col.file')}</th><th>${both('review.col.state')}</th><th>${both('review.col.records')}</th>`
    + `<th>${both('review.severity.critical')}</th><th>${both('review.severity.error')}</th><th>${both('review.severity.warning')}</th><th>${both('review.severity.advisory')}</th></tr></thead>
<tbody>
${files.join('\n')}
</tbody>
</table>
<h2 id="validation">${both('review.section.validation')}</h2>
${groupsHtml(validation)}
<h2 id="quality">${both('review.section.quality')}</h2>
<p>${e(lagLine(report, 'zh'))}<br><span class="en">${e(lagLine(report, 'en'))}</span></p>
${groupsHtml(quality)}
</body>
</html>
`;
}
