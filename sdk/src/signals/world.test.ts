import { describe, expect, it } from 'vitest';
import type { FsjcRecord } from '../generated/types.js';
import type { CaseView } from '../clock/case-limits.js';
import { World } from './world.js';

const at = (hhmm: string) => `2026-10-12T${hhmm}:00+08:00`;
const kase = (id: string): FsjcRecord => ({ recordType: 'case', id, caseNumber: id, itemCode: 'ITEM-1', caseType: 'PROMISED', handlingUnitId: 'U1', regionCode: '440605', receivedAt: at('09:00') } as FsjcRecord);
const event = (id: string, caseId: string, time: string, revision?: number, eventType = 'HANDLED'): FsjcRecord =>
  ({ recordType: 'event', id, caseId, eventType, occurredAt: at(time), ...(revision ? { revision } : {}) } as FsjcRecord);

/** Each case's events as the whole-city walk gives them: [id, revision count]. */
function walked(world: World): Record<string, [string, number][]> {
  const out: Record<string, [string, number][]> = {};
  world.forEachCaseView((v: CaseView) => { out[v.case.id] = v.events.map((e) => [e.event.id, e.revisions?.length ?? 1]); });
  return out;
}

describe('the engine\'s view of the records (FSJC-DATA-004, FSJC-CLK-041)', () => {
  it('puts a case\'s events in time order however they arrived, ties by ID', () => {
    // the two cases' events interleaved, over two batches
    const world = new World([
      { records: [kase('A'), event('A-3', 'A', '11:00'), kase('B'), event('B-1', 'B', '09:00'), event('A-1', 'A', '09:00')] },
      { records: [event('B-2', 'B', '10:00'), event('A-2b', 'A', '10:00'), event('A-2a', 'A', '10:00')] },
    ]);
    const expected = { A: [['A-1', 1], ['A-2a', 1], ['A-2b', 1], ['A-3', 1]], B: [['B-1', 1], ['B-2', 1]] };
    expect(walked(world)).toEqual(expected);
    expect(world.view('A')!.events.map((e) => e.event.id)).toEqual(['A-1', 'A-2a', 'A-2b', 'A-3']);
    world.add(event('B-0', 'B', '08:00'));
    world.add(event('C-1', 'C', '08:00'));
    world.add(kase('C'));
    expect(walked(world)).toEqual({ ...expected, B: [['B-0', 1], ['B-1', 1], ['B-2', 1]], C: [['C-1', 1]] });
  });

  it('keeps the latest revision of an event with every revision beside it, whichever order they came in', () => {
    const world = new World([{ records: [kase('A'), event('A-1', 'A', '09:00'), event('A-2', 'A', '10:00', 2), event('A-3', 'A', '11:00'), event('A-2', 'A', '09:30', 1)] }]);
    const view = world.view('A')!;
    expect(view.events.map((e) => [e.event.id, e.event.revision, e.revisions?.map((r) => r.event.revision)])).toEqual([
      ['A-1', undefined, undefined], ['A-2', 2, [1, 2]], ['A-3', undefined, undefined],
    ]);
    expect(walked(world).A).toEqual([['A-1', 1], ['A-2', 2], ['A-3', 1]]);
  });

  it('does not take different events whose IDs end alike for revisions of one event', () => {
    // equal lengths and equal last two characters: the same mark, so the IDs themselves are compared
    const world = new World([{ records: [kase('A'), event('X-11', 'A', '09:00'), event('Y-11', 'A', '10:00'), event('Z-11', 'A', '11:00')] }]);
    expect(walked(world).A).toEqual([['X-11', 1], ['Y-11', 1], ['Z-11', 1]]);
  });

  it('sees a revision that arrives after the case was walked, one record at a time', () => {
    const world = new World([{ records: [kase('A'), event('A-1', 'A', '09:00'), event('A-2', 'A', '10:00')] }]);
    expect(walked(world).A).toEqual([['A-1', 1], ['A-2', 1]]);
    expect(world.add(event('A-1', 'A', '10:30', 2))).toEqual(['A']);
    expect(walked(world).A).toEqual([['A-2', 1], ['A-1', 2]]);
    expect(world.view('A')!.events.map((e) => e.at)).toEqual([Date.parse(at('10:00')), Date.parse(at('10:30'))]);
  });

  it('writes nothing into the records it is given unless it shares strings', () => {
    const writes: string[] = [];
    const watched = (r: FsjcRecord) => new Proxy(r, { set(t, k, v) { writes.push(String(k)); return Reflect.set(t, k, v); } });
    const records = () => [kase('A'), event('A-1', 'A', '09:00'), event('A-2', 'A', '10:00')].map((r) => watched({ ...r, unitId: 'U-1' } as FsjcRecord));
    const world = new World([{ records: records() }]);
    world.add(watched({ ...event('A-3', 'A', '11:00'), unitId: 'U-1' } as FsjcRecord));
    expect(world.view('A')!.events).toHaveLength(3);
    expect(writes).toEqual([]);
    new World([{ records: records() }], { shareStrings: true });
    expect(writes).toContain('unitId');
  });

  it('takes frozen records as they are, and sees the same as in unfrozen copies', () => {
    const records = () => [kase('A'), event('A-2', 'A', '10:00'), event('A-1', 'A', '09:00'), { ...kase('B'), revision: 2 } as FsjcRecord, kase('B')];
    const frozen = records().map((r) => Object.freeze(r));
    // sharing strings replaces values in the records it holds: never in frozen ones
    const world = new World([{ records: frozen }], { shareStrings: true });
    expect(world.add(Object.freeze(event('B-1', 'B', '09:30')))).toEqual(['B']);
    const plain = new World([{ records: records() }]);
    plain.add(event('B-1', 'B', '09:30'));
    expect(walked(world)).toEqual(walked(plain));
    expect(world.view('B')!.case).toBe(frozen[3]);
  });
});
