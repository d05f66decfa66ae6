import { describe, expect, it } from 'vitest';
import { validateBatch } from './validate.js';
import { batchToXml } from '../xml/mapping.js';
import { batch, CASE, event } from '../../../tests/support/batch.js';

const xmlOf = (b: object) => batchToXml(b, { pretty: true });
const codes = async (xml: string) => (await validateBatch(xml, { name: 'b.xml' })).groups.filter((g) => g.severity === 'critical' || g.severity === 'error');

describe('XML findings: one fault, one finding (FSJC-VAL-005, FSJC-XML-002)', () => {
  const good = xmlOf(batch([CASE, event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00')]));

  it('validates the XML form of a valid batch with no findings', async () => {
    expect(await codes(good)).toEqual([]);
  });

  it('reports a misspelt element once, naming the expected element, with its line', async () => {
    const bad = good.replace(/<occurredAt>(.*?)<\/occurredAt>/, '<ocurredAt>$1</ocurredAt>');
    const groups = await codes(bad);
    expect(groups.map((g) => g.code)).toEqual(['xml.unknownElement']);
    const issue = groups[0].examples[0];
    expect(issue.params).toMatchObject({ element: 'ocurredAt', expected: 'occurredAt' });
    expect(issue.line).toBe(bad.split('\n').findIndex((l) => l.includes('<ocurredAt>')) + 1);
  });

  it('reports a value that is not an integer once, not again as a schema type error', async () => {
    const bad = good.replace('<recordCount>2</recordCount>', '<recordCount>two</recordCount>');
    expect((await codes(bad)).map((g) => g.code)).toEqual(['xml.badValue']);
  });

  it('finds schema faults of XML records with the line of the element at fault', async () => {
    const bad = good.replace('<caseType>PROMISED</caseType>', '<caseType>URGENT</caseType>');
    const [g] = await codes(bad);
    expect(g.code).toBe('schema.closedCode');
    expect(g.examples[0].line).toBe(bad.split('\n').findIndex((l) => l.includes('URGENT')) + 1);
  });

  it('checks records against the XSD too, by default for small files', async () => {
    // an XSD-only fault cannot be produced through the mapping; the validator must at least run it cleanly
    const r = await validateBatch(good, { name: 'b.xml', xsd: true });
    expect(r.groups.filter((g) => g.code === 'xml.schema')).toEqual([]);
  });
});
