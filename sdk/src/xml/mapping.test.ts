import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  batchToXml, recordToXml, xmlElementToRecord, xmlToBatch, XML_NAMESPACE_V1, XmlMappingError,
} from './mapping.js';
import { getXmlModel } from './schema-model.js';
import { RECORD_TYPES, sampleBatch, sampleRecord, TRICKY_TEXT } from './test-samples.js';
import { XML_NAMESPACES } from '../generated/standard.js';
import { checkSchema } from '../validation/schema-check.js';

const EXAMPLES = fileURLToDir('../../../examples/valid');

function fileURLToDir(rel: string): string {
  return path.resolve(path.dirname(new URL(import.meta.url).pathname), rel);
}

/** Every example batch file under examples/valid (any depth). */
function exampleFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false } as { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => f.endsWith('.json') || f.endsWith('.xml'))
    .sort();
}

/** Schema findings of a batch, by the project's JSON validator. */
function schemaFindings(b: { header: unknown; records: Record<string, unknown>[] }): unknown[] {
  return [...checkSchema('header', b.header), ...b.records.flatMap((r) => checkSchema(r.recordType as string, r).map((f) => ({ ...f, record: r.recordType })))];
}

const VARIANTS = [
  { name: 'full', opts: { seed: 0 } },
  { name: 'other choices', opts: { seed: 1 } },
  { name: 'tricky text', opts: { seed: 2, tricky: true } },
  { name: 'empty arrays', opts: { seed: 3, emptyArrays: true } },
];

describe('schema model', () => {
  it('has a model for every record type, without recordType among the children', () => {
    const model = getXmlModel();
    expect([...model.records.keys()]).toEqual(RECORD_TYPES);
    for (const node of model.records.values()) {
      expect(node.kind).toBe('object');
      expect(node.props!.has('recordType')).toBe(false);
    }
    expect(model.records.get('case')!.props!.get('applicant')!.kind).toBe('object');
    expect(model.records.get('case')!.props!.get('subCaseIds')).toEqual({ kind: 'array', items: { kind: 'string' } });
    expect(model.records.get('item')!.props!.get('stages')!.items!.props!.get('budget')!.props!.get('value')).toEqual({ kind: 'integer' });
    expect(model.header.props!.get('sequenceNumber')).toEqual({ kind: 'integer' });
  });

  it('uses the namespace of the standard module', () => {
    expect(XML_NAMESPACE_V1).toBe(XML_NAMESPACES['1']);
  });
});

describe('round trip JSON → XML → JSON (FSJC-XML-009)', () => {
  it('the sample batches are valid JSON', () => {
    for (const v of VARIANTS) {
      expect(schemaFindings(sampleBatch(v.opts)), v.name).toEqual([]);
      // and the check does find faults
      expect(checkSchema('case', { recordType: 'case', id: 'x' })).not.toEqual([]);
    }
  });

  for (const type of RECORD_TYPES) {
    for (const v of VARIANTS) {
      it(`${type} (${v.name})`, () => {
        const record = sampleRecord(type, v.opts);
        for (const pretty of [false, true]) {
          const xml = recordToXml(record, { pretty });
          const back = xmlElementToRecord(xml);
          expect(back.issues).toEqual([]);
          expect(back.value).toEqual(record);
          expect(Object.keys(back.value!)[0]).toBe('recordType');
          // the schema's order is the writer's order: the keys come back in the same order
          expect(Object.keys(back.value!)).toEqual(Object.keys(record));
        }
      });
    }
  }

  it('whole batches, compact and pretty', () => {
    for (const v of VARIANTS) {
      const batch = sampleBatch({ ...v.opts, perType: 2 });
      for (const pretty of [false, true]) {
        const { batch: back, issues } = xmlToBatch(batchToXml(batch, { pretty }));
        expect(issues).toEqual([]);
        expect(back).toEqual(batch);
      }
    }
  });

  const files = exampleFiles(EXAMPLES);
  it.skipIf(files.length === 0)('every file in examples/valid', () => {
    for (const file of files) {
      if (file.endsWith('.xml')) {
        const text = fs.readFileSync(file, 'utf8');
        const first = xmlToBatch(text, { file });
        expect(first.issues, file).toEqual([]);
        const again = xmlToBatch(batchToXml(first.batch, { pretty: true }));
        expect(again.issues, file).toEqual([]);
        expect(again.batch, file).toEqual(first.batch);
        continue;
      }
      const batch = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const pretty of [false, true]) {
        const { batch: back, issues } = xmlToBatch(batchToXml(batch, { pretty }), { file });
        expect(issues, file).toEqual([]);
        expect(back, file).toEqual(batch);
      }
      for (const record of batch.records ?? []) {
        expect(xmlElementToRecord(recordToXml(record)).value, file).toEqual(record);
      }
    }
  });
});

