import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { BatchItem } from './types.js';
import { readXmlBatch } from './xml-reader.js';
import { batchToXml, recordToXml, XML_NAMESPACE_V1 } from '../xml/mapping.js';
import { sampleBatch, sampleRecord } from '../xml/test-samples.js';
import { SCHEMAS } from '../generated/schemas.js';
import { generateXsdFromSchemas } from '../xml/xsd-generator.js';
import { createXsdValidator, type XsdValidator } from '../xml/xsd.js';

const NS = `xmlns="${XML_NAMESPACE_V1}"`;
const enc = new TextEncoder();

async function* chunks(bytes: Uint8Array, size = bytes.length || 1): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(input: string | Uint8Array, size?: number, opts: Parameters<typeof readXmlBatch>[1] = {}): Promise<BatchItem[]> {
  const bytes = typeof input === 'string' ? enc.encode(input) : input;
  const out: BatchItem[] = [];
  for await (const item of readXmlBatch(chunks(bytes, size), opts)) out.push(item);
  return out;
}

type RecordItem = Extract<BatchItem, { kind: 'record' }> & { value: Record<string, unknown>; position: { line: number } };
const records = (items: BatchItem[]) => items.flatMap((i) => (i.kind === 'record' ? [i as RecordItem] : []));
const issues = (items: BatchItem[]) => items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));
const header = (items: BatchItem[]) => items.find((i) => i.kind === 'header') as Extract<BatchItem, { kind: 'header' }> | undefined;

/** 1-based line of the n-th occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not found`);
  return text.slice(0, at).split('\n').length;
}

/** A summary that must not depend on how the bytes were cut into chunks. */
function summary(items: BatchItem[]) {
  return items.map((i) => {
    if (i.kind === 'record') return { kind: i.kind, index: i.index, value: i.value, line: i.position.line, lines: [...i.lines!], raw: new TextDecoder().decode(i.raw) };
    if (i.kind === 'header') return { kind: i.kind, value: i.value, line: i.position.line, recordsBefore: i.recordsBefore };
    return i;
  });
}

