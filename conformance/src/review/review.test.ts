import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createBatch, events } from '@fsjc/sdk';
import { reviewFiles } from './review.js';
import { renderReviewHtml, renderReviewJson, renderReviewText } from './render.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-review-'));

/** A batch, schema-valid for an ordinary id, whose only faults are for the review: a concluded case without acceptance, an event recorded before it happened. */
function qualityOnly(caseId: string): string {
  const unit = 'U440605-SCJGJ';
  const records = [
    build.case({
      id: caseId, caseNumber: 'NH202610120001', itemCode: '00011700400011440605006872053B001', caseType: 'PROMISED', channel: 'WINDOW', handlingUnitId: unit,
      regionCode: '440605', applicant: { kind: 'ORGANISATION', name: '佛山市南海区粤味轩餐饮管理有限公司', idType: 'USCC', idNumber: '91440605MA58KQCC8N' },
      receivedAt: '2026-10-12T09:00:00+08:00',
    }),
    events.received({ id: `${caseId}-E1`, caseId, occurredAt: '2026-10-12T09:00:00+08:00', unitId: unit }),
    events.concluded({ id: `${caseId}-E2`, caseId, occurredAt: '2026-10-12T16:00:00+08:00', recordedAt: '2026-10-12T15:00:00+08:00', unitId: unit }),
  ];
  const file = path.join(dir, `${caseId.replace(/\W/g, '_')}.json`);
  fs.writeFileSync(file, JSON.stringify(createBatch({ senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605', profile: 'foshan' }, { sequenceNumber: 1, sentAt: '2026-10-12T18:00:00+08:00' }, records)));
  return file;
}

describe('reviewFiles (FSJC-CONF-024)', () => {
  it('gives the validator’s report and the quality findings of the valid examples: valid, late reporting only', async () => {
    const r = await reviewFiles([path.join(ROOT, 'examples/valid')], { maxExamples: 2 });
    expect(r.valid).toBe(true);
    expect(r.validation.groups).toEqual([]);
    expect(r.quality.map((g) => g.code)).toEqual(['review.lateReport']);
    expect(r.quality[0]).toMatchObject({ severity: 'warning', requirement: 'FSJC-SIG-118' });
    expect(r.quality[0].count).toBeGreaterThan(2);
    expect(r.quality[0].examples).toHaveLength(2);
    expect(r.totals.quality).toBe(r.quality[0].count);
    expect(r.totals.files).toBe(r.validation.files.length);
    expect(r.totals.records).toBe(r.validation.files.reduce((n, f) => n + f.records, 0));
    expect(r.totals.cases).toBeGreaterThan(10);
    expect(r.lagHours).toBe(24);
  });

  it('never lets quality findings change the verdict: valid with warnings, invalid by the validator alone', async () => {
    const good = await reviewFiles([qualityOnly('CQ1')]);
    expect(good.validation.counts.critical + good.validation.counts.error).toBe(0);
    expect(good.valid).toBe(true);
    expect(good.quality.map((g) => [g.code, g.count])).toEqual([['review.recordedBeforeOccurred', 1], ['review.requiredEventMissing', 1]]);

    const bad = await reviewFiles([path.join(ROOT, 'examples/invalid/time.beforeReceipt.json')]);
    expect(bad.valid).toBe(false);
    expect(bad.validation.groups.map((g) => g.code)).toContain('time.beforeReceipt');
    expect(bad.quality.map((g) => g.code)).toContain('review.beforeReceipt');
  });

  it('reads a file it cannot parse as no records, leaving the fault to the validator', async () => {
    const r = await reviewFiles([path.join(ROOT, 'examples/invalid/parse.json.json')]);
    expect(r.valid).toBe(false);
    expect(r.quality).toEqual([]);
  });
});

describe('review renderers', async () => {
  // an id the schema refuses, so the report is invalid and carries the sender's markup
  const report = await reviewFiles([qualityOnly('C<b>1')]);

  it('text: Chinese by default, English on request, the verdict last', () => {
    const zh = renderReviewText(report).trim().split('\n');
    expect(zh[0]).toBe('数据审查');
    expect(zh.join('\n')).toMatch(/\[严重\] schema\.pattern \(FSJC-DATA-001\) × \d+/);
    expect(zh.at(-1)).toBe('结论：无效（有严重或错误发现）');
    expect(zh.join('\n')).toMatch(/\[警告\] review\.requiredEventMissing \(FSJC-CONF-023\) × 1\n .*办件 C<b>1（PROMISED）有 CONCLUDED 事件，但缺少所需事件 ACCEPTED\/NOT_ACCEPTED。/);
    const en = renderReviewText(report, 'en');
    expect(en).toMatch(/^Data review\n/);
    expect(en).toMatch(/Case C<b>1 \(PROMISED\) has CONCLUDED but lacks the required event ACCEPTED\/NOT_ACCEPTED\./);
    expect(en.trim().split('\n').at(-1)).toBe('Verdict: invalid (critical or error findings)');
  });

  it('JSON: the report with each example’s message', () => {
    const j = JSON.parse(renderReviewJson(report, 'en'));
    expect(j.kind).toBe('fsjc-review-report');
    expect(j.valid).toBe(false);
    expect(j.validation.groups[0].examples[0].message).toBeTruthy();
    const missing = j.quality.find((g: { code: string }) => g.code === 'review.requiredEventMissing');
    expect(missing.examples[0]).toMatchObject({ recordId: 'C<b>1', pointer: '/records/0', message: expect.stringMatching(/^Case C<b>1/) });
  });

  it('HTML: one page, Chinese first, nothing fetched, the sender’s values escaped', () => {
    const html = renderReviewHtml(report);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html.indexOf('数据审查')).toBeLessThan(html.indexOf('Data review'));
    expect(html.indexOf('有 CONCLUDED 事件')).toBeLessThan(html.indexOf('has CONCLUDED but'));
    expect(html).toContain('C&lt;b&gt;1');
    expect(html).not.toContain('C<b>1');
    expect(html).not.toMatch(/(src|href)=/);
    expect(html).toMatch(/<style>/);
  });
});