describe('strings (FSJC-XML-005)', () => {
  const base = { recordType: 'feedback', id: 'F-1' };
  const cases: [string, string][] = [
    ['CR, LF and CRLF', 'a\rb\nc\r\nd\r'],
    ['markup characters', `&<>"' ]]> &amp; &lt;`],
    ['Chinese', '行政审批电子监察：张三（窗口）'],
    ['emoji and other astral characters', '😀 𠀀 𝄞'],
    ['leading and trailing whitespace', '  \t spaced \n '],
    ['empty', ''],
    ['the tricky sample', TRICKY_TEXT],
  ];
  for (const [name, content] of cases) {
    it(name, () => {
      const record = { ...base, content };
      const xml = recordToXml(record);
      expect(xml).not.toMatch(/\r/);
      expect(xmlElementToRecord(xml).value).toEqual(record);
      expect(xmlToBatch(batchToXml({ records: [record] })).batch.records).toEqual([record]);
    });
  }

  it('escapes &, <, > and writes CR as &#13;', () => {
    expect(recordToXml({ ...base, content: 'a&b<c>d\re' }, { namespace: false }))
      .toBe('<feedback><id>F-1</id><content>a&amp;b&lt;c&gt;d&#13;e</content></feedback>');
  });

  it('reads CDATA, character references and entities; literal CR LF becomes LF', () => {
    const xml = `<feedback xmlns="${XML_NAMESPACE_V1}"><id>F-1</id><content>a<![CDATA[<&>]]>&#x5F20;&#19977;&quot;\r\nz</content></feedback>`;
    expect(xmlElementToRecord(xml).value).toEqual({ ...base, content: 'a<&>张三"\nz' });
  });

  it('refuses characters XML 1.0 cannot carry', () => {
    for (const bad of ['\u0000', '\u0001', '\u000b', '\ufffe', '\uffff', '\ud800', 'a\udc00b']) {
      expect(() => recordToXml({ ...base, content: bad })).toThrow(XmlMappingError);
    }
    expect(() => recordToXml({ ...base, content: '\u0001' })).toThrow(/U\+0001 .* at \/content/);
  });

  it('refuses what XML cannot carry: null, NaN, bad names', () => {
    expect(() => recordToXml({ ...base, content: null })).toThrow(/null/);
    expect(() => recordToXml({ recordType: 'score', id: 'S', rank: Number.NaN })).toThrow(XmlMappingError);
    expect(() => recordToXml({ ...base, 'bad name': 1 })).toThrow(/element name/);
    expect(() => recordToXml({ id: 'x' })).toThrow(/recordType/);
  });
});

