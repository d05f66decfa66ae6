import { escapeHtml } from '@fsjc/sdk';
import { LEVELS, OUTCOMES, type Outcome, type RunReport, type Strength, type TestResult } from '../suite/types.js';
import { evidenceText, reportDigest } from './json.js';

/** What each outcome means, for a reader who has not read clause 11 (FSJC-CONF-013). */
const OUTCOME_TEXT: Record<Outcome, { zh: string; en: string; meaning_zh: string; meaning_en: string }> = {
  pass: { zh: '通过', en: 'pass', meaning_zh: '被测系统满足要求', meaning_en: 'the system under test meets it' },
  fail: { zh: '未通过', en: 'fail', meaning_zh: '被测系统不满足要求', meaning_en: 'the system under test does not meet it' },
  skip: { zh: '跳过', en: 'skip', meaning_zh: '所依赖的测试未通过，无法判断', meaning_en: 'a test it depends on did not pass, so it cannot tell' },
  omit: { zh: '未选择', en: 'omit', meaning_zh: '本次运行未选择', meaning_en: 'not selected for this run' },
  error: { zh: '出错', en: 'error', meaning_zh: '测试工具或网络出错，与被测系统无关', meaning_en: 'the kit or the network failed, not the system under test' },
};

/** Strengths in the words of Table 8. */
const STRENGTH_ZH: Record<Strength, string> = { MUST: '应', SHOULD: '宜', MAY: '可' };

const MODE_TEXT = {
  client: { zh: '被测系统向测试工具报送（发送系统）', en: 'the system under test sends to the kit (sending system)' },
  server: { zh: '测试工具调用被测系统（接收中心）', en: 'the kit calls the system under test (receiving centre)' },
} as const;

