import { describe, expect, it } from 'vitest';
import { Engine, evaluate, parseInstant, type FsjcRecord } from '@fsjc/sdk';
import { simulate } from './simulate.js';

// a city with a lot of trouble, so that every kind of change happens
const batches = simulate({
  days: 20, casesPerDay: 120, seed: 11,
  knobs: { lateStage: 0.05, lateCase: 0.05, refusalNoReasons: 0.01, feeAnomaly: 0.05, lateReport: 0.1, feedback: 0.5 },
}).map((b) => b.batch);

describe('incremental engine (FSJC-SIG-007)', () => {
  it('reaches the same signals as a whole evaluation, record by record and as time passes', () => {
    const start = parseInstant(batches[0].header.sentAt);
    const engine = new Engine({ now: start });
    let opened = 0;
    const order = [...batches].sort((a, b) => Date.parse(a.header.sentAt) - Date.parse(b.header.sentAt));
    const checkpoints = [parseInstant('2026-10-16T12:00:00+08:00'), parseInstant('2026-10-23T12:00:00+08:00')];
    for (const b of order) {
      const sentAt = parseInstant(b.header.sentAt);
      while (checkpoints.length && checkpoints[0] < sentAt) {
        const t = checkpoints.shift()!;
        engine.advance(t);
        const known = order.filter((x) => parseInstant(x.header.sentAt) <= t);
        expect(engine.signals()).toEqual(evaluate(known, t).signals);
      }
      for (const r of b.records) opened += engine.apply(r as FsjcRecord, { reportedAt: sentAt, reportedBy: b.header.senderUnitId }).opened.length;
    }
    for (const t of [parseInstant('2026-11-03T12:00:00+08:00'), parseInstant('2026-12-01T00:00:00+08:00')]) {
      engine.advance(t);
      const whole = evaluate(order, t).signals;
      expect(whole.length).toBeGreaterThan(50);
      expect(engine.signals()).toEqual(whole);
    }
    expect(opened).toBeGreaterThan(50);
  });

  it('applied a batch at a time, gives the same signals as applied record by record', () => {
    const order = [...batches].sort((a, b) => Date.parse(a.header.sentAt) - Date.parse(b.header.sentAt));
    const byBatch = new Engine({ now: parseInstant(order[0].header.sentAt) });
    const byRecord = new Engine({ now: parseInstant(order[0].header.sentAt) });
    for (const b of order) {
      byBatch.applyBatch(b);
      for (const r of b.records) byRecord.apply(r as FsjcRecord, { reportedAt: parseInstant(b.header.sentAt), reportedBy: b.header.senderUnitId });
    }
    const t = parseInstant('2026-11-20T00:00:00+08:00');
    byBatch.advance(t);
    byRecord.advance(t);
    expect(byBatch.signals()).toEqual(byRecord.signals());
    expect(byBatch.signals()).toEqual(evaluate(order, t).signals);
  });

  it('loaded in bulk, gives the same signals as a whole evaluation, and sweeps forward to the same', () => {
    const t = parseInstant('2026-10-30T12:00:00+08:00');
    const known = batches.filter((b) => parseInstant(b.header.sentAt) <= t);
    const engine = Engine.load(known, { now: t });
    expect(engine.signals()).toEqual(evaluate(known, t).signals);
    const later = parseInstant('2026-11-10T12:00:00+08:00');
    engine.advance(later);
    expect(engine.signals()).toEqual(evaluate(known, later).signals);
  });

  it('reports a yellow card when its limit passes by time alone, and its escalation when the feedback deadline passes', () => {
    const WD = (value: number) => ({ value, unit: 'WORKING_DAY' as const });
    const engine = new Engine({ now: parseInstant('2026-11-02T08:00:00+08:00') });
    const recs = [
      { recordType: 'case', id: 'C1', itemCode: 'X', caseType: 'PROMISED', handlingUnitId: 'U1', statutoryLimit: WD(20), promisedLimit: WD(5) },
      { recordType: 'event', id: 'E1', caseId: 'C1', eventType: 'RECEIVED', occurredAt: '2026-11-02T09:00:00+08:00' },
      { recordType: 'event', id: 'E2', caseId: 'C1', eventType: 'ACCEPTED', occurredAt: '2026-11-02T10:00:00+08:00' },
    ] as FsjcRecord[];
    for (const r of recs) engine.apply(r, { reportedAt: parseInstant('2026-11-02T18:00:00+08:00') });
    expect(engine.nextChangeAt()).toBe(parseInstant('2026-11-06T00:00:00+08:00'));
    expect(engine.due(parseInstant('2026-11-05T23:00:00+08:00'))).toEqual([]);
    expect(engine.due(parseInstant('2026-11-06T01:00:00+08:00'))).toEqual(['C1']);
    expect(engine.advance(parseInstant('2026-11-06T01:00:00+08:00')).opened.map((s) => s.ruleId)).toEqual(['R-LIMIT-NEAR']);
    const passed = engine.advance(parseInstant('2026-11-10T01:00:00+08:00'));
    expect(passed.opened.map((s) => [s.ruleId, s.level])).toEqual([['R-LIMIT-PASSED', 'YELLOW_CARD']]);
    expect(passed.closed.map((s) => s.ruleId)).toEqual(['R-LIMIT-NEAR']);
    const escalated = engine.advance(parseInstant('2026-11-18T01:00:00+08:00'));
    expect(escalated.escalated.map((s) => s.level)).toEqual(['YELLOW_CARD']);
    expect(escalated.opened.map((s) => s.level)).toEqual(['RED_CARD']);
  });
});
