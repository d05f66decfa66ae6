import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_V1, build, createBatch, events, listInputFiles, readRecordsFromFile, validateBatch, type FsjcRecord } from '@fsjc/sdk';
import { runReviewChecks } from '../review.js';
import { lateReportLagHours } from '../input.js';
import { REVIEW_CHECKS } from './index.js';
import type { ReviewFinding } from '../types.js';
import { KIT_CATALOGUES } from '../../messages/index.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');
const NH = { senderSystemId: 'NH-XZSP', senderUnitId: 'U440605-XZFW', regionCode: '440605', profile: 'foshan' };
let seq = 1;
const batch = (sentAt: string, records: FsjcRecord[], sender = NH) => ({ file: `b${seq}.json`, ...createBatch(sender, { sequenceNumber: seq++, sentAt }, records) });

const aCase = (id: string, caseType: 'IMMEDIATE' | 'PROMISED', receivedAt: string, extra: { revision?: number; recordedAt?: string } = {}) => build.case({
  id, caseNumber: `NH${id}`, itemCode: '00011700400011440605006872053B001', caseType, channel: 'WINDOW', handlingUnitId: 'U440605-SCJGJ',
  regionCode: '440605', applicant: { kind: 'ORGANISATION', name: '佛山市南海区粤味轩餐饮管理有限公司', idType: 'USCC', idNumber: '91440605MA58KQCC8N' },
  receivedAt, ...extra,
});
const ev = (caseId: string, n: number, occurredAt: string, extra: { revision?: number; recordedAt?: string } = {}) => ({ id: `${caseId}-E${n}`, caseId, occurredAt, unitId: 'U440605-SCJGJ', ...extra });
const only = (code: string, findings: ReviewFinding[]) => findings.filter((f) => f.code === code);

describe('review checks: the index (FSJC-CONF-024)', () => {
  it('has unique IDs, all warnings, each with its words in both catalogues', () => {
    expect(new Set(REVIEW_CHECKS.map((c) => c.id)).size).toBe(REVIEW_CHECKS.length);
    for (const c of REVIEW_CHECKS) {
      expect(c.severity).toBe('warning');
      expect(c.requirement).toMatch(/^FSJC-[A-Z]+-\d{3}$/);
      expect(KIT_CATALOGUES.zh[c.id], c.id).toBeTruthy();
      expect(KIT_CATALOGUES.en[c.id], c.id).toBeTruthy();
    }
    expect(REVIEW_CHECKS.map((c) => c.id)).toEqual(['review.lateReport', 'review.afterSent', 'review.beforeReceipt', 'review.recordedBeforeOccurred', 'review.requiredEventMissing']);
  });
});

describe('review.lateReport', () => {
  const lag = RULES_V1.rules.find((r) => r.id === 'R-LATE-REPORT')!.params.lagHours!;

  it('takes the lag of R-LATE-REPORT and cites its requirement', () => {
    expect(lateReportLagHours()).toBe(lag);
    expect(lateReportLagHours('maoming')).toBe(lag);
    expect(lateReportLagHours('no-such-profile')).toBe(lag);
    expect(REVIEW_CHECKS[0].requirement).toBe('FSJC-SIG-118');
  });

  it('fires for an event sent more than the lag after it happened, not at the lag exactly', () => {
    const c = aCase('C1', 'PROMISED', '2026-10-12T09:00:00+08:00');
    const late = runReviewChecks([batch('2026-10-13T09:00:01+08:00', [c, events.received(ev('C1', 1, '2026-10-12T09:00:00+08:00'))])]);
    expect(only('review.lateReport', late)).toMatchObject([{ recordId: 'C1-E1', caseId: 'C1', pointer: '/records/1/occurredAt', params: { eventType: 'RECEIVED', hours: 24, lagHours: lag, sentAt: '2026-10-13T09:00:01+08:00' } }]);
    const onTime = runReviewChecks([batch('2026-10-13T09:00:00+08:00', [c, events.received(ev('C1', 1, '2026-10-12T09:00:00+08:00'))])]);
    expect(only('review.lateReport', onTime)).toEqual([]);
  });

  it('judges an event by its first report: a correction sent later is not late, but one moving occurredAt back is', () => {
    const c = aCase('C2', 'PROMISED', '2026-10-09T09:00:00+08:00');
    const first = batch('2026-10-12T11:00:00+08:00', [c, events.received(ev('C2', 1, '2026-10-12T09:00:00+08:00'))]);
    const fixedOpinion = batch('2026-10-16T11:00:00+08:00', [events.received({ ...ev('C2', 1, '2026-10-12T09:00:00+08:00', { revision: 2 }), opinion: '材料齐全' })]);
    expect(only('review.lateReport', runReviewChecks([first, fixedOpinion]))).toEqual([]);
    const movedBack = batch('2026-10-16T11:00:00+08:00', [events.received(ev('C2', 1, '2026-10-09T09:00:00+08:00', { revision: 2 }))]);
    expect(only('review.lateReport', runReviewChecks([first, movedBack]))).toMatchObject([{ file: movedBack.file, params: { occurredAt: '2026-10-09T09:00:00+08:00', sentAt: '2026-10-12T11:00:00+08:00', hours: 74 } }]);
  });
});

