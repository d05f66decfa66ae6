import { describe, expect, it } from 'vitest';
import { METHOD_V1, type Contact, type ScoreReport, type SubjectScore } from '@fsjc/sdk';
import { edition, reportCsv, reportHtml } from './index.js';

const subject = (level: SubjectScore['level'], subjectId: string, name: string, extra: Partial<SubjectScore> = {}): SubjectScore => ({
  level, subjectId, name, caseCount: 30, ranked: true, rank: 1, score: '91.50', grade: 'EXCELLENT',
  indicators: [{ indicatorId: 'onTimeRate', applicable: true, numerator: 29, denominator: 30, value: '0.966667', points: '25.00' }], ...extra,
});
const report: ScoreReport = {
  period: '2026-10', periodKind: 'MONTH', start: '2026-10-01T00:00:00+08:00', end: '2026-11-01T00:00:00+08:00', asOf: '2026-11-01T00:00:00+08:00',
  partial: false, profile: 'foshan', methodVersion: '1.0.0', minCases: 20, levels: ['DEPARTMENT', 'POST', 'DISTRICT'],
  subjects: [
    subject('DEPARTMENT', 'U1', '南海区"市场",监管局 <b>'),
    subject('POST', 'P1', '审批岗', { parentId: 'U1' }),
    subject('DISTRICT', 'D5', '南海区', { ranked: false, rank: undefined }),
  ],
};
const contacts = [{ recordType: 'contact', id: 'C1', unitId: 'U1', name: '王五', roles: ['HANDLER'], postIds: ['P1'] }] as Contact[];

describe('publication of scores (FSJC-SCO-012)', () => {
  it('keeps posts and people out of the public edition', () => {
    const pub = edition(report, 'public', contacts);
    expect(pub.levels).toEqual(['DEPARTMENT', 'DISTRICT']);
    expect(pub.subjects.map((s) => s.subjectId)).toEqual(['U1', 'D5']);
    const html = reportHtml(pub, METHOD_V1, { cityTitle: '佛山市', producedAt: '2026-11-02T09:00:00+08:00' });
    expect(html).not.toMatch(/王五|审批岗/);
    expect(reportCsv(pub, METHOD_V1)).not.toMatch(/王五|审批岗/);
  });

  it('names the people of each post in the internal edition', () => {
    const internal = edition(report, 'internal', contacts);
    expect(internal.subjects.find((s) => s.subjectId === 'P1')?.people).toEqual(['王五']);
    expect(reportHtml(internal, METHOD_V1, { cityTitle: '佛山市', producedAt: 'now' })).toMatch(/王五/);
  });

  it('escapes names in the page and quotes them in the CSV', () => {
    const pub = edition(report, 'public');
    const html = reportHtml(pub, METHOD_V1, { cityTitle: '佛山市', producedAt: 'now' });
    expect(html).toContain('南海区&quot;市场&quot;,监管局 &lt;b&gt;');
    expect(html).not.toContain('监管局 <b>');
    const csv = reportCsv(pub, METHOD_V1);
    expect(csv).toContain('"南海区""市场"",监管局 <b>"');
    // an unranked subject is marked and has no rank
    expect(csv.split('\r\n').find((l) => l.includes('D5'))).toMatch(/^2026-10,区 DISTRICT,,D5,/);
  });

  it('says so when the report is partial', () => {
    const html = reportHtml(edition({ ...report, partial: true }, 'public'), METHOD_V1, { cityTitle: '佛山市', producedAt: 'now' });
    expect(html).toMatch(/期中结果/);
  });
});
