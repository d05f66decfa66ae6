/** Small valid batches for tests: every record passes the schema and the semantic rules. */
export const HEADER = {
  standardVersion: '1.0.0',
  profile: 'foshan',
  senderSystemId: 'nh-platform',
  senderUnitId: 'U-NH-CENTRE',
  regionCode: '440605',
  sequenceNumber: 1,
  sentAt: '2026-10-20T18:00:00+08:00',
  recordCount: 0,
};

export const CASE = {
  recordType: 'case',
  id: 'C1',
  caseNumber: 'NH2026100001',
  itemCode: '114406050075010001',
  caseType: 'PROMISED',
  channel: 'WINDOW',
  handlingUnitId: 'U-NH-SCJ',
  regionCode: '440605',
  applicant: { kind: 'PERSON', name: '张*', idType: 'RESIDENT_ID', idNumberMasked: '110105********002X', idNumberDigest: 'a'.repeat(64) },
  receivedAt: '2026-10-09T09:30:00+08:00',
};

export const event = (id: string, eventType: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  recordType: 'event', id, caseId: 'C1', eventType, occurredAt, unitId: 'U-NH-SCJ', ...extra,
});

export function batch(records: unknown[], header: Record<string, unknown> = {}) {
  return { header: { ...HEADER, recordCount: records.length, ...header }, records };
}