describe('suspicious times', () => {
  it('review.afterSent: a time after sentAt, even within the validator’s five minutes', async () => {
    const c = aCase('C3', 'PROMISED', '2026-10-12T17:59:00+08:00');
    const b = batch('2026-10-12T18:00:00+08:00', [c, events.received(ev('C3', 1, '2026-10-12T18:02:00+08:00'))]);
    expect(only('review.afterSent', runReviewChecks([b]))).toMatchObject([{ recordId: 'C3-E1', pointer: '/records/1/occurredAt', params: { field: 'occurredAt', value: '2026-10-12T18:02:00+08:00', sentAt: '2026-10-12T18:00:00+08:00' } }]);
    // the validator lets two minutes pass: only the review says something
    expect((await validateBatch(b)).groups.map((g) => g.code)).not.toContain('time.afterSent');
    const atSent = batch('2026-10-12T18:00:00+08:00', [aCase('C4', 'PROMISED', '2026-10-12T18:00:00+08:00')]);
    expect(runReviewChecks([atSent])).toEqual([]);
  });

  it('review.beforeReceipt: an event before its case was received, across files, by the latest case revision', () => {
    const b1 = batch('2026-10-12T18:00:00+08:00', [aCase('C5', 'PROMISED', '2026-10-12T10:00:00+08:00')]);
    const b2 = batch('2026-10-12T18:00:00+08:00', [events.received(ev('C5', 1, '2026-10-12T09:00:00+08:00'))]);
    expect(only('review.beforeReceipt', runReviewChecks([b1, b2]))).toMatchObject([{ file: b2.file, recordId: 'C5-E1', caseId: 'C5', params: { caseId: 'C5', receivedAt: '2026-10-12T10:00:00+08:00' } }]);
    const corrected = batch('2026-10-12T18:30:00+08:00', [aCase('C5', 'PROMISED', '2026-10-12T09:00:00+08:00', { revision: 2 })]);
    expect(only('review.beforeReceipt', runReviewChecks([b1, b2, corrected]))).toEqual([]);
    // the same id from another sending system is another case
    const other = batch('2026-10-12T18:00:00+08:00', [events.received(ev('C5', 1, '2026-10-12T08:00:00+08:00'))], { ...NH, senderSystemId: 'SD-XZSP' });
    expect(only('review.beforeReceipt', runReviewChecks([b1, other]))).toEqual([]);
  });

  it('review.recordedBeforeOccurred: recordedAt before the event happened or the case was received', () => {
    const b = batch('2026-10-12T18:00:00+08:00', [
      aCase('C6', 'PROMISED', '2026-10-12T10:00:00+08:00', { recordedAt: '2026-10-12T09:59:00+08:00' }),
      events.received(ev('C6', 1, '2026-10-12T10:00:00+08:00', { recordedAt: '2026-10-12T10:00:00+08:00' })),
      events.accepted(ev('C6', 2, '2026-10-12T11:00:00+08:00', { recordedAt: '2026-10-12T10:30:00+08:00' })),
    ]);
    expect(only('review.recordedBeforeOccurred', runReviewChecks([b]))).toMatchObject([
      { recordId: 'C6', pointer: '/records/0/recordedAt', params: { field: 'receivedAt', recordedAt: '2026-10-12T09:59:00+08:00' } },
      { recordId: 'C6-E2', pointer: '/records/2/recordedAt', params: { field: 'occurredAt', value: '2026-10-12T11:00:00+08:00' } },
    ]);
  });
});