const e = escapeHtml;
const both = (zh: string, en: string) => `${e(zh)} <span class="en">${e(en)}</span>`;
const instant = (s: string) => e(String(s ?? '').replace('T', ' '));

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #202124; margin: 0 auto; max-width: 1100px; padding: 24px; font-size: 14px; line-height: 1.5; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #dadce0; padding-bottom: 4px; }
.en { color: #5f6368; font-weight: normal; }
.sub { color: #5f6368; margin: 0 0 16px; }
.top { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
dl.meta { flex: 1 1 480px; display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.level { flex: 0 0 220px; border: 3px solid #1a73e8; border-radius: 8px; padding: 12px; text-align: center; background: #e8f0fe; }
.level.none { border-color: #b3261e; background: #fce8e6; }
.level .label { font-weight: bold; }
.level .value { font-size: 56px; font-weight: bold; line-height: 1.1; }
.level .note { font-size: 12px; }
.counts { display: flex; gap: 8px; flex-wrap: wrap; margin: 16px 0 4px; }
.count { flex: 1 1 120px; border-radius: 6px; padding: 8px 10px; border: 1px solid transparent; }
.count .n { font-size: 26px; font-weight: bold; }
.o-pass { background: #e6f4ea; color: #137333; border-color: #a8dab5; }
.o-fail { background: #fce8e6; color: #a50e0e; border-color: #f4a9a3; }
.o-skip { background: #eeeeee; color: #3c4043; border-color: #c4c7c5; }
.o-omit { background: #f8f9fa; color: #80868b; border-color: #e8eaed; }
.o-error { background: #fef0e1; color: #b05a00; border-color: #f9c58d; }
.legend { font-size: 12px; color: #3c4043; margin: 4px 0 0; padding-left: 18px; }
.explain { font-size: 13px; color: #3c4043; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #dadce0; padding: 5px 7px; vertical-align: top; text-align: left; }
th { background: #f1f3f4; font-size: 13px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.id { font-family: monospace; white-space: nowrap; }
td.req { font-family: monospace; font-size: 12px; white-space: nowrap; }
td.outcome { font-weight: bold; white-space: nowrap; }
ul.msg { margin: 0; padding-left: 16px; }
ul.msg li .en { display: block; }
details { margin-top: 4px; }
summary { cursor: pointer; color: #1a73e8; font-size: 12px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 11px; background: #f8f9fa; border: 1px solid #e8eaed; padding: 6px; margin: 4px 0 0; max-height: 480px; overflow: auto; }
.cut { color: #b05a00; font-size: 12px; }
footer { margin-top: 28px; font-size: 12px; color: #5f6368; border-top: 1px solid #dadce0; padding-top: 8px; overflow-wrap: anywhere; }
@media print { body { padding: 0; max-width: none; font-size: 12px; } table { font-size: 11px; } td.id, td.req { font-size: 10px; } th, td { padding: 3px 4px; } pre { max-height: none; } }
`;

/**
 * The HTML report (FSJC-CONF-015): one self-contained printable page, Chinese first with English
 * beside it, for a project office to read and file. Nothing is fetched (no script, font or image),
 * and every value from the run is escaped: the system under test names itself.
 */
export function reportHtml(report: RunReport): string {
  const s = report.system ?? ({} as RunReport['system']);
  const systemName = s.name ? `${s.name} (${s.id})` : s.id;
  const mode = MODE_TEXT[report.suite?.mode as keyof typeof MODE_TEXT];
  const none = report.level === 'L0';
  // [Chinese, English, value as HTML]; a member the system did not give is left out
  const meta: ([string, string, string] | false)[] = [
    ['被测系统', 'System under test', e(systemName)],
    !!s.url && ['地址', 'Address', e(s.url)],
    !!s.regionCode && ['行政区划', 'Region code', e(s.regionCode)],
    ['测试套件', 'Test suite', `${e(report.suite?.id)} ${e(report.suite?.version)} · ${both(report.suite?.title_zh ?? '', report.suite?.title_en ?? '')}`],
    !!mode && ['测试方式', 'Mode', both(mode.zh, mode.en)],
    ['测试工具', 'Kit', `${e(report.kit?.name)} ${e(report.kit?.version)}`],
    ['标准版本', 'Standard version', e(report.standardVersion)],
    ['开始时间', 'Started', instant(report.startedAt)],
    ['结束时间', 'Finished', instant(report.finishedAt)],
  ];
  const groups = new Map<string, TestResult[]>();
  for (const r of report.results ?? []) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>一致性测试报告 Conformance test report · ${e(systemName)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>一致性测试报告 <span class="en">Conformance test report</span></h1>
<p class="sub">佛山市行政审批电子监察数据交换标准（FSJC）第 11.4 条 <span class="en">FSJC clause 11.4</span></p>
</header>
<section class="top">
<dl class="meta">
${meta.filter((m) => m !== false).map(([zh, en, v]) => `<dt>${both(zh, en)}</dt><dd>${v}</dd>`).join('\n')}
</dl>
<div class="level${none ? ' none' : ''}" id="level">
<div class="label">达到的等级 <span class="en">Level reached</span></div>
<div class="value">${e(report.level)}</div>
<div class="note">${levelNote(report.level)}</div>
</div>
</section>
${countsHtml(report)}
${levelsHtml(report.results ?? [], report.level)}
${[...groups].map(([group, results]) => groupHtml(group, results, report.groups?.find((g) => g.id === group))).join('\n')}
<footer>
<p>本报告的 SM3 杂凑（RFC 8785 规范化的 report.json）<span class="en">SM3 digest of this report (report.json canonicalised per RFC 8785)</span>: <code>${e(safeDigest(report))}</code></p>
<p>完整的证据见 report.json。符合性证书须由项目办公室签发，可用 fsjc conformance verify 验证。 <span class="en">The full evidence is in report.json. A certificate of conformance is issued by the project office and can be checked with fsjc conformance verify.</span></p>
</footer>
</body>
</html>
`;
}

function countsHtml(report: RunReport): string {
  const counts = report.counts ?? ({} as RunReport['counts']);
  return `<h2>各结果的数目 <span class="en">Results</span></h2>
<div class="counts">
${OUTCOMES.map((o) => `<div class="count o-${o}"><div class="n">${e(counts[o] ?? 0)}</div><div>${both(OUTCOME_TEXT[o].zh, OUTCOME_TEXT[o].en)}</div></div>`).join('\n')}
</div>
<ul class="legend">
${OUTCOMES.map((o) => `<li><b>${both(OUTCOME_TEXT[o].zh, OUTCOME_TEXT[o].en)}</b>：${both(OUTCOME_TEXT[o].meaning_zh, OUTCOME_TEXT[o].meaning_en)}</li>`).join('\n')}
</ul>`;
}

/** Why a level was or was not reached: its MUST tests, counted (FSJC-CONF-014). */
function levelsHtml(results: readonly TestResult[], reachedLevel: RunReport['level']): string {
  const reachedUpTo = LEVELS.indexOf(reachedLevel as (typeof LEVELS)[number]);
  const rows = LEVELS.map((level, i) => {
    const at = results.filter((r) => r.level === level);
    const must = at.filter((r) => r.strength === 'MUST');
    const other = at.filter((r) => r.strength !== 'MUST');
    const passed = (list: TestResult[]) => list.filter((r) => r.outcome === 'pass').length;
    const reached = i <= reachedUpTo;
    return `<tr><td class="id">${level}</td><td>${passed(must)} / ${must.length}</td><td>${passed(other)} / ${other.length}</td><td class="outcome ${reached ? 'o-pass' : 'o-omit'}">${reached ? both('达到', 'reached') : both('未达到', 'not reached')}</td></tr>`;
  });
  return `<h2>各等级 <span class="en">Levels</span></h2>
<p class="explain">等级是累进的：某一等级及其以下各等级的全部“应”（MUST）测试都通过，才达到该等级；“宜”“可”（SHOULD、MAY）测试的结果只作报告，不影响等级。 <span class="en">Levels are cumulative: a level is reached when every MUST test of it and of every level below it passed; SHOULD and MAY tests are reported and do not affect the level.</span></p>
<table>
<thead><tr><th>${both('等级', 'Level')}</th><th>${both('“应”测试通过', 'MUST tests passed')}</th><th>${both('“宜”“可”测试通过', 'SHOULD and MAY tests passed')}</th><th>${both('结论', 'Verdict')}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function groupHtml(group: string, results: TestResult[], titles?: { title_zh: string; title_en: string }): string {
  const title = titles ? ` ${e(titles.title_zh)} <span class="en">${e(titles.title_en)}</span>` : '';
  return `<h2 id="group-${e(group)}">测试组 <span class="en">Group</span> ${e(group)}${title}</h2>
<table>
<thead><tr><th>${both('编号', 'ID')}</th><th>${both('标题', 'Title')}</th><th>${both('等级', 'Level')}</th><th>${both('强度', 'Strength')}</th><th>${both('要求', 'Requirements')}</th><th>${both('结果', 'Outcome')}</th><th>${both('说明与证据', 'Explanation and evidence')}</th></tr></thead>
<tbody>
${results.map(rowHtml).join('\n')}
</tbody>
</table>`;
}

function rowHtml(r: TestResult): string {
  const o = OUTCOME_TEXT[r.outcome] ?? { zh: String(r.outcome), en: String(r.outcome) };
  const strength = STRENGTH_ZH[r.strength] ?? '';
  const messages = (r.messages ?? []).map((m) => `<li>${e(m.zh)}<span class="en">${e(m.en)}</span></li>`).join('');
  return `<tr id="test-${e(r.id)}">
<td class="id">${e(r.id)}</td>
<td>${e(r.title_zh)}<br><span class="en">${e(r.title_en)}</span>${r.scenario ? `<br><small>${both('场景', 'scenario')} ${e(r.scenario)}</small>` : ''}</td>
<td>${e(r.level)}</td>
<td>${e(strength)} ${e(r.strength)}</td>
<td class="req">${(r.requirements ?? []).map(e).join('<br>')}</td>
<td class="outcome o-${e(r.outcome)}">${both(o.zh, o.en)}</td>
<td>${messages ? `<ul class="msg">${messages}</ul>` : ''}${evidenceHtml(r.evidence)}</td>
</tr>`;
}

function evidenceHtml(evidence: unknown): string {
  if (evidence === undefined) return '';
  const { text, truncated, length } = evidenceText(evidence);
  const cut = truncated
    ? `<div class="cut">证据共 ${length} 个字符，此处只显示前 ${text.length} 个，完整内容见 report.json。 <span class="en">The evidence has ${length} characters; the first ${text.length} are shown, all of it is in report.json.</span></div>`
    : '';
  return `<details><summary>证据 <span class="en">Evidence</span></summary>${cut}<pre>${e(text)}</pre></details>`;
}

function levelNote(level: RunReport['level']): string {
  if (level === 'L0') return both('未达到任何等级', 'no level reached');
  const range = level === 'L1' ? 'L1' : `L1–${level}`;
  return both(`${range} 的全部“应”测试均通过`, `every MUST test of ${range} passed`);
}

/** A page with a digest that cannot be computed still shows everything else. */
function safeDigest(report: RunReport): string {
  try {
    return reportDigest(report);
  } catch {
    return '—';
  }
}
