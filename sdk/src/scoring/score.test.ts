import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createBatch } from '../builders/index.js';
import { parseInstant } from '../clock/time.js';
import { METHOD_V1 } from '../generated/scoring.js';
import type { FsjcRecord } from '../generated/types.js';
import { profile } from '../profiles/index.js';
import { World } from '../signals/world.js';
import { validateBatch } from '../validation/validate.js';
import { checkMethod, methodFor } from './method.js';
import { parsePeriod, previousPeriod } from './period.js';
import { fromDecimal, rational, toDecimal } from './rational.js';
import { scoreRecords } from './records.js';
import { score } from './score.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const WD = (value: number) => ({ value, unit: 'WORKING_DAY' as const });

function city(): FsjcRecord[] {
  const out: FsjcRecord[] = [
    { recordType: 'unit', id: 'U1', name: '佛山市南海区市场监督管理局', unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode: '440605' },
    { recordType: 'unit', id: 'U2', name: '佛山市顺德区市场监督管理局', unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode: '440606' },
  ] as FsjcRecord[];
  for (let i = 0; i < 30; i++) {
    const unit = i % 2 ? 'U1' : 'U2';
    const day = 12 + (i % 5);
    const id = `C${i}`;
    out.push({ recordType: 'case', id, caseNumber: id, itemCode: 'ITEM-1', caseType: 'PROMISED', channel: 'WINDOW', online: i % 3 === 0, handlingUnitId: unit, regionCode: unit === 'U1' ? '440605' : '440606', applicant: { kind: 'PERSON', name: '张*' }, receivedAt: `2026-10-${day}T09:00:00+08:00`, promisedLimit: WD(5), statutoryLimit: WD(20) } as FsjcRecord);
    out.push({ recordType: 'event', id: `${id}-1`, caseId: id, eventType: 'RECEIVED', occurredAt: `2026-10-${day}T09:00:00+08:00`, unitId: unit } as FsjcRecord);
    out.push({ recordType: 'event', id: `${id}-2`, caseId: id, eventType: 'ACCEPTED', occurredAt: `2026-10-${day}T10:00:00+08:00`, unitId: unit } as FsjcRecord);
    if (i % 7) out.push({ recordType: 'event', id: `${id}-3`, caseId: id, eventType: 'CONCLUDED', occurredAt: `2026-10-${day + 2 + (i % 9)}T10:00:00+08:00`, unitId: unit } as FsjcRecord);
  }
  return out;
}

describe('the scoring method as data (FSJC-SCO-001, FSJC-SCO-002)', () => {
  it('is described by its schema, and its weights of points earned add up to the total', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/scoring/method.schema.json'), 'utf8')));
    const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/scoring/method.json'), 'utf8'));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(METHOD_V1.indicators.filter((i) => i.direction === 'ADD').reduce((s, i) => s + i.weight, 0)).toBe(METHOD_V1.total);
    expect(() => checkMethod(METHOD_V1)).not.toThrow();
  });

  it('is changed by a profile without code: maoming ranks from 10 cases and bands its online rate differently', () => {
    const m = methodFor(profile('maoming'));
    expect(m.minCases.MONTH).toBe(10);
    expect(m.indicators.find((i) => i.id === 'onlineRate')).toMatchObject({ zeroAt: 0.2, fullAt: 0.8, weight: 10 });
    expect(methodFor(profile('foshan')).minCases.MONTH).toBe(20);
  });

  it('refuses a change that names no indicator, and takes a disabled indicator\'s cap and tie-break with it', () => {
    expect(() => methodFor({ name: 'x', scoring: { disable: ['onTimeRat'] } })).toThrow(/no indicator "onTimeRat"/);
    expect(() => methodFor({ name: 'x', scoring: { indicators: { nope: { weight: 1 } } } })).toThrow(/no indicator "nope"/);
    expect(() => methodFor({ name: 'x', scoring: { indicators: { onlineRate: { zeroAt: 0.5, fullAt: 0.5 } } } })).toThrow(/zeroAt and fullAt are equal/);
    const m = methodFor({ name: 'x', scoring: { disable: ['redCards', 'overtimeRate'] } });
    expect(m.gradeCaps).toEqual([]);
    expect(m.tieBreakers.map((t) => t.key)).toEqual(['onTimeRate', 'caseCount']);
  });
});