describe('readXmlBatch', () => {
  const batch = sampleBatch({ tricky: true, perType: 2 });
  const text = batchToXml(batch, { pretty: true });
  let xsd: XsdValidator;
  beforeAll(async () => {
    xsd = await createXsdValidator(generateXsdFromSchemas(SCHEMAS));
  });
  afterAll(() => xsd?.dispose());

  it('reads a UTF-8 document: header, records with lines, end', async () => {
    const items = await read(text);
    expect(issues(items)).toEqual([]);
    expect(header(items)).toMatchObject({ value: batch.header, recordsBefore: 0, position: { line: 3 } });
    const recs = records(items);
    expect(recs.map((r) => r.value)).toEqual(batch.records);
    expect(recs.map((r) => r.index)).toEqual(batch.records.map((_, k) => k));
    recs.forEach((r, k) => {
      const type = batch.records[k].recordType as string;
      const nth = batch.records.slice(0, k).filter((x) => x.recordType === type).length;
      expect(r.position.line).toBe(lineOf(text, `\n    <${type}>`, nth) + 1);
    });
    expect(items.at(-1)).toEqual({ kind: 'end', bytes: enc.encode(text).length, records: batch.records.length });
  });

  it('gives the line of every element by JSON pointer', async () => {
    const xml = `<batch ${NS}>\n<records>\n<case>\n<id>C</id>\n<applicant>\n<kind>PERSON</kind>\n<idNumber>X</idNumber>\n</applicant>\n<subCaseIds><item>A</item>\n<item>B</item></subCaseIds>\n</case>\n<item><id>I</id><legalBasis>\n<item>\n<title>T</title></item></legalBasis></item>\n</records>\n</batch>`;
    const recs = records(await read(xml));
    expect(Object.fromEntries(recs[0].lines!)).toEqual({
      '': 3, '/id': 4, '/applicant': 5, '/applicant/kind': 6, '/applicant/idNumber': 7, '/subCaseIds': 9, '/subCaseIds/0': 9, '/subCaseIds/1': 10,
    });
    expect(recs[1].lines!.get('/legalBasis/0/title')).toBe(14);
    expect(recs[1].position.line).toBe(12);
  });

  it('gives the line at a pointer, or at its nearest element above, as the table of lines does', async () => {
    const xml = `<batch ${NS}>\n<records>\n<case>\n<id>C</id>\n<applicant>\n<kind>PERSON</kind>\n<idNumber>X</idNumber>\n</applicant>\n<subCaseIds><item>A</item>\n<item>B</item></subCaseIds>\n</case>\n<item><id>I</id><legalBasis>\n<item>\n<title>T</title></item></legalBasis></item>\n</records>\n</batch>`;
    const nearest = (lines: Map<string, number>, p: string): number | undefined => {
      for (;; p = p.slice(0, p.lastIndexOf('/'))) if (lines.has(p) || p === '') return lines.get(p);
    };
    const pointers = ['', '/id', '/applicant', '/applicant/kind', '/applicant/name', '/subCaseIds/1', '/subCaseIds/2', '/legalBasis/0/title', '/legalBasis/0/article', '/nothing/0/x', '/i', '/ids'];
    for (const rec of records(await read(xml))) {
      for (const p of pointers) expect(rec.lineOf!(p), p).toBe(nearest(rec.lines!, p));
    }
  });

  it('gives the same result however the bytes are cut', async () => {
    const bytes = enc.encode(text);
    const whole = summary(await read(bytes));
    for (const size of [1, 2, 3, 7, 64, 1000, 4096]) {
      expect(summary(await read(bytes, size)), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('handles comments, PIs, CDATA, quoted > and CRLF files, cut anywhere', async () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- before <records> -->',
      '<?app keep="1"?>',
      `<batch ${NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${XML_NAMESPACE_V1} fsjc.xsd">`,
      '<records>',
      '<!-- a comment with <feedback> and ]]> inside -->',
      '<feedback xsi:type="x" >',
      '<id>F-1</id><?pi <feedback>?>',
      '<content><![CDATA[</content> <x> & ]]]]><![CDATA[>]]> &amp; 中文</content>',
      '</feedback >',
      '<feedback><id>F-2</id><content>line1',
      'line2</content></feedback>',
      '</records>',
      '</batch>',
      '<!-- after -->',
    ].join('\r\n');
    const bytes = enc.encode(xml);
    const whole = await read(bytes);
    expect(issues(whole)).toEqual([]);
    expect(records(whole).map((r) => [r.value, r.position.line])).toEqual([
      [{ recordType: 'feedback', id: 'F-1', content: '</content> <x> & ]]> & 中文' }, 7],
      [{ recordType: 'feedback', id: 'F-2', content: 'line1\nline2' }, 11],
    ]);
    for (const size of [1, 2, 5, 13]) expect(summary(await read(bytes, size)), `chunks of ${size}`).toEqual(summary(whole));
  });

  it('reads start and end tags cut anywhere: a > in a value, prefixes, spaces, empty elements', async () => {
    const xml = [
      `<batch ${NS}><records>`,
      '<feedback note="a > b" xmlns:p="urn:example" p:x="1"><id>F-1</id><content/></feedback>',
      '<p2:feedback xmlns:p2="https://fsjc.org.cn/ns/v1"><p2:id >F-2</p2:id ><p2:content>x</p2:content></p2:feedback >',
      '<feedback><id>F-3</id><content>ok</content></feedback></records></batch>',
    ].join('\n');
    const bytes = enc.encode(xml);
    const whole = await read(bytes);
    expect(records(whole).map((r) => r.value.id)).toEqual(['F-1', 'F-2', 'F-3']);
    expect(issues(whole).map((i) => [i.code, i.params?.attribute])).toEqual([['xml.attributeNotAllowed', 'note'], ['xml.attributeNotAllowed', 'p:x']]);
    for (let size = 1; size <= 12; size++) expect(summary(await read(bytes, size)), `chunks of ${size}`).toEqual(summary(whole));
  });

  it('looks twice at text with CR, references, ] or characters XML cannot carry', async () => {
    const doc = (content: string) => `<batch ${NS}><records>\r\n<feedback><id>F</id>\r\n<content>${content}</content></feedback>\r\n</records></batch>`;
    const content = async (text: string) => {
      const items = await read(doc(text));
      return { value: records(items)[0]?.value.content, issues: issues(items).map((i) => [i.code, i.params?.message]) };
    };
    expect(await content('a\rb\r\nc')).toEqual({ value: 'a\nb\nc', issues: [] });
    expect(await content('a]b]]c &amp;&#x5F20;')).toEqual({ value: 'a]b]]c &张', issues: [] });
    expect(await content(' \t\r\n ')).toEqual({ value: ' \t\n ', issues: [] });
    expect(await content('a]]>b')).toEqual({ value: undefined, issues: [['parse.xml', "']]>' is not allowed in text"]] });
    expect(await content('a\u0001b')).toEqual({ value: undefined, issues: [['parse.xml', 'character U+0001 is not allowed in XML']] });
    expect(await content('a\uFFFEb')).toEqual({ value: undefined, issues: [['parse.xml', 'character U+FFFE is not allowed in XML']] });
    expect(await content('a\u000Bb')).toEqual({ value: undefined, issues: [['parse.xml', 'character U+000B is not allowed in XML']] });
  });

  it('reads UTF-8 with a byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)]);
    const items = await read(bytes, 2);
    expect(issues(items)).toEqual([]);
    expect(summary(items).slice(0, -1)).toEqual(summary(await read(text)).slice(0, -1));
  });

  for (const [label, encoding] of [['GB18030', 'gb18030'], ['GBK', 'gbk'], ['GB2312', 'gbk']] as const) {
    it(`reads ${label} when the declaration says so`, async () => {
      // GBK has no emoji: such text goes as a character reference
      const doc = batchToXml(batch, { pretty: true }).replace('encoding="UTF-8"', `encoding="${label}"`);
      const source = encoding === 'gb18030' ? doc : doc.replace(/😀/gu, '&#x1F600;');
      const bytes = iconv.encode(source, encoding);
      for (const size of [bytes.length, 5, 333]) {
        const items = await read(bytes, size);
        expect(issues(items)).toEqual([]);
        expect(records(items).map((r) => r.value)).toEqual(batch.records);
        expect(header(items)!.value).toEqual(batch.header);
        expect(records(items).map((r) => r.position.line)).toEqual(records(await read(text)).map((r) => r.position.line));
      }
      // raw is UTF-8 whatever the input
      const first = records(await read(bytes))[0];
      expect(new TextDecoder('utf-8', { fatal: true }).decode(first.raw)).toContain('<unit xmlns="https://fsjc.org.cn/ns/v1">');
    });
  }

  it('stops at GBK bytes declared as UTF-8 (parse.encoding with the line)', async () => {
    const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<batch ${NS}>`, '<records>', '<feedback><id>F1</id><content>ok</content></feedback>', '<feedback><id>F2</id>', '<content>中文</content></feedback>', '</records></batch>'];
    const bytes = iconv.encode(lines.join('\n'), 'gbk');
    for (const size of [bytes.length, 3]) {
      const items = await read(bytes, size);
      expect(issues(items)).toMatchObject([{ code: 'parse.encoding', severity: 'critical', line: 6, params: { encoding: 'UTF-8' } }]);
      expect(records(items).map((r) => r.value.id)).toEqual(['F1']);
      expect(items.at(-1)!.kind).toBe('end');
    }
    // no declaration at all means UTF-8 too
    expect(issues(await read(iconv.encode(lines.slice(1).join('\n'), 'gbk')))).toMatchObject([{ code: 'parse.encoding', line: 5 }]);
  });

  it('stops at bytes GB18030 cannot decode', async () => {
    const head = iconv.encode(`<?xml version="1.0" encoding="GB18030"?>\n<batch ${NS}><records>\n<feedback><id>F</id><content>好`, 'gb18030');
    const bytes = new Uint8Array([...head, 0x81, 0x20, ...enc.encode('</content></feedback></records></batch>')]);
    expect(issues(await read(bytes))).toMatchObject([{ code: 'parse.encoding', line: 3, params: { encoding: 'GB18030' } }]);
  });

  it('refuses encodings other than UTF-8 and GB18030/GBK/GB2312', async () => {
    expect(issues(await read(`<?xml version="1.0" encoding="ISO-8859-1"?><batch ${NS}/>`))).toMatchObject([{ code: 'parse.encoding', params: { encoding: 'ISO-8859-1' } }]);
    expect(issues(await read(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])))).toMatchObject([{ code: 'parse.encoding', params: { encoding: 'UTF-16' } }]);
    const mismatch = await read(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`<?xml version="1.0" encoding="GBK"?><batch ${NS}><records/></batch>`)]));
    expect(issues(mismatch).map((i) => i.code)).toEqual(['xml.encodingMismatch']);
  });

  it('stops at a DOCTYPE, wherever it is (FSJC-XML-008)', async () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE batch [',
      ' <!ENTITY lol "lol">',
      ' <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      ' <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">',
      ']>',
      `<batch ${NS}><records><feedback><id>&lol2;</id></feedback></records></batch>`,
    ].join('\n');
    const items = await read(laughs);
    expect(issues(items)).toMatchObject([{ code: 'xml.dtdForbidden', line: 2, requirement: 'FSJC-XML-008' }]);
    expect(records(items)).toEqual([]);
    const inside = `<batch ${NS}><records>\n<feedback><id>A</id></feedback>\n<!DOCTYPE x>\n</records></batch>`;
    const r = await read(inside, 4);
    expect(issues(r)).toMatchObject([{ code: 'xml.dtdForbidden', line: 3 }]);
    expect(records(r)).toHaveLength(1);
    // without a DTD no entity exists
    expect(issues(await read(`<batch ${NS}><records><feedback><id>&lol;</id></feedback></records></batch>`))).toMatchObject([{ code: 'parse.xml' }]);
  });

  it('stops at malformed XML with its line', async () => {
    const xml = `<batch ${NS}>\n<records>\n<feedback><id>A</id></feedback>\n<feedback>\n<id>B</ID>\n</feedback>\n<feedback><id>C</id></feedback>\n</records>\n</batch>`;
    for (const size of [undefined, 5]) {
      const items = await read(xml, size);
      expect(issues(items)).toMatchObject([{ code: 'parse.xml', line: 5, severity: 'critical' }]);
      expect(records(items).map((r) => r.value.id)).toEqual(['A']);
      expect(items.at(-1)).toMatchObject({ kind: 'end', records: 1 });
    }
    expect(issues(await read(`<batch ${NS}>\n<records>\n<feedback><id>A</id></feedback>`))).toMatchObject([{ code: 'parse.xml', line: 3 }]);
    expect(issues(await read(''))).toMatchObject([{ code: 'parse.xml' }]);
    expect(issues(await read(`<batch ${NS}><records/></batch>\n<batch/>`))).toMatchObject([{ code: 'parse.xml', line: 2 }]);
    expect(issues(await read(`<batch ${NS}><records>\n<feedback><id>a\u0002</id></feedback></records></batch>`))).toMatchObject([{ code: 'parse.xml', line: 2 }]);
  });

  it('reports unknown elements with their line and goes on', async () => {
    const xml = `<batch ${NS}>\n<records>\n<feedback>\n<id>A</id>\n<mood>fine</mood>\n</feedback>\n<lunch>\n</lunch>\n<feedback><id>B</id></feedback>\n</records>\n</batch>`;
    const items = await read(xml, 7);
    expect(issues(items).map((i) => [i.code, i.line, i.pointer, i.recordIndex])).toEqual([
      ['xml.unknownElement', 5, '/records/0/mood', 0],
      ['xml.unknownElement', 7, '/records/1', 1],
    ]);
    expect(issues(items)[0]).toMatchObject({ recordType: 'feedback', recordId: 'A' });
    expect(records(items).map((r) => [r.index, r.value.id])).toEqual([[0, 'A'], [2, 'B']]);
    expect(items.at(-1)).toMatchObject({ records: 3 });
  });

  it('reads a header that comes after records', async () => {
    const h = batchToXml({ header: batch.header }).match(/<header>[\s\S]*<\/header>/)![0];
    const xml = `<batch ${NS}><records>${recordToXml(sampleRecord('fee'), { namespace: false })}${recordToXml(sampleRecord('score'), { namespace: false })}</records>${h}</batch>`;
    const items = await read(xml);
    expect(header(items)).toMatchObject({ value: batch.header, recordsBefore: 2 });
    expect(items.map((i) => i.kind)).toEqual(['record', 'record', 'header', 'end']);
  });

  it('gives records whose raw bytes validate alone, with lines of the document', async () => {
    const items = await read(text);
    for (const r of records(items)) {
      expect(xsd.validateRecordElement(r.raw!, r.position.line - 1)).toEqual([]);
    }
    const bad = `<batch ${NS}>\n<records>\n<fee>\n<id>F</id>\n<chargedAmount>lots</chargedAmount>\n</fee>\n</records>\n</batch>`;
    const [rec] = records(await read(bad));
    const found = xsd.validateRecordElement(rec.raw!, rec.position.line - 1);
    expect(found.map((i) => i.code)).toContain('xml.schema');
    expect(found.map((i) => i.line)).toContain(5);
  });

  it('keeps prefixes working in raw bytes', async () => {
    const xml = `<f:batch xmlns:f="${XML_NAMESPACE_V1}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><f:records>${recordToXml(sampleRecord('post'), { namespace: false }).replace(/<(\/?)/g, '<$1f:')}</f:records></f:batch>`;
    const items = await read(xml);
    expect(issues(items)).toEqual([]);
    const [rec] = records(items);
    expect(rec.value).toEqual(sampleRecord('post'));
    expect(new TextDecoder().decode(rec.raw)).toMatch(/^<f:post xmlns:f="https:\/\/fsjc\.org\.cn\/ns\/v1" xmlns:xsi=/);
    expect(xsd.validateRecordElement(rec.raw!, 0)).toEqual([]);
  });

  it('reads a huge element in small chunks in linear time', async () => {
    const big = '长'.repeat(2_000_000);
    const xml = `<batch ${NS}><records><feedback><id>F</id><content>${big}</content></feedback></records></batch>`;
    const started = Date.now();
    const recs = records(await read(xml, 4096));
    expect(recs).toHaveLength(1);
    expect(recs[0].value.content).toBe(big);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reports progress', async () => {
    const seen: number[] = [];
    await read(text, 1000, { onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(enc.encode(text).length);
  });

  it('reads a large stream with flat memory', async () => {
    const rec = recordToXml(sampleRecord('event', { tricky: true }), { namespace: false, pretty: true });
    const count = 20000;
    async function* big(): AsyncGenerator<Uint8Array> {
      yield enc.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<batch ${NS}>\n<records>\n`);
      const block = enc.encode(`${rec}\n`.repeat(100));
      for (let k = 0; k < count / 100; k++) yield block;
      yield enc.encode('</records>\n</batch>\n');
    }
    let n = 0;
    let peak = 0;
    const before = process.memoryUsage().heapUsed;
    for await (const item of readXmlBatch(big(), { raw: false })) {
      if (item.kind === 'record') n++;
      if (item.kind === 'issue') throw new Error(JSON.stringify(item.issue));
      if (n % 2000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(n).toBe(count);
    // the input is about 20 000 × 1.2 kB: what is kept must be far less
    expect(peak).toBeLessThan(64 << 20);
  });
});