describe('integers and booleans (FSJC-XML-005)', () => {
  const rec = (inner: string) => `<score xmlns="${XML_NAMESPACE_V1}"><id>S</id>${inner}</score>`;

  it('writes canonical forms', () => {
    const xml = recordToXml({ recordType: 'score', id: 'S', ranked: false, rank: 12, caseCount: 0 }, { namespace: false });
    expect(xml).toBe('<score><id>S</id><ranked>false</ranked><rank>12</rank><caseCount>0</caseCount></score>');
  });

  it('reads the XSD lexical forms', () => {
    expect(xmlElementToRecord(rec('<rank> +007 </rank><ranked> 1 </ranked><caseCount>-0</caseCount>')).value)
      .toEqual({ recordType: 'score', id: 'S', rank: 7, ranked: true, caseCount: 0 });
    expect(xmlElementToRecord(rec('<ranked>0</ranked>')).value!.ranked).toBe(false);
    expect(xmlElementToRecord(rec('<ranked>true</ranked>')).value!.ranked).toBe(true);
  });

  it('reports text that is not an integer or boolean, keeping the text', () => {
    const r = xmlElementToRecord(rec('\n<rank>1.5</rank>\n<ranked>yes</ranked>\n<caseCount>99999999999999999999</caseCount>'), { pointer: '/records/4', recordIndex: 4 });
    expect(r.issues.map((i) => [i.code, i.pointer, i.line, i.params?.expected])).toEqual([
      ['xml.badValue', '/records/4/rank', 2, 'integer'],
      ['xml.badValue', '/records/4/ranked', 3, 'boolean'],
      ['xml.badValue', '/records/4/caseCount', 4, 'integer'],
    ]);
    expect(r.issues[0]).toMatchObject({ severity: 'critical', requirement: 'FSJC-XML-005', recordIndex: 4, recordType: 'score', recordId: 'S' });
    expect(r.value).toMatchObject({ rank: '1.5', ranked: 'yes' });
  });
});

describe('arrays (FSJC-XML-003)', () => {
  it('empty and absent arrays differ', () => {
    const empty = { recordType: 'case', id: 'C', subCaseIds: [] };
    const absent = { recordType: 'case', id: 'C' };
    expect(recordToXml(empty, { namespace: false })).toBe('<case><id>C</id><subCaseIds/></case>');
    expect(xmlElementToRecord(recordToXml(empty)).value).toEqual(empty);
    expect(xmlElementToRecord(recordToXml(absent)).value).toEqual(absent);
    expect(xmlElementToRecord(`<case xmlns="${XML_NAMESPACE_V1}"><id>C</id><subCaseIds>\n  </subCaseIds></case>`).value).toEqual(empty);
  });

  it('wraps each entry in item', () => {
    expect(recordToXml({ recordType: 'post', id: 'P', stages: ['ACCEPT', 'REVIEW'] }, { namespace: false }))
      .toBe('<post><id>P</id><stages><item>ACCEPT</item><item>REVIEW</item></stages></post>');
  });

  it('reports other elements in a wrapper, and text', () => {
    const r = xmlElementToRecord(`<post xmlns="${XML_NAMESPACE_V1}"><id>P</id>\n<stages><item>A</item>\n<stage>B</stage>\n<item>C</item>oops</stages></post>`);
    expect(r.issues.map((i) => [i.code, i.pointer, i.line])).toEqual([
      ['xml.unknownElement', '/stages/stage', 3],
      ['xml.badValue', '/stages', 2],
    ]);
    expect(r.value).toEqual({ recordType: 'post', id: 'P', stages: ['A', 'C'] });
  });
});

