import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, CASE, event } from '../../../tests/support/batch.js';
import { faultyBatches } from '../../../tests/support/faults.js';
import { batchToXml } from '../xml/mapping.js';
import type { Issue } from './issue.js';
import { forEachValue, selectFields } from './plan.js';
import { validateBatch, validateFiles, type ValidateOptions } from './validate.js';

/** The findings decided at the end of the input, from facts kept while records streamed. */
const DEFERRED = new Set(['id.duplicate', 'ref.wrongType', 'ref.notInInput', 'time.beforeReceipt', 'time.receiptMismatch', 'time.endBeforeStart', 'event.wrongStart']);
const T0 = '2026-10-09T09:30:00+08:00';

let dir: string;
const files: Record<'json' | 'ndjson' | 'xml', string[]> = { json: [], ndjson: [], xml: [] };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-deferred-'));
  faultyBatches(600, 3).forEach((b, i) => {
    const write = (ext: keyof typeof files, text: string) => {
      const f = path.join(dir, `batch-${i}.${ext}`);
      fs.writeFileSync(f, text);
      files[ext].push(f);
    };
    write('json', JSON.stringify(b));
    write('ndjson', [{ header: b.header }, ...b.records].map((r) => JSON.stringify(r)).join('\n') + '\n');
    write('xml', batchToXml(b));
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh directory for the facts' temporary files, to see them made and removed. */
const scratchParent = () => fs.mkdtempSync(path.join(dir, 'tmp-'));

async function validate(list: string[], opts: ValidateOptions = {}) {
  const issues: Issue[] = [];
  const report = await validateFiles(list, { ...opts, onIssue: (i) => issues.push(i) });
  return { report, issues };
}

describe('checks across records, decided at the end of the input', () => {
  for (const format of ['json', 'ndjson', 'xml'] as const) {
    it(`give the same report whether their facts stay in memory or spill to temporary files (${format})`, async () => {
      const inMemory = await validate(files[format]);
      const tempDir = scratchParent();
      let spilled = false;
      const spilling = await validate(files[format], { factMemory: 1024, tempDir, onRecord: () => void (spilled ||= fs.readdirSync(tempDir).length > 0) });
      expect(spilled).toBe(true);
      expect(fs.readdirSync(tempDir)).toEqual([]);
      expect(spilling.issues).toEqual(inMemory.issues);
      expect(spilling.report).toEqual(inMemory.report);
      // every kind of fault the input holds is found
      const codes = new Set(inMemory.issues.map((i) => i.code));
      for (const code of DEFERRED) expect(codes, code).toContain(code);
    });
  }

  it('give their findings in record order: file, record, then the order of the checks', async () => {
    const { issues } = await validate(files.ndjson, { factMemory: 4096 });
    const deferred = issues.filter((i) => DEFERRED.has(i.code));
    expect(deferred.length).toBeGreaterThan(100);
    const place = (i: Issue) => files.ndjson.indexOf(i.file!) * 1e7 + i.recordIndex!;
    for (let k = 1; k < deferred.length; k++) expect(place(deferred[k]), JSON.stringify(deferred[k])).toBeGreaterThanOrEqual(place(deferred[k - 1]));
    expect((await validate(files.ndjson)).issues).toEqual(issues);
  });

  it('remove their temporary files when validation throws', async () => {
    const tempDir = scratchParent();
    let seen = 0;
    await expect(validateFiles(files.ndjson, { factMemory: 1024, tempDir, onRecord: () => { if (++seen === 3000) throw new Error('stop'); } })).rejects.toThrow('stop');
    expect(fs.readdirSync(tempDir)).toEqual([]);
    // and when it throws while the findings decided at the end are given out
    await expect(validateFiles(files.ndjson, { factMemory: 1024, tempDir, onIssue: (i) => { if (i.code === 'ref.notInInput') throw new Error('stop'); } })).rejects.toThrow('stop');
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });

  it('count a finding toward its own file, also when a later file decides it', async () => {
    const a = path.join(dir, 'first.json');
    const b = path.join(dir, 'second.json');
    // the first batch refers to E9 as a case; E9 turns out, in the second, to be an event
    fs.writeFileSync(a, JSON.stringify(batch([CASE, event('E1', 'ACCEPTED', T0, { caseId: 'E9' })])));
    fs.writeFileSync(b, JSON.stringify(batch([{ ...CASE, id: 'C2' }, event('E9', 'ACCEPTED', T0, { caseId: 'C2' })])));
    const { report, issues } = await validate([a, b]);
    expect(issues.filter((i) => i.code === 'ref.wrongType')).toMatchObject([{ file: a, recordIndex: 1, pointer: '/records/1/caseId', params: { value: 'E9', expected: 'case', actual: 'event' } }]);
    const [first, second] = report.files;
    expect(first).toMatchObject({ file: a, valid: false });
    expect(first.counts.error).toBe(1);
    expect(second).toMatchObject({ file: b, valid: true });
    expect(second.counts.error).toBe(0);
  });

  it('give nothing up, however many targets or events wait', async () => {
    // each event names a case of its own that is nowhere in the input
    const n = 25_000;
    const events = Array.from({ length: n }, (_, i) => event(`E${i}`, 'ACCEPTED', T0, { caseId: `C-GONE-${i}` }));
    const r = await validateBatch(batch(events), { factMemory: 1 << 16, maxExamples: 1 });
    const notIn = r.groups.find((g) => g.code === 'ref.notInInput')!;
    // one a missing case, and the unit
    expect(notIn.count).toBe(n + 1);
  });

  it('never touch the disk for a batch of a few thousand records', async () => {
    const tempDir = scratchParent();
    let touched = false;
    const b = faultyBatches(400, 1)[0];
    await validateBatch(Buffer.from(JSON.stringify(b)), { tempDir, onRecord: () => void (touched ||= fs.readdirSync(tempDir).length > 0) });
    expect(b.records.length).toBeGreaterThan(2500);
    expect(touched).toBe(false);
  });
});

describe('time order decided on the whole input', () => {
  const issued = event('X1', 'CERTIFICATE_ISSUED', '2026-10-15T10:00:00+08:00', { certificateNumber: 'JY14406050001' });
  const delivered = event('X2', 'CERTIFICATE_DELIVERED', '2026-10-15T09:00:00+08:00');
  const codes = async (records: object[]) => (await validateBatch(batch(records))).groups.map((g) => g.code).filter((c) => DEFERRED.has(c) && c !== 'ref.notInInput');

  it('compares a delivery with the earliest certificate issue of the case, read before or after it', async () => {
    expect(await codes([CASE, issued, delivered])).toEqual(['time.endBeforeStart']);
    expect(await codes([CASE, delivered, issued])).toEqual(['time.endBeforeStart']);
  });

  it('compares an end with the last start event with the id it names, read before or after it', async () => {
    const start = (at: string, revision = 1) => event('S1', 'SUSPENSION_STARTED', at, { revision, suspensionType: 'TESTING', notifiedDuration: { value: 5, unit: 'WORKING_DAY' } });
    const end = event('S2', 'SUSPENSION_ENDED', '2026-10-12T09:00:00+08:00', { suspensionEventId: 'S1' });
    // the start's second revision moves it after the end
    expect(await codes([CASE, start('2026-10-12T08:00:00+08:00'), end, start('2026-10-12T10:00:00+08:00', 2)])).toEqual(['time.endBeforeStart']);
    expect(await codes([CASE, start('2026-10-12T10:00:00+08:00'), end, start('2026-10-12T08:00:00+08:00', 2)])).toEqual([]);
  });
});

/**
 * The checks across records as a plain reading with every identifier in memory decides them: the
 * oracle for inputs large enough that the validator counts references and decides some checks
 * while reading.
 */
function plainReading(batches: { records: Record<string, any>[] }[]): string[] {
  const out: string[] = [];
  const at = (b: number, i: number, pointer: string, code: string, params: object) => out.push(JSON.stringify([b, i, code, pointer, params]));
  const firstType = new Map<string, { type: string; eventType?: string }>();
  const revisions = new Map<string, { batch: number; highest: number }>();
  const pending = new Map<string, { b: number; i: number; pointer: string; value: string; type: string; count: number }>();
  const received = new Map<string, number>();
  const waiting: { b: number; i: number; caseId: string; at: number; eventType: string }[] = [];
  const starts = new Map<string, { type: string; at: number }>();
  const ends: { b: number; i: number; key: string; at: number; eventType: string }[] = [];
  const issued = new Map<string, number>();
  const deliveries: { b: number; i: number; caseId: string; at: number }[] = [];
  const START_OF: Record<string, string> = { SUSPENSION_ENDED: 'SUSPENSION_STARTED', SUPPLEMENT_RECEIVED: 'SUPPLEMENT_NOTICE' };
  const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00').replace('.000', '');
  const receipt = (b: number, i: number, caseAt: number, eventAt: number, eventType: string) => {
    if (eventAt < caseAt) at(b, i, '/occurredAt', 'time.beforeReceipt', { eventType, receivedAt: iso(caseAt) });
    else if (eventType === 'RECEIVED' && eventAt !== caseAt) at(b, i, '/occurredAt', 'time.receiptMismatch', { receivedAt: iso(caseAt) });
  };
  batches.forEach(({ records }, batch) => {
    records.forEach((r, i) => {
      const b = batch + 1;
      const revision = r.revision ?? 1;
      const seen = revisions.get(r.id);
      if (seen?.batch === b && seen.highest === revision) at(b, i, '/id', 'id.duplicate', { id: r.id, revision });
      revisions.set(r.id, { batch: b, highest: seen?.batch === b ? Math.max(seen.highest, revision) : revision });
      const keys = r.recordType === 'item' ? [r.id, `item\u0000${r.itemCode}`] : [r.id];
      for (const key of keys) {
        const p = pending.get(key);
        if (p && p.type !== r.recordType) at(p.b, p.i, p.pointer, 'ref.wrongType', { value: p.value, expected: p.type, actual: r.recordType });
        pending.delete(key);
        if (!firstType.has(key)) firstType.set(key, { type: r.recordType, eventType: r.eventType });
      }
      for (const field of selectFields(r.recordType, 'references', (f) => !!f.references)) {
        forEachValue(r, field, (v, pointer) => {
          if (typeof v !== 'string') return;
          const key = field.references === 'item' ? `item\u0000${v}` : v;
          const found = firstType.get(key)?.type;
          if (found) {
            if (found !== field.references) at(b, i, pointer, 'ref.wrongType', { value: v, expected: field.references!, actual: found });
          } else if (pending.has(key)) pending.get(key)!.count++;
          else pending.set(key, { b, i, pointer, value: v, type: field.references!, count: 1 });
        });
      }
      if (r.recordType === 'case' && !received.has(r.id)) received.set(r.id, Date.parse(r.receivedAt));
      if (r.recordType !== 'event') return;
      const t = Date.parse(r.occurredAt);
      if (received.has(r.caseId)) receipt(b, i, received.get(r.caseId)!, t, r.eventType);
      else waiting.push({ b, i, caseId: r.caseId, at: t, eventType: r.eventType });
      if (r.eventType === 'SUSPENSION_STARTED' || r.eventType === 'SUPPLEMENT_NOTICE') starts.set(r.id, { type: r.eventType, at: Math.floor(t / 1000) * 1000 });
      if (START_OF[r.eventType] && typeof r.suspensionEventId === 'string') ends.push({ b, i, key: r.suspensionEventId, at: t, eventType: r.eventType });
      if (r.eventType === 'CERTIFICATE_ISSUED') issued.set(r.caseId, Math.min(t, issued.get(r.caseId) ?? Infinity));
      if (r.eventType === 'CERTIFICATE_DELIVERED') deliveries.push({ b, i, caseId: r.caseId, at: t });
    });
  });
  for (const [, p] of pending) at(p.b, p.i, p.pointer, 'ref.notInInput', { value: p.value, expected: p.type, count: p.count });
  for (const w of waiting) if (received.has(w.caseId)) receipt(w.b, w.i, received.get(w.caseId)!, w.at, w.eventType);
  for (const d of deliveries) {
    const first = issued.get(d.caseId);
    if (first !== undefined && d.at < first) at(d.b, d.i, '/occurredAt', 'time.endBeforeStart', { eventType: 'CERTIFICATE_DELIVERED', startedAt: iso(first) });
  }
  for (const e of ends) {
    const start = starts.get(e.key) ?? (firstType.get(e.key)?.eventType ? { type: firstType.get(e.key)!.eventType!, at: undefined } : undefined);
    if (!start) continue;
    if (start.type !== START_OF[e.eventType]) at(e.b, e.i, '/suspensionEventId', 'event.wrongStart', { eventType: e.eventType, startType: start.type, expected: START_OF[e.eventType] });
    else if (start.at !== undefined && e.at < start.at) at(e.b, e.i, '/occurredAt', 'time.endBeforeStart', { eventType: e.eventType, startedAt: iso(start.at) });
  }
  return out.sort();
}

describe('checks across records on a large input', () => {
  it('decide as a plain reading with every identifier in memory would, while counting references and deciding some checks as they read', async () => {
    const batches = faultyBatches(4000, 2, 11);
    const expected = plainReading(batches);
    const found: string[] = [];
    const names = batches.map((_, i) => path.join(dir, `large-${i}.ndjson`));
    batches.forEach((b, i) => fs.writeFileSync(names[i], [{ header: b.header }, ...b.records].map((r) => JSON.stringify(r)).join('\n') + '\n'));
    for (const factMemory of [undefined, 1 << 16]) {
      const { issues } = await validate(names, { factMemory });
      expect(issues.filter((i) => i.severity === 'critical')).toEqual([]);
      const mine = issues.filter((i) => DEFERRED.has(i.code)).map((i) => JSON.stringify([names.indexOf(i.file!) + 1, i.recordIndex, i.code, i.pointer!.replace(/^\/records\/\d+/, ''), i.params]));
      found.splice(0, found.length, ...mine.sort());
      expect(found.length).toBeGreaterThan(1000);
      expect(found).toEqual(expected);
    }
  });
});
