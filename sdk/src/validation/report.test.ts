import { describe, expect, it } from 'vitest';
import { batch, CASE } from '../../../tests/support/batch.js';
import { batchToXml } from '../xml/mapping.js';
import { CODES } from './codes.js';
import { SEVERITIES } from './issue.js';
import { renderJson, renderText } from './render.js';
import { validateBatch } from './validate.js';

// seven cases whose applicant's name is not masked (a warning each), the fifth also in a
// district outside the profile (an error)
const cases = Array.from({ length: 7 }, (_, i) => ({
  ...CASE, id: `C${i + 1}`, caseNumber: `NH202610000${i + 1}`, applicant: { ...CASE.applicant, name: '张三' },
  ...(i === 4 ? { regionCode: '440699' } : {}),
}));
const faulty = batch(cases);
const warningsOnly = batch(cases.map((c) => ({ ...c, regionCode: CASE.regionCode })));
const group = (r: Awaited<ReturnType<typeof validateBatch>>, code: string) => r.groups.find((g) => g.code === code)!;

describe('the validation report (FSJC-VAL-003)', () => {
  it('groups findings by code with their tier, requirement, count and first examples, as many as asked', async () => {
    const r = await validateBatch(faulty, { maxExamples: 2 });
    const names = group(r, 'privacy.nameNotMasked');
    expect(names).toMatchObject({ severity: 'warning', requirement: CODES['privacy.nameNotMasked'].requirement, count: 7 });
    expect(names.examples.map((e) => e.recordIndex)).toEqual([0, 1]);
    expect(group(r, 'region.notInProfile')).toMatchObject({ severity: 'error', requirement: 'FSJC-DATA-011', count: 1 });
    // the most serious first
    const tiers = r.groups.map((g) => SEVERITIES.indexOf(g.severity));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect((await validateBatch(faulty, { maxExamples: 5 })).groups.find((g) => g.code === 'privacy.nameNotMasked')!.examples).toHaveLength(5);
  });

  it('has a JSON form for machines and a text form for people', async () => {
    const r = await validateBatch(faulty, { maxExamples: 2 });
    const json = JSON.parse(renderJson(r, 'en'));
    expect(json.valid).toBe(false);
    expect(json.groups.find((g: { code: string }) => g.code === 'privacy.nameNotMasked')).toMatchObject({ count: 7, requirement: 'FSJC-PRIV-003' });
    expect(json.groups[0].examples[0].message).toEqual(expect.any(String));
    const text = renderText(r, 'en');
    expect(text).toContain('privacy.nameNotMasked (FSJC-PRIV-003) × 7');
    expect(text).toContain('… 5 more');
    expect(text.trimEnd().endsWith('Result: invalid')).toBe(true);
  });
});

describe('where a finding is (FSJC-VAL-006)', () => {
  const expectAt = (issue: object, index: number) => expect(issue).toMatchObject({ recordIndex: index, recordType: 'case', recordId: `C${index + 1}`, pointer: `/records/${index}/applicant/name` });

  it('gives the record index, type and id, and a JSON pointer from the batch root', async () => {
    const r = await validateBatch(faulty);
    group(r, 'privacy.nameNotMasked').examples.forEach((e, i) => expectAt(e, i));
    expect(group(r, 'region.notInProfile').examples[0]).toMatchObject({ recordIndex: 4, recordId: 'C5', pointer: '/records/4/regionCode' });
  });

  it('gives the line in NDJSON', async () => {
    const ndjson = [JSON.stringify({ header: faulty.header }), ...cases.map((c) => JSON.stringify(c))].join('\n') + '\n';
    const r = await validateBatch(ndjson, { name: 'b.ndjson' });
    group(r, 'privacy.nameNotMasked').examples.forEach((e, i) => {
      expectAt(e, i);
      expect(e.line).toBe(i + 2);
    });
  });

  it('gives the line of the element in XML, with the pointer into the JSON form', async () => {
    const xml = batchToXml(faulty, { pretty: true });
    const lines = xml.split('\n');
    const nameLines = lines.flatMap((l, k) => (l.includes('<name>张三</name>') ? [k + 1] : []));
    expect(nameLines).toHaveLength(7);
    const r = await validateBatch(xml, { name: 'b.xml' });
    group(r, 'privacy.nameNotMasked').examples.forEach((e, i) => {
      expectAt(e, i);
      expect(e.line).toBe(nameLines[i]);
    });
  });
});

describe('the conclusion (FSJC-VAL-007)', () => {
  it('is valid without critical and error findings: warnings and advisories do not change it', async () => {
    const r = await validateBatch(warningsOnly);
    expect(r.counts.warning).toBe(7);
    expect(r.counts.critical + r.counts.error).toBe(0);
    expect(r.valid).toBe(true);
    expect(r.files.map((f) => f.valid)).toEqual([true]);
    const bad = await validateBatch(faulty);
    expect(bad.counts.error).toBe(1);
    expect([bad.valid, bad.files[0].valid]).toEqual([false, false]);
  });
});
