import type { ScoringMethod } from '@fsjc/sdk';
import type { EditionReport } from './edition.js';
import { GRADE_TITLE, LEVEL_TITLE } from './labels.js';

const cell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * One row per subject, level by level, with every indicator's value and points (FSJC-SCO-012).
 * UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly.
 */
export function reportCsv(report: EditionReport, method: ScoringMethod): string {
  const ids = method.indicators.map((i) => i.id);
  const head = [
    '周期 period', '层级 level', '名次 rank', '对象标识 subjectId', '名称 name', '所属单位 parentId', ...(report.edition === 'internal' ? ['人员 people'] : []),
    '办件数 caseCount', '参与排名 ranked', '总分 score', '等次 grade', '上期总分 previousScore', '总分变化 change', '名次变化 rankChange',
    ...ids.flatMap((id) => [`${id} value`, `${id} points`]),
  ];
  const rows = report.subjects.map((s) => {
    const ind = new Map(s.indicators.map((i) => [i.indicatorId, i]));
    return [
      report.period, `${LEVEL_TITLE[s.level].zh} ${s.level}`, s.rank, s.subjectId, s.name, s.parentId, ...(report.edition === 'internal' ? [s.people?.join('、')] : []),
      s.caseCount, s.ranked ? '是 yes' : '否 no', s.score, `${GRADE_TITLE[s.grade].zh} ${s.grade}`, s.previous?.score, s.change, s.rankChange,
      ...ids.flatMap((id) => [ind.get(id)?.value ?? (ind.has(id) ? '不适用 n/a' : ''), ind.get(id)?.points ?? '']),
    ];
  });
  return '\uFEFF' + [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
