import { afterEach, describe, expect, it } from 'vitest';
import { reportJunit } from './junit.js';
import { failingReport, passingReport, SAMPLE_TEST_IDS } from './sample.js';

type Lib = typeof import('libxml2-wasm');
const lx: Lib = await import('libxml2-wasm');
const open: InstanceType<Lib['XmlDocument']>[] = [];
afterEach(() => { while (open.length) open.pop()!.dispose(); });

/** Parses with libxml2, as strictly as a CI server would: a malformed file throws. */
function parse(xml: string) {
  const doc = lx.XmlDocument.fromString(xml, { option: lx.ParseOption.XML_PARSE_NONET });
  open.push(doc);
  const value = (xpath: string) => doc.eval(xpath);
  return { doc, value, count: (xpath: string) => value(`count(${xpath})`) as number, text: (xpath: string) => value(`string(${xpath})`) as string };
}

describe('the JUnit XML report (FSJC-CONF-015)', () => {
  it('has a testsuite per group and a testcase per test, named by ID and English title', () => {
    const x = parse(reportJunit(failingReport()));
    expect(x.count('/testsuites/testsuite')).toBe(3);
    expect(x.count('//testcase')).toBe(SAMPLE_TEST_IDS.length);
    expect(x.text('/testsuites/testsuite[2]/@name')).toBe('CL-RESEND');
    const tc = '//testcase[@name="CL-L3-RESEND-SAME-BYTES Resends the same bytes after a fault"]';
    expect(x.count(tc)).toBe(1);
    expect(x.text(`${tc}/@classname`)).toBe('CL-RESEND');
    expect(x.text(`${tc}/@time`)).toBe('0.120');
    expect(x.count(`${tc}/properties/property[@name="requirement"]`)).toBe(2);
    expect(x.text(`${tc}/properties/property[@name="requirement"][2]/@value`)).toBe('FSJC-API-070');
    expect(x.text(`${tc}/properties/property[@name="strength"]/@value`)).toBe('MUST');
    expect(x.text(`${tc}/failure/@message`)).toMatch(/^序号 12 的重发.*The resend of sequence 12/);
    expect(x.text(`${tc}/failure`)).toMatch(/b1f0c2d4-7e1a-4c55-9f0e-0a3c5d7e9b21/);
    expect(x.text('//testsuite[1]/properties/property[@name="levelReached"]/@value')).toBe('L2');
  });

  it('counts failures, errors and skipped as the run did: fail, error, and skip with omit', () => {
    const x = parse(reportJunit(failingReport()));
    expect(x.count('//testcase/failure')).toBe(2);
    expect(x.count('//testcase/error')).toBe(1);
    expect(x.count('//testcase/skipped')).toBe(3);
    expect([x.text('/testsuites/@tests'), x.text('/testsuites/@failures'), x.text('/testsuites/@errors'), x.text('/testsuites/@skipped')]).toEqual(['9', '2', '1', '3']);
    // per group: CL-SIGNALS has the two skips and the omit
    expect([x.text('//testsuite[@name="CL-SIGNALS"]/@tests'), x.text('//testsuite[@name="CL-SIGNALS"]/@skipped')]).toEqual(['3', '3']);
    expect(x.text('//testcase[starts-with(@name, "CL-L3-BACKOFF")]/error/@message')).toMatch(/无法连接被测系统/);
    expect(x.text('//testcase[starts-with(@name, "CL-L4-EVENTS-COMPLETE")]/skipped/@message')).toMatch(/^omit: 本次运行未选择/);

    const ok = parse(reportJunit(passingReport()));
    expect([ok.text('/testsuites/@failures'), ok.text('/testsuites/@errors'), ok.text('/testsuites/@skipped')]).toEqual(['0', '0', '1']);
  });

  it('stays well-formed whatever the system under test and the checks wrote, and keeps their text', () => {
    const report = failingReport();
    const hostile = `]]></failure><x a="1">&amp; 'q' "dq"\n\tline\u0001\uD800end`;
    report.results[4].title_en = hostile;
    report.results[4].messages[0].zh = hostile;
    report.results[4].evidence = { body: hostile };
    report.results[4].group = `<g&"'>`;
    report.system.name = hostile;
    const x = parse(reportJunit(report));
    expect(x.count('//testcase')).toBe(SAMPLE_TEST_IDS.length);
    expect(x.count('//x')).toBe(0);
    const cleaned = hostile.replace('\u0001', '\uFFFD').replace('\uD800', '\uFFFD');
    expect(x.text('(//testcase[failure])[2]/@name')).toBe(`CL-L3-RESEND-SAME-BYTES ${cleaned}`);
    expect(x.text('(//testcase[failure])[2]/@classname')).toBe(`<g&"'>`);
    expect(x.text('(//testcase[failure])[2]/failure/@message')).toContain(cleaned);
    expect(x.text('//testsuite[1]/properties/property[@name="systemName"]/@value')).toBe(cleaned);
  });
});