describe('review.requiredEventMissing (FSJC-CONF-023)', () => {
  const day = (h: number) => `2026-10-12T${String(h).padStart(2, '0')}:00:00+08:00`;
  const run = (records: FsjcRecord[]) => only('review.requiredEventMissing', runReviewChecks([batch('2026-10-12T23:00:00+08:00', records)]));
  const issued = (caseId: string, n: number, h: number) => events.certificateIssued({ ...ev(caseId, n, day(h)), certificateNumber: 'JY14406050000001' });

  it('a concluded case without RECEIVED', () => {
    expect(run([aCase('R1', 'PROMISED', day(9)), events.accepted(ev('R1', 2, day(10))), events.concluded(ev('R1', 3, day(11)))]))
      .toMatchObject([{ recordId: 'R1', pointer: '/records/0', params: { caseId: 'R1', caseType: 'PROMISED', required: 'RECEIVED', because: 'CONCLUDED' } }]);
  });

  it('a concluded case without ACCEPTED or NOT_ACCEPTED, unless it is an immediate case', () => {
    expect(run([aCase('R2', 'PROMISED', day(9)), events.received(ev('R2', 1, day(9))), events.concluded(ev('R2', 3, day(11)))]))
      .toMatchObject([{ params: { required: 'ACCEPTED/NOT_ACCEPTED', because: 'CONCLUDED' } }]);
    expect(run([aCase('R3', 'IMMEDIATE', day(9)), events.received(ev('R3', 1, day(9))), events.concluded(ev('R3', 3, day(9)))])).toEqual([]);
    expect(run([aCase('R4', 'PROMISED', day(9)), events.received(ev('R4', 1, day(9))),
      events.notAccepted({ ...ev('R4', 2, day(10)), reasons: '不属于本机关职权范围', legalBasis: [{ title: '《中华人民共和国行政许可法》', article: '第三十二条' }] }), events.concluded(ev('R4', 3, day(11)))])).toEqual([]);
  });

  it('an accepted case shown decided by a certificate, without DECIDED', () => {
    const base = [aCase('R5', 'PROMISED', day(9)), events.received(ev('R5', 1, day(9))), events.accepted(ev('R5', 2, day(10)))];
    expect(run([...base, issued('R5', 4, 12)])).toMatchObject([{ params: { required: 'DECIDED', because: 'ACCEPTED, CERTIFICATE_ISSUED' } }]);
    expect(run([...base, events.granted(ev('R5', 3, day(11))), issued('R5', 4, 12)])).toEqual([]);
  });

  it('asks nothing of a case still open, decided or not: CONCLUDED is required only of a concluded case', () => {
    expect(run([aCase('R6', 'PROMISED', day(9)), events.received(ev('R6', 1, day(9))), events.accepted(ev('R6', 2, day(10))), events.granted(ev('R6', 3, day(11)))])).toEqual([]);
    expect(run([aCase('R7', 'PROMISED', day(9)), events.received(ev('R7', 1, day(9)))])).toEqual([]);
  });

  it('looks at the latest revision of each event only', () => {
    const records = [aCase('R8', 'PROMISED', day(9)), events.received(ev('R8', 1, day(9))), events.accepted(ev('R8', 2, day(10))), events.concluded(ev('R8', 3, day(11)))];
    expect(run(records)).toEqual([]);
    // the "acceptance" was a stage wrongly typed, corrected by revision 2
    const corrected = batch('2026-10-13T09:00:00+08:00', [events.stageCompleted({ ...ev('R8', 2, day(10), { revision: 2 }), stage: 'REVIEW' })]);
    expect(only('review.requiredEventMissing', runReviewChecks([batch('2026-10-12T23:00:00+08:00', records), corrected]))).toMatchObject([{ params: { required: 'ACCEPTED/NOT_ACCEPTED' } }]);
  });

  it('without the case record the case type is unknown, so only RECEIVED is asked', () => {
    expect(run([events.accepted(ev('R9', 2, day(10))), events.concluded(ev('R9', 3, day(11)))])).toMatchObject([{ recordId: 'R9-E3', caseId: 'R9', params: { caseType: '—', required: 'RECEIVED' } }]);
    expect(run([events.received(ev('R10', 1, day(9))), events.concluded(ev('R10', 3, day(11)))])).toEqual([]);
  });
});

describe('review checks on the valid examples', async () => {
  const files = listInputFiles([path.join(ROOT, 'examples/valid')]);
  const batches = await Promise.all(files.map(async (f) => ({ file: path.relative(ROOT, f), ...(await readRecordsFromFile(f)) })));
  const findings = runReviewChecks(batches);

  it('find no missing required event and no suspicious time', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(findings.filter((f) => f.code !== 'review.lateReport')).toEqual([]);
  });

  it('find late reporting where a whole case history was sent in one batch, and only there', () => {
    // the examples keep each case's history in one batch (examples/README.md), sent days later
    const late = only('review.lateReport', findings);
    expect(late).toContainEqual(expect.objectContaining({ file: 'examples/valid/04-promised-food-business-licence.json', recordId: 'CS-NH-20260401-0208-E01', params: expect.objectContaining({ eventType: 'RECEIVED', hours: 177 }) }));
    const lateFiles = new Set(late.map((f) => f.file));
    // same-day batches: the immediate cases and the refusal
    for (const f of ['03-immediate-business-licence.json', 'cases.ndjson', '18-not-accepted-outside-jurisdiction.json']) expect(lateFiles.has(`examples/valid/${f}`), f).toBe(false);
    for (const f of late) expect(f.params.hours as number).toBeGreaterThanOrEqual(24);
  });
});
