import { escapeHtml, type ScoringMethod, type SubjectScore } from '@fsjc/sdk';
import { gradeBars, rateBars, scoreBars } from './charts.js';
import type { EditionReport, EditionSubject } from './edition.js';
import { GRADE_TITLE, LEVEL_TITLE, periodTitle } from './labels.js';

const esc = escapeHtml;
const GRADE_ZH = Object.fromEntries(Object.entries(GRADE_TITLE).map(([k, v]) => [k, v.zh]));

export interface HtmlOptions {
  /** The city as titled in the profile, e.g. 佛山市. */
  cityTitle: string;
  /** When the report was produced (shown in the header). */
  producedAt: string;
}

/**
 * The monthly report as one printable page, Chinese first (FSJC-SCO-012): ranked tables with every
 * indicator's points, charts drawn as inline SVG, the method. It makes no external request.
 */
export function reportHtml(report: EditionReport, method: ScoringMethod, options: HtmlOptions): string {
  const title = `${options.cityTitle}行政审批绩效测评${periodTitle(report.period)}${report.periodKind === 'MONTH' ? '月报' : '报告'}`;
  const editionTitle = report.edition === 'public' ? '对外公布版 Public edition' : '内部版（含岗位和人员，不得公开） Internal edition: posts and people, not for publication';
  const sections = report.levels.map((level) => levelSection(report, method, level, report.subjects.filter((s) => s.level === level))).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
  @page { size: A4 landscape; margin: 14mm 12mm; }
  body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #222; margin: 24px; font-size: 13px; }
  h1 { font-size: 22px; text-align: center; margin: 0 0 4px; }
  .en { color: #666; font-size: 12px; }
  .sub { text-align: center; margin: 0 0 12px; }
  .edition { text-align: center; font-weight: bold; color: ${report.edition === 'public' ? '#1565c0' : '#c62828'}; }
  .meta { display: flex; flex-wrap: wrap; gap: 6px 24px; justify-content: center; margin: 8px 0 16px; }
  .partial { border: 2px solid #c62828; color: #c62828; padding: 6px 10px; margin: 8px 0; }
  h2 { font-size: 17px; border-bottom: 2px solid #1565c0; padding-bottom: 3px; margin-top: 28px; page-break-before: auto; }
  section { page-break-inside: auto; }
  .charts { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
  table { border-collapse: collapse; width: 100%; margin: 10px 0; font-size: 11px; }
  th, td { border: 1px solid #bbb; padding: 3px 4px; text-align: right; white-space: nowrap; }
  th { background: #eef3fb; text-align: center; }
  td.name, th.name { text-align: left; white-space: normal; min-width: 12em; }
  tr.unranked td { color: #777; background: #fafafa; }
  .g-EXCELLENT { color: #2e7d32; font-weight: bold; } .g-GOOD { color: #1565c0; } .g-PASS { color: #a87900; } .g-FAIL { color: #c62828; font-weight: bold; }
  .up { color: #2e7d32; } .down { color: #c62828; }
  thead { display: table-header-group; } tr { page-break-inside: avoid; }
  .note { font-size: 11px; color: #555; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p class="sub en">Performance evaluation of administrative approvals, ${esc(report.period)}</p>
<p class="edition">${esc(editionTitle)}</p>
<div class="meta">
  <span>测评周期 Period：${esc(report.start)} 至 ${esc(report.end)}</span>
  <span>测评时刻 As of：${esc(report.asOf)}</span>
  <span>测评方法 Method：${esc(report.methodVersion)}</span>
  <span>配置 Profile：${esc(report.profile)}</span>
  <span>参与排名最低办件数 Minimum cases to be ranked：${report.minCases}</span>
  <span>生成时间 Produced：${esc(options.producedAt)}</span>
</div>
${report.partial ? '<p class="partial">期中结果：测评时刻早于周期结束，数字仍会变化。Partial: evaluated before the end of the period; figures will change.</p>' : ''}
${summary(report)}
${sections}
${methodSection(method)}
</body>
</html>
`;
}

function summary(report: EditionReport): string {
  const rows = report.levels.map((level) => {
    const of = report.subjects.filter((s) => s.level === level);
    const n = (g: string) => of.filter((s) => s.grade === g).length;
    return `<tr><td class="name">${LEVEL_TITLE[level].zh} ${LEVEL_TITLE[level].en}</td><td>${of.length}</td><td>${of.filter((s) => s.ranked).length}</td><td>${n('EXCELLENT')}</td><td>${n('GOOD')}</td><td>${n('PASS')}</td><td>${n('FAIL')}</td></tr>`;
  }).join('');
  const departments = report.subjects.filter((s) => s.level === 'DEPARTMENT');
  return `<section><h2>一、概况 Summary</h2>
<table><thead><tr><th class="name">层级 Level</th><th>对象 Subjects</th><th>参与排名 Ranked</th><th>优秀</th><th>良好</th><th>合格</th><th>不合格</th></tr></thead><tbody>${rows}</tbody></table>
${departments.length ? `<div class="charts">${gradeBars(departments, '部门等次分布', GRADE_ZH)}</div>` : ''}
<p class="note">不合格单位将收到监察建议（FSJC-SCO-008）。A unit graded FAIL receives a supervision proposal.</p></section>`;
}

const NUMERALS = ['二', '三', '四', '五'];

function levelSection(report: EditionReport, method: ScoringMethod, level: SubjectScore['level'], subjects: EditionSubject[]): string {
  const t = LEVEL_TITLE[level];
  const idx = report.levels.indexOf(level);
  const defs = method.indicators.filter((i) => i.levels.includes(level));
  const head = `<tr><th>名次<br><span class="en">Rank</span></th><th class="name">名称<br><span class="en">Name</span></th>${level === 'POST' ? '<th class="name">所属单位<br><span class="en">Unit</span></th>' : ''}${report.edition === 'internal' && level === 'POST' ? '<th class="name">人员<br><span class="en">People</span></th>' : ''}<th>办件数<br><span class="en">Cases</span></th><th>总分<br><span class="en">Score</span></th><th>等次<br><span class="en">Grade</span></th><th>较上期<br><span class="en">Change</span></th>${defs.map((d) => `<th title="${esc(d.title_en)}">${esc(d.title_zh)}<br><span class="en">${d.direction === 'ADD' ? '' : '−'}${d.weight}</span></th>`).join('')}</tr>`;
  const rows = subjects.map((s) => {
    const ind = new Map(s.indicators.map((i) => [i.indicatorId, i]));
    const change = s.change === undefined ? '—' : `<span class="${s.change.startsWith('-') ? 'down' : Number(s.change) > 0 ? 'up' : ''}">${Number(s.change) > 0 ? '+' : ''}${esc(s.change)}${s.rankChange ? `（${s.rankChange > 0 ? '↑' : '↓'}${Math.abs(s.rankChange)}）` : ''}</span>`;
    const cells = defs.map((d) => {
      const i = ind.get(d.id);
      return `<td title="${esc(i?.value === undefined ? '不适用 not applicable' : `${i.numerator}/${i.denominator} = ${i.value}`)}">${i?.value === undefined ? '—' : esc(i.points)}</td>`;
    }).join('');
    return `<tr class="${s.ranked ? '' : 'unranked'}"><td>${s.rank ?? '—'}</td><td class="name">${esc(s.name ?? s.subjectId)}</td>${level === 'POST' ? `<td class="name">${esc(s.parentId ?? '')}</td>` : ''}${report.edition === 'internal' && level === 'POST' ? `<td class="name">${esc(s.people?.join('、') ?? '')}</td>` : ''}<td>${s.caseCount}</td><td><b>${esc(s.score)}</b></td><td class="g-${s.grade}">${GRADE_TITLE[s.grade].zh}${s.cappedBy ? '*' : ''}</td><td>${change}</td>${cells}</tr>`;
  }).join('\n');
  const rates = level === 'DISTRICT' || level === 'VERTICAL_LINE'
    ? rateBars(subjects, ['onTimeRate', 'earlyRate', 'onlineRate', 'satisfactionRate'].map((id) => ({ id, title: method.indicators.find((i) => i.id === id)?.title_zh ?? id })).filter((x) => method.indicators.some((i) => i.id === x.id)), `${t.zh}主要指标（%）`)
    : '';
  return `<section><h2>${NUMERALS[idx] ?? ''}、${t.zh}测评结果 ${t.en}</h2>
<div class="charts">${subjects.some((s) => s.ranked) ? scoreBars(subjects, `${t.zh}总分排名`) : ''}${rates}</div>
<table><thead>${head}</thead><tbody>
${rows}
</tbody></table>
<p class="note">指标列为得分（加分为正、扣分为负；悬停可见分子/分母和指标值），“—”为不适用；灰色行办件数不足 ${report.minCases} 件，不参与排名；* 因等次封顶规则降等。Indicator columns show points; “—” not applicable; grey rows have fewer than ${report.minCases} cases and are not ranked; * grade lowered by a cap.</p></section>`;
}

function methodSection(method: ScoringMethod): string {
  const rows = method.indicators.map((i) => `<tr><td class="name">${esc(i.title_zh)}<br><span class="en">${esc(i.title_en)}</span></td><td>${i.direction === 'ADD' ? '加分' : '扣分'}</td><td>${i.weight}</td><td>${i.zeroAt}</td><td>${i.fullAt}</td><td class="name">${esc(i.text_zh)}</td><td>${esc(i.requirement)}</td></tr>`).join('');
  const grades = method.grades.map((g) => `${GRADE_TITLE[g.grade].zh} ≥ ${g.min}`).join('；');
  return `<section><h2>测评方法 Method ${esc(method.version)}</h2>
<p>等次 Grades：${esc(grades)}。${method.gradeCaps.map((c) => `${esc(c.indicator)} ≥ ${c.atLeast} 时至多为${GRADE_TITLE[c.maxGrade].zh}`).join('；')}。</p>
<table><thead><tr><th class="name">指标 Indicator</th><th>方向</th><th>权重</th><th>零分点</th><th>满分点</th><th class="name">口径 Definition</th><th>要求</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
