import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './load.js';

const LEVEL: Record<string, string> = { NOTICE: '提示 notice', WARNING: '预警 warning', YELLOW_CARD: '黄牌 yellow card', RED_CARD: '红牌 red card' };
const TARGET: Record<string, string> = {
  HANDLING_UNIT: '办理单位 handling unit', CHARGING_UNIT: '收费单位 charging unit', IMPLEMENTING_UNIT: '实施单位 implementing unit',
  REPORTING_UNIT: '报送单位 reporting unit', OBSERVED_UNIT: '被监察单位 observed unit', HOLDING_UNIT: '滞后部门 holding department',
};

function params(p: Record<string, unknown>): string {
  const parts = Object.entries(p).map(([k, v]) => {
    if (v && typeof v === 'object' && 'value' in (v as object)) {
      const l = v as { value: number; unit: string };
      return `${k} = ${l.value} ${l.unit}`;
    }
    return `${k} = ${Array.isArray(v) ? v.join(', ') : String(v)}`;
  });
  return parts.length ? parts.join('; ') : '—';
}

/** standard/text/13-signals.md: the chapter template with the rule table and rule clauses generated from rules.json. */
export function rulesChapter(): string {
  const rules = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/rules/rules.json'), 'utf8'));
  const template = fs.readFileSync(path.join(ROOT, 'standard/rules/chapter.md'), 'utf8');
  const table = [
    `表10 监察规则（规则集 ${rules.version}）— Table 10 Monitoring rules (rule set ${rules.version})`,
    '',
    '| 规则 Rule | 名称 Title | 级别 Level | 对象 Target | 阈值 Thresholds | 要求 Requirement |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.rules.map((r: any) => `| ${r.id} | ${r.title_zh} ${r.title_en} | ${LEVEL[r.level]} | ${TARGET[r.target]} | ${params(r.params)} | ${r.requirement} |`),
  ].join('\n');
  const clauses = rules.rules.map((r: any) =>
    `**[${r.requirement}]** 规则 ${r.id}（${r.title_zh}，${LEVEL[r.level].split(' ')[0]}，消息代码 ${r.messageCode}）：${r.text_zh}\n\n` +
    `**[${r.requirement}]** Rule ${r.id} (${r.title_en}, ${LEVEL[r.level].split(' ').slice(1).join(' ')}, message code ${r.messageCode}): ${r.text_en}\n`).join('\n');
  return `<!-- DO NOT EDIT: generated from standard/rules/chapter.md and standard/rules/rules.json by \`npm run generate\`. -->\n\n` +
    template.replace('{{RULES_TABLE}}', table).replace('{{RULES}}', clauses.trimEnd());
}
