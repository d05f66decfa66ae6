import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table.js';

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

  it('keeps IDs apart whose hashes collide in the table', () => {
    const t = new IdTable();
    // far more IDs than the first table has places: every one probes past others
    const ids = Array.from({ length: 20_000 }, (_, i) => String(i));
    for (const id of ids) t.add(id);
    for (let i = 0; i < ids.length; i += 997) expect(t.get(ids[i])).toBe(i);
    expect(t.get('20000')).toBe(-1);
  });
});
