import { createHash } from 'node:crypto';
import { canonicalJson } from '@fsjc/sdk';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../suite/types.js';
import { evidenceText, reportDigest, reportJson } from './json.js';
import { failingReport, passingReport } from './sample.js';

/** The same report with every object's members in reverse order. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
}

describe('the JSON report (FSJC-CONF-015)', () => {
  it('is pretty JSON with a final newline that reads back to the same report and the same bytes', () => {
    const report = failingReport();
    const text = reportJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "kind": "fsjc-conformance-report",\n');
    const back = JSON.parse(text) as RunReport;
    expect(back).toEqual(report);
    expect(reportJson(back)).toBe(text);
  });
});

describe('the report digest (FSJC-CONF-016)', () => {
  it('is SM3 over the UTF-8 of the canonical JSON, the same as OpenSSL computes', () => {
    const report = passingReport();
    const independent = createHash('sm3').update(Buffer.from(canonicalJson(report), 'utf8')).digest('hex');
    expect(reportDigest(report)).toMatch(/^[0-9a-f]{64}$/);
    expect(reportDigest(report)).toBe(independent);
  });

  it('does not change with member order, layout or a read back from report.json', () => {
    const report = failingReport();
    const digest = reportDigest(report);
    expect(reportDigest(reversed(report) as RunReport)).toBe(digest);
    expect(reportDigest(JSON.parse(reportJson(report)))).toBe(digest);
    expect(reportDigest(JSON.parse(JSON.stringify(report)))).toBe(digest);
    // an undefined member is not in report.json, so not in the digest either
    expect(reportDigest({ ...report, system: { ...report.system, url: undefined } })).toBe(digest);
  });

  it('changes when anything in the report changes, down to one outcome or one character', () => {
    const report = failingReport();
    const digest = reportDigest(report);
    const outcome = structuredClone(report);
    outcome.results[4].outcome = 'pass';
    expect(reportDigest(outcome)).not.toBe(digest);
    const message = structuredClone(report);
    message.results[4].messages[0].zh += '。';
    expect(reportDigest(message)).not.toBe(digest);
    const evidence = structuredClone(report);
    (evidence.results[4].evidence as { idempotencyKey: string }).idempotencyKey = 'x';
    expect(reportDigest(evidence)).not.toBe(digest);
    expect(reportDigest(passingReport())).not.toBe(digest);
  });
});

describe('evidence as text', () => {
  it('keeps short evidence whole and cuts long evidence without splitting a character', () => {
    expect(evidenceText({ a: 1 })).toEqual({ text: '{\n  "a": 1\n}', truncated: false, length: 12 });
    expect(evidenceText('plain body').text).toBe('plain body');
    const long = evidenceText('办'.repeat(9) + '😀'.repeat(10), 10);
    expect(long.truncated).toBe(true);
    expect(long.length).toBe(29);
    // the tenth UTF-16 unit is the first half of 😀: the cut keeps nine
    expect(long.text).toBe('办'.repeat(9));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(evidenceText(cyclic).text).toBe('[object Object]');
  });
});
