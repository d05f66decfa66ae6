import type { Grade, ScoreLevel } from '@fsjc/sdk';

export const LEVEL_TITLE: Record<ScoreLevel, { zh: string; en: string }> = {
  DEPARTMENT: { zh: '部门', en: 'Departments' },
  POST: { zh: '岗位', en: 'Posts' },
  DISTRICT: { zh: '区', en: 'Districts' },
  VERTICAL_LINE: { zh: '条线', en: 'Vertical lines' },
};

export const GRADE_TITLE: Record<Grade, { zh: string; en: string }> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  GOOD: { zh: '良好', en: 'Good' },
  PASS: { zh: '合格', en: 'Pass' },
  FAIL: { zh: '不合格', en: 'Fail' },
};

export function periodTitle(period: string): string {
  const m = /^(\d{4})(?:-(\d{2})|-Q(\d))?$/.exec(period);
  if (!m) return period;
  return m[2] ? `${m[1]}年${Number(m[2])}月` : m[3] ? `${m[1]}年第${m[3]}季度` : `${m[1]}年`;
}