describe('reading problems are issues with lines (FSJC-XML-002)', () => {
  const ns = `xmlns="${XML_NAMESPACE_V1}"`;

  it('unknown and repeated elements', () => {
    const xml = `<case ${ns}>\n<id>C</id>\n<colour>red</colour>\n<id>D</id>\n<applicant><kind>PERSON</kind><kind>X</kind><nick>x</nick></applicant>\n<recordType>case</recordType>\n</case>`;
    const r = xmlElementToRecord(xml, { line: 10 });
    expect(r.issues.map((i) => [i.code, i.pointer, i.line, i.params])).toEqual([
      ['xml.unknownElement', '/colour', 12, { element: 'colour', parent: 'case' }],
      ['xml.repeatedElement', '/id', 13, { element: 'id' }],
      ['xml.repeatedElement', '/applicant/kind', 14, { element: 'kind' }],
      ['xml.unknownElement', '/applicant/nick', 14, { element: 'nick', parent: 'applicant' }],
      ['xml.unknownElement', '/recordType', 15, { element: 'recordType', parent: 'case' }],
    ]);
    expect(r.value).toEqual({ recordType: 'case', id: 'C', applicant: { kind: 'PERSON' } });
    expect(r.lines.get('')).toBe(10);
    expect(r.lines.get('/applicant/kind')).toBe(14);
  });

  it('an element that is not a record type', () => {
    const r = xmlElementToRecord(`<lunch ${ns}><id>x</id></lunch>`);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['xml.unknownElement']);
  });

  it('attributes, except namespace declarations and xsi:*', () => {
    const xml = `<case ${ns} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x y" lang="zh">\n<id type="a" xsi:nil="false">C</id></case>`;
    const r = xmlElementToRecord(xml);
    expect(r.issues.map((i) => [i.code, i.pointer, i.line, i.params?.attribute])).toEqual([
      ['xml.attributeNotAllowed', '', 1, 'lang'],
      ['xml.attributeNotAllowed', '/id', 2, 'type'],
    ]);
    expect(r.value).toEqual({ recordType: 'case', id: 'C' });
  });

  it('namespace: missing, wrong, and prefixed', () => {
    const missing = xmlElementToRecord('<case><id>C</id></case>');
    expect(missing.issues.map((i) => [i.code, i.params?.namespace])).toEqual([['xml.namespace', '']]);
    expect(missing.value).toEqual({ recordType: 'case', id: 'C' });
    const wrong = xmlElementToRecord(`<case ${ns}><id xmlns="https://fsjc.org.cn/ns/v2"><x/>C</id><caseNumber>N</caseNumber></case>`);
    expect(wrong.issues.map((i) => [i.code, i.pointer])).toEqual([['xml.namespace', '/id'], ['xml.unknownElement', '/id/x']]);
    const prefixed = xmlElementToRecord(`<f:case xmlns:f="${XML_NAMESPACE_V1}"><f:id>C</f:id><f:subCaseIds><f:item>A</f:item></f:subCaseIds></f:case>`);
    expect(prefixed.issues).toEqual([]);
    expect(prefixed.value).toEqual({ recordType: 'case', id: 'C', subCaseIds: ['A'] });
  });

  it('malformed XML is fatal, with its line', () => {
    const r = xmlElementToRecord(`<case ${ns}>\n<id>C</id>\n<caseNumber>N</casenumber>\n</case>`, { line: 5 });
    expect(r.fatal).toBe(true);
    expect(r.issues).toMatchObject([{ code: 'parse.xml', line: 7 }]);
    expect(xmlElementToRecord(`<case ${ns}><id>&nbsp;</id></case>`).issues[0]).toMatchObject({ code: 'parse.xml', params: { message: expect.stringMatching(/undeclared entity/) } });
    expect(xmlElementToRecord(`<case ${ns}><id>a\u0001</id></case>`).issues[0].code).toBe('parse.xml');
    expect(xmlElementToRecord(`<case ${ns}><id>&#1;</id></case>`).issues[0].code).toBe('parse.xml');
  });

  it('a DOCTYPE is refused (FSJC-XML-008)', () => {
    const r = xmlElementToRecord(`<!DOCTYPE case [<!ENTITY x "y">]><case ${ns}><id>&x;</id></case>`);
    expect(r.fatal).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['xml.dtdForbidden']);
  });

  it('properties the schema does not know are written, and reported when read', () => {
    const xml = recordToXml({ recordType: 'fee', id: 'F', colour: 'red', extra: { a: [1, true] } });
    expect(xml).toContain('<colour>red</colour><extra><a><item>1</item><item>true</item></a></extra>');
    expect(xmlElementToRecord(xml).issues.map((i) => [i.code, i.pointer])).toEqual([
      ['xml.unknownElement', '/colour'],
      ['xml.unknownElement', '/extra'],
    ]);
  });
});

