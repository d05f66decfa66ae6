import { describe, expect, it } from 'vitest';
import { checkSchema } from './schema-check.js';
import { CASE, event } from '../../../tests/support/batch.js';

describe('schema check (FSJC-DATA-001, FSJC-VAL-005)', () => {
  it('passes a valid record with no findings', () => {
    expect(checkSchema('case', CASE)).toEqual([]);
    expect(checkSchema('event', event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00'))).toEqual([]);
  });

  it('reports a misspelt required field once, naming the expected field', () => {
    const { occurredAt, ...rest } = event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00');
    const f = checkSchema('event', { ...rest, ocurredAt: occurredAt });
    expect(f).toEqual([{ code: 'schema.misspeltField', pointer: '/ocurredAt', params: { field: 'ocurredAt', expected: 'occurredAt' } }]);
  });

  it('suggests the nearest field for an unknown optional field', () => {
    const f = checkSchema('event', { ...event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00'), handlerNmae: '李*' });
    expect(f).toEqual([{ code: 'schema.unknownField', pointer: '/handlerNmae', params: { field: 'handlerNmae', suggestion: 'handlerName' } }]);
  });

  it('does not cascade below a value of the wrong type', () => {
    const f = checkSchema('case', { ...CASE, applicant: 'someone' });
    expect(f.map((x) => x.code)).toEqual(['schema.type']);
    expect(f[0].pointer).toBe('/applicant');
  });

  it('cites the event type requirement for a conditional field', () => {
    const f = checkSchema('event', event('E1', 'DECIDED', '2026-10-09T10:00:00+08:00'));
    expect(f).toEqual([{ code: 'schema.requiredForEventType', pointer: '/decision', params: { field: 'decision', eventType: 'DECIDED' }, requirement: 'FSJC-DATA-039' }]);
  });

  it('names the code list for a closed code', () => {
    const f = checkSchema('case', { ...CASE, caseType: 'URGENT' });
    expect(f).toEqual([{ code: 'schema.closedCode', pointer: '/caseType', params: { value: 'URGENT', codelist: 'caseType' } }]);
  });

  it('reports one finding for a time without offset', () => {
    const f = checkSchema('case', { ...CASE, receivedAt: '2026-10-09 09:30:00' });
    expect(f).toEqual([{ code: 'schema.dateTime', pointer: '/receivedAt', params: { value: '2026-10-09 09:30:00', format: 'date-time' } }]);
  });

  it('rejects an impossible calendar date even with the right shape', () => {
    const f = checkSchema('case', { ...CASE, receivedAt: '2026-02-30T09:30:00+08:00' });
    expect(f.map((x) => x.code)).toEqual(['schema.dateTime']);
  });

  it('reports every independent fault of a record', () => {
    const f = checkSchema('case', { ...CASE, caseType: 'X', channel: 5, caseNumber: undefined });
    expect(f.map((x) => x.pointer).sort()).toEqual(['/caseNumber', '/caseType', '/channel']);
  });
});
