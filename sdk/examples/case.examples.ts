import assert from 'node:assert/strict';
import { caseClock, caseLimitRecord, caseLimits, caseView, itemFor, latest, parseInstant, type CaseRecord, type FsjcRecord, type Item } from '@fsjc/sdk';
import { example, sampleBatch } from './example.js';

const records = sampleBatch().records as FsjcRecord[];
const caseId = 'CS-NH-20260401-0208';

example('caseClock', () => {
  const clock = caseClock(records, caseId, parseInstant('2026-04-10T12:00'));
  const promised = clock.limits.find((l) => l.kind === 'PROMISED')!;
  assert.equal(promised.state, 'STOPPED');
  assert.equal(promised.met, true);
});
example('caseView', () => {
  const view = caseView(records, caseId);
  assert.equal(view.events[0].event.eventType, 'RECEIVED');
  assert.equal(view.case.id, caseId);
});
example('caseLimits', () => {
  // the same as caseClock, for a view already prepared (what an engine keeps per case)
  const clock = caseLimits(caseView(records, caseId), parseInstant('2026-04-10T12:00'), { profile: 'foshan' });
  assert.ok(clock.limits.some((l) => l.kind === 'STATUTORY'));
});
example('caseLimitRecord', () => {
  const limit = caseClock(records, caseId, parseInstant('2026-04-10T12:00')).limits[0];
  const row = caseLimitRecord(limit);
  assert.equal(row.kind, 'ACCEPTANCE');
  assert.equal(typeof row.dueAt, 'string');
});
example('latest', () => {
  const r1 = { recordType: 'case', id: 'C1', revision: 1 } as FsjcRecord;
  const r2 = { recordType: 'case', id: 'C1', revision: 2 } as FsjcRecord;
  assert.deepEqual(latest<CaseRecord>([r2, r1], 'case'), [r2]);
});
example('itemFor', () => {
  const v1 = { itemCode: 'I1', version: '2025.1', validFrom: '2025-01-01' } as Item;
  const v2 = { itemCode: 'I1', version: '2026.1', validFrom: '2026-01-01' } as Item;
  // the version in force on the day of acceptance (FSJC-DATA-020)
  assert.equal(itemFor([v1, v2], { itemCode: 'I1' } as CaseRecord, '2026-04-01')?.version, '2026.1');
});
