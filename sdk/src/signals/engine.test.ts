import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../clock/time.js';
import { sameJson } from './engine.js';

describe('what the engine compares and writes again each time a case changes', () => {
  it('compares evidence member by member, as JSON would', () => {
    const evidence = [{ kind: 'LIMIT', limitKind: 'PROMISED', value: 5, dueAt: '2026-10-20T17:30:00+08:00' }, { kind: 'RECORD', recordType: 'event', recordId: 'E-1' }];
    expect(sameJson(evidence, structuredClone(evidence))).toBe(true);
    expect(sameJson(evidence, [evidence[0]])).toBe(false);
    expect(sameJson(evidence, [{ ...evidence[0], value: 6 }, evidence[1]])).toBe(false);
    expect(sameJson(evidence, [{ ...evidence[0], extra: 1 }, evidence[1]])).toBe(false);
    expect(sameJson([{ a: 1, b: undefined }], [{ a: 1 }])).toBe(true); // JSON drops an undefined member
    expect(sameJson({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toBe(false);
    expect(sameJson(undefined, [])).toBe(false);
    expect(sameJson(undefined, undefined)).toBe(true);
    expect(sameJson(null, {})).toBe(false);
  });

  it('writes an instant the same way the first time and from memory', () => {
    const at = parseInstant('2026-10-20T17:30:00.250+08:00');
    expect(formatInstant(at)).toBe('2026-10-20T17:30:00.250+08:00');
    expect(formatInstant(at)).toBe('2026-10-20T17:30:00.250+08:00');
    // past the memory's size it starts again, with the same answers
    for (let i = 0; i < 10_000; i++) formatInstant(at + i * 60_000);
    expect(formatInstant(at + 60_000)).toBe('2026-10-20T17:31:00.250+08:00');
    expect(formatInstant(parseInstant('2026-10-20T00:00:00Z'))).toBe('2026-10-20T08:00:00+08:00');
  });
});
