import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../certificate/certificate.js';
import { loadSuite, KIT_DATA } from '../suite/load.js';
import { suiteTests } from '../suite/run.js';
import type { RunReport } from '../suite/types.js';

const REPORTS = path.join(KIT_DATA, '../examples/conformance/reports');
const read = (p: string) => fs.readFileSync(path.join(REPORTS, p), 'utf8');

describe('the committed example reports (examples/conformance/reports/)', () => {
  const passing = JSON.parse(read('passing/report.json')) as RunReport;
  const failing = JSON.parse(read('failing/report.json')) as RunReport;

  it('are of the current client suite (else: npm run conformance:examples)', () => {
    const ids = suiteTests(loadSuite('client-v1')).map((t) => t.test.id);
    for (const r of [passing, failing]) expect(r.results.map((x) => x.id)).toEqual(ids);
  });

  it('show the reference platform at L4 and the faulty client failing, each with an HTML and JUnit edition', () => {
    expect(passing.level).toBe('L4');
    expect(passing.counts.pass).toBe(passing.results.length);
    expect(failing.counts.fail).toBeGreaterThan(0);
    expect(failing.level).not.toBe('L4');
    for (const d of ['passing', 'failing']) {
      expect(read(`${d}/report.html`)).toContain('一致性测试报告');
      expect(read(`${d}/report.junit.xml`)).toContain('<testsuites');
    }
  });

  it('FSJC-CONF-016: the passing report\'s certificate verifies with the published key, and not for the other report', () => {
    const certificate = JSON.parse(read('passing/certificate.json'));
    const key = read('passing/office-public-key.txt').trim();
    expect(verifyCertificate(certificate, key, passing)).toEqual({ valid: true, problems: [] });
    expect(verifyCertificate(certificate, key, failing).valid).toBe(false);
  });
});
