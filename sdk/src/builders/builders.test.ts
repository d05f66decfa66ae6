import { describe, expect, it } from 'vitest';
import { build, createBatch, events } from './index.js';
import { protectApplicantId } from '../identifiers/protect.js';
import { validateBatch } from '../validation/validate.js';
import { batchChecksum } from '../envelope/checksum.js';

const SENDER = { senderSystemId: 'nh-platform', senderUnitId: 'U-NH-CENTRE', regionCode: '440605', profile: 'foshan' };

describe('builders', () => {
  const c = build.case({
    id: 'NH-C-1', caseNumber: 'NH2026100001', itemCode: '11440605007501234X4440115001000', caseType: 'PROMISED', channel: 'WINDOW',
    handlingUnitId: 'U-NH-SCJ', regionCode: '440605',
    applicant: { kind: 'PERSON', name: '张*', idType: 'RESIDENT_ID', ...protectApplicantId('11010519491231002X', 'fsjc-demo-key-foshan') },
    receivedAt: '2026-10-09T09:30:00+08:00',
  });
  const records = [
    c,
    events.received({ id: 'NH-E-1', caseId: c.id, occurredAt: c.receivedAt, unitId: 'U-NH-SCJ' }),
    events.accepted({ id: 'NH-E-2', caseId: c.id, occurredAt: '2026-10-09T10:00:00+08:00', unitId: 'U-NH-SCJ' }),
    events.suspensionStarted({ id: 'NH-E-3', caseId: c.id, occurredAt: '2026-10-12T10:00:00+08:00', unitId: 'U-NH-SCJ', suspensionType: 'TESTING', notifiedDuration: { value: 5, unit: 'WORKING_DAY' } }),
    events.suspensionEnded({ id: 'NH-E-4', caseId: c.id, occurredAt: '2026-10-16T10:00:00+08:00', unitId: 'U-NH-SCJ', suspensionEventId: 'NH-E-3' }),
    events.denied({ id: 'NH-E-5', caseId: c.id, occurredAt: '2026-10-20T10:00:00+08:00', unitId: 'U-NH-SCJ', reasons: '检测不合格', legalBasis: [{ title: '《中华人民共和国食品安全法》', article: '第三十五条' }] }),
  ];

  it('build records that validate, with the event type each builder names', async () => {
    expect(records.map((r) => (r as any).eventType ?? r.recordType)).toEqual(['case', 'RECEIVED', 'ACCEPTED', 'SUSPENSION_STARTED', 'SUSPENSION_ENDED', 'DECIDED']);
    const batch = createBatch(SENDER, { sequenceNumber: 7, sentAt: '2026-10-20T18:00:00+08:00' }, records);
    const report = await validateBatch(batch);
    expect(report.groups.filter((g) => g.severity !== 'advisory').map((g) => g.code)).toEqual([]);
  });

  it('compute the envelope: version, count and an SM3 checksum of the records', () => {
    const batch = createBatch(SENDER, { sequenceNumber: 7, sentAt: '2026-10-20T18:00:00+08:00', idempotencyKey: 'nh-platform-000007' }, records);
    expect(batch.header).toMatchObject({ standardVersion: '1.0.0', recordCount: 6, sequenceNumber: 7, idempotencyKey: 'nh-platform-000007', checksum: { algorithm: 'SM3', value: batchChecksum(records) } });
    expect(batchChecksum(records)).not.toBe(batchChecksum(records.slice(1)));
  });

  it('checksums do not depend on key order, only on content (RFC 8785)', () => {
    const reordered = records.map((r) => Object.fromEntries(Object.entries(r).reverse()));
    expect(batchChecksum(reordered as any)).toBe(batchChecksum(records));
    expect(batchChecksum(records, 'SHA-256')).toMatch(/^[0-9a-f]{64}$/);
  });
});
