import { describe, expect, it } from 'vitest';
import { IdMap, IdTable } from './id-table.js';

describe('IdTable', () => {
  it('numbers IDs densely in the order first added, and finds each again', () => {
    const t = new IdTable();
    const ids = Array.from({ length: 5000 }, (_, i) => `FS-440604-20261008-${String(i).padStart(6, '0')}`);
    expect(ids.map((id) => t.add(id))).toEqual(ids.map((_, i) => i));
    // adding again gives the same number; strings built anew (not the same objects) are found
    expect(t.add(ids[17])).toBe(17);
    expect(ids.map((id) => t.get(`${id.slice(0, 9)}${id.slice(9)}`))).toEqual(ids.map((_, i) => i));
    expect(t.size).toBe(5000);
    expect(t.ids[4999]).toBe(ids[4999]);
  });

  it('answers -1 for an ID it does not hold, however close to one it does', () => {
    const t = new IdTable();
    t.add('C-1');
    t.add('');
    expect(t.get('C-2')).toBe(-1);
    expect(t.get('C-1 ')).toBe(-1);
    expect(t.get('')).toBe(1);
    expect(t.get('c-1')).toBe(-1);
  });

  it('takes a missing ID (a record not validated) as a key of its own, as a Map would', () => {
    const t = new IdTable();
    expect(t.add(undefined as unknown as string)).toBe(0);
    expect(t.add('undefined')).toBe(1);
    expect(t.get(undefined as unknown as string)).toBe(0);
  });

  it('keeps IDs apart whose hashes collide in the table', () => {
    const t = new IdTable();
    // far more IDs than the first table has places: every one probes past others
    const ids = Array.from({ length: 20_000 }, (_, i) => String(i));
    for (const id of ids) t.add(id);
    for (let i = 0; i < ids.length; i += 997) expect(t.get(ids[i])).toBe(i);
    expect(t.get('20000')).toBe(-1);
  });
});

describe('IdMap', () => {
  it('reads like a Map: in the order IDs were first set, a replaced value keeping its place', () => {
    const m = new IdMap<number>();
    const map = new Map<string, number>();
    for (const [id, v] of [['b', 1], ['a', 2], ['b', 3], ['c', 4]] as const) {
      m.setAt(m.numberOf(id), v);
      map.set(id, v);
    }
    expect([...m]).toEqual([...map]);
    expect([...m.keys()]).toEqual(['b', 'a', 'c']);
    expect([...m.values()]).toEqual([3, 2, 4]);
    expect([...m.entries()]).toEqual([...map.entries()]);
    const seen: [string, number][] = [];
    m.forEach((v, id) => seen.push([id, v]));
    expect(seen).toEqual([...map]);
    expect([m.size, m.get('a'), m.get('z'), m.has('c'), m.has('z')]).toEqual([3, 2, undefined, true, false]);
    expect(m.at(m.numberOf('a'))).toBe(2);
  });
});
