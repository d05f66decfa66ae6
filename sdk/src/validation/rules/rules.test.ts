import { describe, expect, it } from 'vitest';
import { validateBatch } from '../validate.js';
import { CODES } from '../codes.js';
import { RULES } from './index.js';
import { batch, CASE, event, HEADER } from '../../../../tests/support/batch.js';

const codesOf = async (b: object) => (await validateBatch(b)).groups.map((g) => g.code).filter((c) => c !== 'envelope.checksumMissing' && c !== 'ref.notInInput');

const T0 = '2026-10-09T09:30:00+08:00';
const contact = (idNumber: string) => ({ recordType: 'contact', id: 'P1', unitId: 'U-NH-SCJ', name: '王*', roles: ['HANDLER'], idNumber });

describe('semantic rules (L2): each fires on its fault and stays quiet on the near miss', () => {
  const cases: [string, object, object][] = [
    ['id.duplicate', batch([CASE, CASE]), batch([CASE, { ...CASE, revision: 2 }])],
    ['codelist.unknownCode', batch([{ ...CASE, channel: 'WECHAT' }]), batch([{ ...CASE, channel: 'MOBILE' }])],
    ['id.usccCheckCharacter', batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市某某食品有限公司', idType: 'USCC', idNumber: '91440605MA4UXXXX10' } }]),
      batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市某某食品有限公司', idType: 'USCC', idNumber: '91350100M000100Y43' } }])],
    ['id.residentIdCheckDigit', batch([contact('110105194912310021')]), batch([contact('11010519491231002X')])],
    ['id.residentIdBirthDate', batch([contact('110105194902300020')]), batch([contact('11010519491231002X')])],
    ['region.unknownProvince', batch([{ ...CASE, regionCode: '660605' }]), batch([{ ...CASE, regionCode: '440606' }])],
    ['region.notInProfile', batch([{ ...CASE, regionCode: '440699' }]), batch([{ ...CASE, regionCode: '440608' }])],
    ['privacy.clearIdNumber', batch([{ ...CASE, applicant: { kind: 'PERSON', name: '张*', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' } }]), batch([CASE])],
    ['privacy.protectionMissing', batch([{ ...CASE, applicant: { kind: 'PERSON', name: '张*', idType: 'RESIDENT_ID', idNumberMasked: '110105********002X' } }]), batch([CASE])],
    ['privacy.nameNotMasked', batch([{ ...CASE, applicant: { ...CASE.applicant, name: '张三' } }]), batch([CASE])],
    ['privacy.residentIdInClear', batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市南海区某某餐馆', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' } }]),
      batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市某某食品有限公司', idType: 'USCC', idNumber: '91350100M000100Y43' } }])],
    ['privacy.organisationMasked', batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市某某食品有限公司', idType: 'USCC', idNumberMasked: '913501********0Y43', idNumberDigest: 'a'.repeat(64) } }]),
      batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市某某食品有限公司', idType: 'USCC', idNumber: '91350100M000100Y43' } }])],
    ['evaluation.levelNotOnScale',
      batch([{ recordType: 'evaluation', id: 'V1', unitId: 'U-NH-SCJ', scale: 3, level: 'VERY_SATISFIED', evaluatedAt: T0 }]),
      batch([{ recordType: 'evaluation', id: 'V1', unitId: 'U-NH-SCJ', scale: 5, level: 'VERY_SATISFIED', evaluatedAt: T0 }])],
    ['ref.wrongType', batch([CASE, event('E1', 'ACCEPTED', T0, { caseId: 'E0' }), event('E0', 'RECEIVED', T0)]), batch([CASE, event('E1', 'ACCEPTED', T0)])],
    ['time.beforeReceipt', batch([CASE, event('E1', 'ACCEPTED', '2026-10-09T09:29:59+08:00')]), batch([CASE, event('E1', 'ACCEPTED', T0)])],
    ['time.beforeReceipt', batch([event('E1', 'ACCEPTED', '2026-10-08T09:00:00+08:00'), CASE]), batch([event('E1', 'ACCEPTED', T0), CASE])],
    ['time.receiptMismatch', batch([CASE, event('E1', 'RECEIVED', '2026-10-09T09:31:00+08:00')]), batch([CASE, event('E1', 'RECEIVED', T0)])],
    ['time.endBeforeStart',
      batch([CASE, event('S1', 'SUSPENSION_STARTED', '2026-10-12T10:00:00+08:00', { suspensionType: 'TESTING', notifiedDuration: { value: 5, unit: 'WORKING_DAY' } }), event('S2', 'SUSPENSION_ENDED', '2026-10-12T09:00:00+08:00', { suspensionEventId: 'S1' })]),
      batch([CASE, event('S1', 'SUSPENSION_STARTED', '2026-10-12T10:00:00+08:00', { suspensionType: 'TESTING', notifiedDuration: { value: 5, unit: 'WORKING_DAY' } }), event('S2', 'SUSPENSION_ENDED', '2026-10-14T09:00:00+08:00', { suspensionEventId: 'S1' })])],
    ['time.endBeforeStart',
      batch([CASE, event('X1', 'CERTIFICATE_ISSUED', '2026-10-15T10:00:00+08:00', { certificateNumber: 'JY14406050001' }), event('X2', 'CERTIFICATE_DELIVERED', '2026-10-15T09:00:00+08:00')]),
      batch([CASE, event('X1', 'CERTIFICATE_ISSUED', '2026-10-15T10:00:00+08:00', { certificateNumber: 'JY14406050001' }), event('X2', 'CERTIFICATE_DELIVERED', '2026-10-16T09:00:00+08:00')])],
    ['event.wrongStart',
      batch([CASE, event('S1', 'SUPPLEMENT_NOTICE', '2026-10-10T10:00:00+08:00', { materials: ['营业执照复印件'] }), event('S2', 'SUSPENSION_ENDED', '2026-10-14T09:00:00+08:00', { suspensionEventId: 'S1' })]),
      batch([CASE, event('S1', 'SUPPLEMENT_NOTICE', '2026-10-10T10:00:00+08:00', { materials: ['营业执照复印件'] }), event('S2', 'SUPPLEMENT_RECEIVED', '2026-10-14T09:00:00+08:00', { suspensionEventId: 'S1' })])],
    ['event.wrongStart',
      batch([CASE, event('A1', 'ACCEPTED', '2026-10-10T10:00:00+08:00'), event('S2', 'SUSPENSION_ENDED', '2026-10-14T09:00:00+08:00', { suspensionEventId: 'A1' })]),
      batch([CASE, event('A1', 'SUSPENSION_STARTED', '2026-10-10T10:00:00+08:00', { suspensionType: 'HEARING', notifiedDuration: { value: 10, unit: 'WORKING_DAY' } }), event('S2', 'SUSPENSION_ENDED', '2026-10-14T09:00:00+08:00', { suspensionEventId: 'A1' })])],
    ['event.fieldMissing', batch([CASE, event('T1', 'TERMINATED', T0)]), batch([CASE, event('T1', 'TERMINATED', T0, { reasons: '申请人死亡，依法终止办理' })])],
    ['time.afterSent', batch([CASE, event('E1', 'ACCEPTED', '2026-10-20T18:06:00+08:00')]), batch([CASE, event('E1', 'ACCEPTED', '2026-10-20T18:04:00+08:00')])],
    ['envelope.unsupportedVersion', batch([CASE], { standardVersion: '2.0.0' }), batch([CASE], { standardVersion: '1.0.0' })],
    ['envelope.newerMinor', batch([CASE], { standardVersion: '1.3.0' }), batch([CASE], { standardVersion: '1.0.2' })],
    ['envelope.recordCount', batch([CASE], { recordCount: 2 }), batch([CASE], { recordCount: 1 })],
    ['envelope.checksum', batch([CASE], { checksum: { algorithm: 'SM3', value: '0'.repeat(64) } }), batch([CASE])],
  ];
  for (const [code, firing, nearMiss] of cases) {
    it(`${code} (${CODES[code as keyof typeof CODES].requirement})`, async () => {
      expect(await codesOf(firing)).toContain(code);
      expect(await codesOf(nearMiss)).not.toContain(code);
    });
  }

  it('covers every code a rule declares', () => {
    const tested = new Set(cases.map((c) => c[0]));
    const untested = RULES.flatMap((r) => r.codes).filter((c) => !tested.has(c) && !['codelist.deprecatedCode', 'field.deprecated', 'ref.notInInput', 'envelope.previousMajor', 'region.unlisted'].includes(c));
    expect(untested).toEqual([]);
  });

  it('marks acrossRecords every rule that decides beyond one record, and only those keep facts (a worker runs the others)', () => {
    for (const rule of RULES) {
      const r = rule.create();
      const beyondOne = !!(r.resolve || r.endRecords || r.endBatch || r.endInput);
      expect([rule.id, !!rule.acrossRecords]).toEqual([rule.id, beyondOne]);
    }
  });

  it('notes a reference to a record outside the input once per target, with a count', async () => {
    const r = await validateBatch(batch([CASE, event('E1', 'ACCEPTED', T0), event('E2', 'CONCLUDED', T0)]));
    const g = r.groups.find((x) => x.code === 'ref.notInInput')!;
    const unit = g.examples.find((e) => e.params?.value === 'U-NH-SCJ')!;
    expect(unit.params).toMatchObject({ expected: 'unit', count: 3 });
    expect(r.valid).toBe(true);
  });

  it('reports an organisation number sent masked once, naming the fields that should not be there', async () => {
    const org = (extra: object) => batch([{ ...CASE, applicant: { kind: 'ORGANISATION', name: '佛山市某某食品有限公司', idType: 'USCC', ...extra } }]);
    const group = async (b: object) => (await validateBatch(b)).groups.find((g) => g.code === 'privacy.organisationMasked');
    const both = await group(org({ idNumberMasked: '913501********0Y43', idNumberDigest: 'a'.repeat(64) }));
    expect(both).toMatchObject({ count: 1, examples: [{ pointer: '/records/0/applicant/idNumberMasked', params: { field: 'idNumberMasked, idNumberDigest' } }] });
    const digest = await group(org({ idNumber: '91350100M000100Y43', idNumberDigest: 'a'.repeat(64) }));
    expect(digest).toMatchObject({ count: 1, examples: [{ pointer: '/records/0/applicant/idNumberDigest', params: { field: 'idNumberDigest' } }] });
  });

  it('reports a region outside any listed city as unlisted only', async () => {
    expect(await codesOf(batch([{ ...CASE, regionCode: '110105' }]))).toEqual(['region.unlisted']);
  });

  it('accepts a correct checksum in either algorithm', async () => {
    const { batchChecksum } = await import('../../envelope/checksum.js');
    for (const algorithm of ['SM3', 'SHA-256'] as const) {
      const b = batch([CASE], { checksum: { algorithm, value: batchChecksum([CASE], algorithm) } });
      const r = await validateBatch(b);
      expect(r.groups.map((g) => g.code)).not.toContain('envelope.checksum');
      expect(r.groups.map((g) => g.code)).not.toContain('envelope.checksumMissing');
    }
  });

  it('runs no semantic rule on a schema-invalid record', async () => {
    const broken = { ...CASE, caseType: 'X', applicant: { kind: 'PERSON', name: '张三', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' } };
    expect(await codesOf(batch([broken]))).toEqual(['schema.closedCode']);
  });

  it('warns when the header comes after records, and still checks the envelope', async () => {
    const r = await validateBatch(Buffer.from(JSON.stringify({ records: [CASE], header: { ...HEADER, recordCount: 2 } })));
    const codes = r.groups.map((g) => g.code);
    expect(codes).toContain('envelope.headerNotFirst');
    expect(codes).toContain('envelope.recordCount');
  });
});