describe('exact arithmetic (FSJC-SCO-007)', () => {
  it('rounds half away from zero at the last place', () => {
    expect(toDecimal(rational(1, 8), 2)).toBe('0.13');
    expect(toDecimal(rational(-1, 8), 2)).toBe('-0.13');
    expect(toDecimal(rational(2, 3), 6)).toBe('0.666667');
    expect(toDecimal(rational(-1, 1000), 2)).toBe('0.00');
    expect(toDecimal(fromDecimal('95.5'), 2)).toBe('95.50');
  });

  it('reads the method\'s numbers as the decimals they are written as', () => {
    expect(fromDecimal(0.1)).toEqual(rational(1, 10));
    expect(() => fromDecimal('1e-7')).toThrow(/not a plain decimal/);
  });
});

describe('periods (FSJC-SCO-003)', () => {
  it('run from 00:00 China Standard Time of the first day to that of the next period', () => {
    expect(parsePeriod('2026-10')).toMatchObject({ kind: 'MONTH', start: parseInstant('2026-10-01T00:00:00+08:00'), end: parseInstant('2026-11-01T00:00:00+08:00') });
    expect(parsePeriod('2026-Q4')).toMatchObject({ kind: 'QUARTER', start: parseInstant('2026-10-01T00:00:00+08:00'), end: parseInstant('2027-01-01T00:00:00+08:00') });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'YEAR', end: parseInstant('2027-01-01T00:00:00+08:00') });
    expect(previousPeriod(parsePeriod('2026-01')).label).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-Q1')).label).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026')).label).toBe('2025');
  });

  it('refuse anything else, saying what is accepted', () => {
    for (const bad of ['2026-13', '2026-Q5', '26-10', '2026/10', '']) expect(() => parsePeriod(bad)).toThrow(/give a month \(2026-10\), a quarter \(2026-Q4\) or a year \(2026\)/);
  });
});

describe('the scorer (FSJC-SCO-003, FSJC-SCO-013)', () => {
  it('gives the same report whatever the order of the records', () => {
    const records = city();
    const shuffled = [...records].reverse();
    const a = score(new World([{ records }]), { period: '2026-10' });
    const b = score(new World([{ records: shuffled }]), { period: '2026-10' });
    expect(b).toEqual(a);
    expect(a.subjects.filter((s) => s.level === 'DEPARTMENT').map((s) => s.subjectId).sort()).toEqual(['U1', 'U2']);
  });

  it('marks a report made before the end of the period as partial, and counts only what happened by then', () => {
    const world = new World([{ records: city() }]);
    const early = score(world, { period: '2026-10', asOf: parseInstant('2026-10-14T12:00:00+08:00') });
    const full = score(world, { period: '2026-10' });
    expect(early.partial).toBe(true);
    expect(full.partial).toBe(false);
    const cases = (r: typeof full) => r.subjects.filter((s) => s.level === 'DEPARTMENT').reduce((n, s) => n + s.caseCount, 0);
    expect(cases(early)).toBeLessThan(cases(full));
    expect(cases(full)).toBe(30);
  });

  it('gives score records that a receiving centre accepts', async () => {
    const report = score(new World([{ records: city() }]), { period: '2026-10' });
    const records = scoreRecords(report, parseInstant('2026-11-02T09:00:00+08:00'));
    expect(records.length).toBe(report.subjects.length);
    expect(records[0].id).toMatch(/^SC:DEPARTMENT:U[12]:2026-10$/);
    const batch = createBatch({ senderSystemId: 'FS-JCZX', senderUnitId: 'U440600-JCZX', regionCode: '440600' }, { sequenceNumber: 1, sentAt: '2026-11-02T09:00:00+08:00' }, records);
    const result = await validateBatch(batch);
    expect(result.counts).toMatchObject({ critical: 0, error: 0 });
  });
});