describe('batches', () => {
  it('a header after the records is read too', () => {
    const { header, records } = sampleBatch();
    const xml = `<batch xmlns="${XML_NAMESPACE_V1}"><records>${records.map((r) => recordToXml(r, { namespace: false })).join('')}</records>${batchToXml({ header }).replace(/^[\s\S]*?(<header>[\s\S]*<\/header>)[\s\S]*$/, '$1')}</batch>`;
    const back = xmlToBatch(xml);
    expect(back.issues).toEqual([]);
    expect(back.batch).toEqual({ header, records });
  });

  it('reports structure problems of the batch', () => {
    const xml = `<batch xmlns="${XML_NAMESPACE_V1}" id="1">\n<header/>\n<header/>\n<note/>\n<records>\n<case><id>C</id></case>\n<lunch/>\ntext\n</records>\n</batch>`;
    const r = xmlToBatch(xml);
    expect(r.issues.map((i) => [i.code, i.line, i.pointer])).toEqual([
      ['xml.attributeNotAllowed', 1, ''],
      ['xml.repeatedElement', 3, '/header'],
      ['xml.unknownElement', 4, '/note'],
      ['xml.unknownElement', 7, '/records/1'],
      ['xml.badValue', 7, '/records'],
    ]);
    expect(r.batch).toEqual({ header: {}, records: [{ recordType: 'case', id: 'C' }] });
  });

  it('a root that is not batch, or in the wrong namespace', () => {
    expect(xmlToBatch(`<case xmlns="${XML_NAMESPACE_V1}"/>`).issues.map((i) => i.code)).toEqual(['xml.unknownElement']);
    const r = xmlToBatch('<batch xmlns="urn:other"><records><case><id>C</id></case></records></batch>');
    expect(r.issues.map((i) => [i.code, i.params?.namespace])).toEqual([['xml.namespace', 'urn:other']]);
    expect(r.batch.records).toEqual([{ recordType: 'case', id: 'C' }]);
  });

  it('writes GB18030 and GBK that decode to the same document', () => {
    const batch = sampleBatch({ tricky: true });
    const text = batchToXml(batch);
    const gb = batchToXml(batch, { encoding: 'GB18030' });
    expect(gb).toBeInstanceOf(Uint8Array);
    expect(iconv.decode(Buffer.from(gb), 'gb18030')).toBe(text.replace('encoding="UTF-8"', 'encoding="GB18030"'));
    const gbk = batchToXml(batch, { encoding: 'GBK' });
    const gbkText = iconv.decode(Buffer.from(gbk), 'gbk');
    // the emoji is outside GBK: written as a character reference
    expect(gbkText).toContain('&#x1F600;');
    expect(xmlToBatch(gbkText).batch).toEqual(batch);
    expect(new TextDecoder().decode(batchToXml(batch, { encoding: 'UTF-8' }))).toBe(text);
  });

  it('encodes every CJK character the way iconv-lite does', () => {
    let s = '';
    for (let cp = 0x4e00; cp <= 0x9fa5; cp++) s += String.fromCodePoint(cp);
    s += '，。“”《》（）€¥·—…１２３ａｂｃ';
    const record = { recordType: 'feedback', id: 'F', content: s };
    const gb = batchToXml({ records: [record] }, { encoding: 'GB18030' });
    const expected = iconv.encode(batchToXml({ records: [record] }).replace('UTF-8', 'GB18030'), 'gb18030');
    expect(Buffer.from(gb).equals(expected)).toBe(true);
  });
});

describe('docs/xml-mapping.md', () => {
  it('its example is the mapping, both ways', () => {
    const doc = fs.readFileSync(fileURLToDir('../../../docs/xml-mapping.md'), 'utf8');
    const json = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]);
    const xml = /```xml\n([\s\S]*?)\n```/.exec(doc)![1];
    expect(recordToXml(json, { pretty: true })).toBe(xml);
    const back = xmlElementToRecord(xml);
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(json);
    expect(checkSchema('case', json)).toEqual([]);
    for (const id of ['001', '002', '003', '004', '005', '006', '007', '008', '009']) expect(doc).toContain(`FSJC-XML-${id}`);
  });
});
