import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DO_NOT_EDIT } from './load.js';

const readMethod = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/scoring/method.json'), 'utf8'));

const LEVEL: Record<string, string> = { DEPARTMENT: '部门 department', POST: '岗位 post', DISTRICT: '区 district', VERTICAL_LINE: '条线 vertical line' };
const GRADE: Record<string, string> = { EXCELLENT: '优秀 excellent', GOOD: '良好 good', PASS: '合格 pass', FAIL: '不合格 fail' };
const PERIOD: Record<string, string> = { MONTH: '月 month', QUARTER: '季度 quarter', YEAR: '年 year' };

/** The case sets of FSJC-SCO-005, described once here for the chapter. */
const CASE_SETS: [string, string, string][] = [
  ['CONCLUDED', '本期办结（CONCLUDED 事件在本期）的办件', 'cases concluded in the period (their CONCLUDED event lies in it)'],
  ['CONCLUDED_WITH_LIMIT', 'CONCLUDED 中非即办件、主时限不为0的办件', 'cases of CONCLUDED that are not on-the-spot cases and whose governing limit is not 0'],
  ['CONCLUDED_ON_TIME', 'CONCLUDED_WITH_LIMIT 中主时限在届满前停止的办件', 'cases of CONCLUDED_WITH_LIMIT whose governing limit stopped no later than its end'],
  ['CONCLUDED_EARLY', 'CONCLUDED_ON_TIME 中停止时剩余计时日不少于指标参数 minRemaining 的办件', 'cases of CONCLUDED_ON_TIME with at least the indicator\'s minRemaining counting days left when it stopped'],
  ['CONCLUDED_LATE', 'CONCLUDED_WITH_LIMIT 中主时限停止晚于届满时刻的办件', 'cases of CONCLUDED_WITH_LIMIT whose governing limit stopped after its end'],
  ['OPEN_OVERDUE', '期末尚未结束（没有不予受理、办结、撤回或终止事件）且主时限已超期的办件', 'cases not ended at the end of the period (no refusal, conclusion, withdrawal or termination) whose governing limit is overdue'],
  ['IMMEDIATE_CONCLUDED', 'CONCLUDED 中办件类型为 IMMEDIATE 的办件', 'cases of CONCLUDED of case type IMMEDIATE'],
  ['IMMEDIATE_SAME_DAY', 'IMMEDIATE_CONCLUDED 中在收件当日办结的办件', 'cases of IMMEDIATE_CONCLUDED concluded on the day they were received'],
  ['RECEIVED', '本期收件（receivedAt 在本期）的办件', 'cases received in the period (receivedAt lies in it)'],
  ['RECEIVED_ONLINE', 'RECEIVED 中 online 为 true 的办件', 'cases of RECEIVED whose online is true'],
  ['COMPLETE_TRAIL', 'CONCLUDED 中收件、受理、决定事件都不晚于办结发生的办件', 'cases of CONCLUDED whose received, accepted and decided events all occur no later than the conclusion'],
];

const num = (x: number) => String(x);
const sets = (list?: string[]) => (list ?? []).join(' ∪ ') || '—';

/** sdk/src/generated/scoring.ts: the scoring method of standard/scoring/method.json. */
export function scoringModule(): string {
  const method = readMethod();
  delete method.$schema;
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `import type { ScoringMethod } from '../scoring/method-data.js';\n\n` +
    `/** The scoring method of the standard (standard/scoring/method.json, clause 14). */\n` +
    `export const METHOD_V1: ScoringMethod = ${JSON.stringify(method, null, 1)};\n`;
}

/** standard/text/14-scoring.md: the chapter template with the case sets, indicators and grades generated from method.json. */
export function scoringChapter(): string {
  const m = readMethod();
  const template = fs.readFileSync(path.join(ROOT, 'standard/scoring/chapter.md'), 'utf8');
  const caseSets = ['| 集合 Set | 含义 | Meaning |', '| --- | --- | --- |', ...CASE_SETS.map(([id, zh, en]) => `| ${id} | ${zh} | ${en} |`)].join('\n');
  const table = [
    `表11 测评指标（方法 ${m.version}，满分 ${m.total}）— Table 11 Indicators (method ${m.version}, total ${m.total})`,
    '',
    '| 指标 Indicator | 名称 Title | 方向 Direction | 权重 Weight | 零分点 zeroAt | 满分点 fullAt | 层级 Levels | 要求 Requirement |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...m.indicators.map((i: any) => `| ${i.id} | ${i.title_zh} ${i.title_en} | ${i.direction === 'ADD' ? '加分 ADD' : '扣分 DEDUCT'} | ${num(i.weight)} | ${num(i.zeroAt)} | ${num(i.fullAt)} | ${i.levels.map((l: string) => LEVEL[l].split(' ')[0]).join('、')} | ${i.requirement} |`),
  ].join('\n');
  const formula = (i: any) => {
    const p = i.params ? Object.entries(i.params).map(([k, v]: [string, any]) => `${k} = ${v && typeof v === 'object' && !Array.isArray(v) ? `${v.value} ${v.unit}` : Array.isArray(v) ? v.join(', ') : v}`).join('; ') : '';
    const counted = i.kind === 'CASE_RATE' ? `${sets(i.numerator)} / ${sets(i.population)}` : i.kind === 'CASE_MEAN' ? `mean ${i.measure} over ${sets(i.population)}` : i.kind;
    return `${counted}${p ? `; ${p}` : ''}`;
  };
  const clauses = m.indicators.map((i: any) =>
    `**[${i.requirement}]** 指标 ${i.id}（${i.title_zh}，${i.direction === 'ADD' ? '加分' : '扣分'}，权重 ${num(i.weight)}，${num(i.zeroAt)} 时为0，${num(i.fullAt)} 时为满）：${i.text_zh}（${formula(i)}）\n\n` +
    `**[${i.requirement}]** Indicator ${i.id} (${i.title_en}, ${i.direction === 'ADD' ? 'added' : 'deducted'}, weight ${num(i.weight)}, nothing at ${num(i.zeroAt)}, all at ${num(i.fullAt)}): ${i.text_en} (${formula(i)})\n`).join('\n');
  const grades = [
    '| 等次 Grade | 分数线 Minimum score |', '| --- | --- |', ...m.grades.map((g: any) => `| ${GRADE[g.grade]} | ${num(g.min)} |`), '',
    ...m.gradeCaps.map((c: any) => `- 封顶 Cap: ${c.indicator} ≥ ${num(c.atLeast)} → ≤ ${GRADE[c.maxGrade]}`), '',
    `- 最低办件数 Minimum cases: ${Object.entries(m.minCases).map(([k, v]) => `${PERIOD[k]} ${v}`).join('; ')}`,
    `- 并列 Tie-breakers: ${m.tieBreakers.map((t: any) => `${t.key} ${t.order === 'DESC' ? '高者在前 higher first' : '低者在前 lower first'}`).join('; ')}`,
  ].join('\n');
  return `<!-- DO NOT EDIT: generated from standard/scoring/chapter.md and standard/scoring/method.json by \`npm run generate\`. -->\n\n` +
    template.replace('{{CASE_SETS}}', caseSets).replace('{{INDICATORS_TABLE}}', table).replace('{{INDICATORS}}', clauses.trimEnd()).replace('{{GRADES}}', grades);
}
