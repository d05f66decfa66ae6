import { describe, expect, it } from 'vitest';
import type { FsjcRecord } from '../generated/types.js';
import { caseClock } from './case-limits.js';
import { parseInstant } from './time.js';

const records = [
  { recordType: 'case', id: 'C1', itemCode: 'X', caseType: 'PROMISED', statutoryLimit: { value: 20, unit: 'WORKING_DAY' }, promisedLimit: { value: 10, unit: 'WORKING_DAY' } },
  { recordType: 'event', id: 'E1', caseId: 'C1', eventType: 'RECEIVED', occurredAt: '2026-09-30T09:30:00+08:00' },
  { recordType: 'event', id: 'E2', caseId: 'C1', eventType: 'ACCEPTED', occurredAt: '2026-09-30T10:00:00+08:00' },
  { recordType: 'event', id: 'E3', caseId: 'C1', eventType: 'SUSPENSION_STARTED', occurredAt: '2026-10-12T10:00:00+08:00', suspensionType: 'HEARING' },
  { recordType: 'event', id: 'E4', caseId: 'C1', eventType: 'SUSPENSION_ENDED', occurredAt: '2026-10-14T10:00:00+08:00', suspensionEventId: 'E3' },
  { recordType: 'event', id: 'X1', caseId: 'C2', eventType: 'RECEIVED', occurredAt: '2026-09-01T09:30:00+08:00' },
] as unknown as FsjcRecord[];
const asOf = parseInstant('2026-10-20T10:00:00+08:00');

describe('case limits (FSJC-CLK-041)', () => {
  it('are the same whatever the order of the records, and on every recomputation', () => {
    const a = caseClock(records, 'C1', asOf);
    const b = caseClock([...records].reverse(), 'C1', asOf);
    expect(b).toEqual(a);
    expect(caseClock(records, 'C1', asOf)).toEqual(a);
    expect(a.limits.map((l) => l.kind)).toEqual(['ACCEPTANCE', 'STATUTORY', 'PROMISED']);
  });

  it('never lose a pause: recomputing later keeps the hearing days excluded', () => {
    const now = caseClock(records, 'C1', asOf).limits.find((l) => l.kind === 'STATUTORY')!;
    const later = caseClock(records, 'C1', parseInstant('2027-03-01T10:00:00+08:00')).limits.find((l) => l.kind === 'STATUTORY')!;
    expect(later.dueAt).toBe(now.dueAt);
    expect(later.state).toBe('OVERDUE');
  });

  it('say which case is missing', () => {
    expect(() => caseClock(records, 'NOPE', asOf)).toThrow(/no case record with id "NOPE"/);
  });
});
