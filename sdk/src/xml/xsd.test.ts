import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { requireTool } from '../../../tests/support/tools.js';
import { batchToXml, recordToXml, XML_NAMESPACE_V1 } from './mapping.js';
import { SCHEMAS } from '../generated/schemas.js';
import { RECORD_TYPES, sampleBatch, sampleRecord } from './test-samples.js';
import { generateXsdFromSchemas, toXsdPattern } from './xsd-generator.js';
import { createXsdValidator, type XsdValidator } from './xsd.js';

const XSD = generateXsdFromSchemas(SCHEMAS);
const EXAMPLES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../examples/valid');
const VARIANTS = [{ seed: 0 }, { seed: 1 }, { seed: 2, tricky: true }, { seed: 3, emptyArrays: true }];

function exampleBatches(): { file: string; batch: any }[] {
  if (!fs.existsSync(EXAMPLES)) return [];
  return (fs.readdirSync(EXAMPLES, { recursive: true }) as string[])
    .filter((f) => String(f).endsWith('.json'))
    .sort()
    .map((f) => ({ file: String(f), batch: JSON.parse(fs.readFileSync(path.join(EXAMPLES, String(f)), 'utf8')) }));
}

/** Every JSON Schema pattern, wherever it is. */
function allPatterns(): string[] {
  const out = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      for (const [k, v] of Object.entries(n)) {
        if (k === 'pattern' && typeof v === 'string') out.add(v);
        else walk(v);
      }
    }
  };
  walk(SCHEMAS);
  return [...out];
}

describe('XSD patterns', () => {
  it('every pattern of the schemas converts', () => {
    const patterns = allPatterns();
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) expect(() => toXsdPattern(p), p).not.toThrow();
    expect(toXsdPattern('^[0-9]+\\.[0-9]+$')).toBe('[0-9]+\\.[0-9]+');
    expect(toXsdPattern('^a\\$b\\/c$')).toBe('a$b/c');
  });

  it('refuses what XSD reads differently', () => {
    for (const p of ['[0-9]+', '^[0-9]+', '^\\d+$', '^\\w$', '^a|b$', '^(?:a)$', '^a+?$', '^a\\bb$', '^(a)\\1$']) {
      expect(() => toXsdPattern(p), p).toThrow();
    }
    expect(toXsdPattern('^(a|b)$')).toBe('(a|b)');
  });
});

describe('XSD validation with libxml2-wasm (FSJC-XML-006)', () => {
  let v: XsdValidator;
  beforeAll(async () => {
    v = await createXsdValidator(XSD);
  });
  afterAll(() => v?.dispose());

  for (const type of RECORD_TYPES) {
    it(`accepts every sample ${type} record alone`, () => {
      for (const opts of VARIANTS) {
        const xml = recordToXml(sampleRecord(type, opts), { pretty: opts.seed % 2 === 1 });
        expect(v.validateRecordElement(new TextEncoder().encode(xml), 0), `${type} ${JSON.stringify(opts)}`).toEqual([]);
      }
    });
  }

  it('accepts whole sample batches', () => {
    for (const opts of VARIANTS) {
      const bytes = batchToXml(sampleBatch({ ...opts, perType: 2 }), { pretty: true, encoding: 'UTF-8' });
      expect(v.validateDocument(bytes)).toEqual([]);
    }
  });

  it('accepts the XML form of every example in examples/valid', () => {
    for (const { file, batch } of exampleBatches()) {
      expect(v.validateDocument(batchToXml(batch, { encoding: 'UTF-8', pretty: true })), file).toEqual([]);
    }
  });

  it('accepts GB18030 and GBK documents', () => {
    const batch = sampleBatch({ tricky: true });
    expect(v.validateDocument(batchToXml(batch, { encoding: 'GB18030' }))).toEqual([]);
    const text = batchToXml(batch).replace('encoding="UTF-8"', 'encoding="GBK"').replace(/😀/gu, '&#x1F600;');
    expect(v.validateDocument(iconv.encode(text, 'gbk'))).toEqual([]);
  });

  it('reports schema errors with their line, shifted for a record element', () => {
    const xml = `<case xmlns="${XML_NAMESPACE_V1}">\n<id>C-1</id>\n<caseNumber>no spaces allowed</caseNumber>\n<online>maybe</online>\n</case>`;
    const issues = v.validateRecordElement(new TextEncoder().encode(xml), 100);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const i of issues) expect(i).toMatchObject({ code: 'xml.schema', severity: 'critical', requirement: 'FSJC-XML-006' });
    expect(issues.map((i) => i.line)).toContain(103);
    expect(issues.map((i) => i.line)).toContain(104);
    expect(String(issues[0].params?.message)).toMatch(/caseNumber/);
  });

  it('requires the required children and refuses unknown ones', () => {
    const missing = v.validateRecordElement(new TextEncoder().encode(`<fee xmlns="${XML_NAMESPACE_V1}"><id>F</id></fee>`), 0);
    expect(missing.map((i) => i.code)).toEqual(['xml.schema']);
    const unknown = v.validateDocument(new TextEncoder().encode(`<batch xmlns="${XML_NAMESPACE_V1}"><records><lunch/></records></batch>`));
    expect(unknown.length).toBeGreaterThan(0);
    const wrongNs = v.validateRecordElement(new TextEncoder().encode(recordToXml(sampleRecord('unit'), { namespace: false })), 0);
    expect(wrongNs.length).toBeGreaterThan(0);
  });

  it('checks unique entries of scalar arrays', () => {
    const rec = { ...sampleRecord('post'), stages: ['ACCEPT', 'ACCEPT'] };
    expect(v.validateRecordElement(new TextEncoder().encode(recordToXml(rec)), 0).map((i) => i.code)).toEqual(['xml.schema']);
  });

  it('refuses a DOCTYPE before libxml2 sees it, and reports malformed XML (FSJC-XML-008)', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<batch xmlns="${XML_NAMESPACE_V1}">&lol2;</batch>`;
    expect(v.validateDocument(new TextEncoder().encode(laughs))).toMatchObject([{ code: 'xml.dtdForbidden', line: 2 }]);
    const bad = v.validateDocument(new TextEncoder().encode(`<batch xmlns="${XML_NAMESPACE_V1}">\n<header>\n</batch>`));
    expect(bad[0]).toMatchObject({ code: 'parse.xml', line: 3 });
  });
});

describe('independent check with xmllint', () => {
  const xmllint = requireTool('xmllint', 'libxml2-utils');
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-xsd-'));
    fs.writeFileSync(path.join(dir, 'fsjc.xsd'), XSD);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const lint = (name: string, content: string | Uint8Array) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return spawnSync(xmllint.path ?? 'xmllint', ['--noout', '--nonet', '--schema', path.join(dir, 'fsjc.xsd'), file], { encoding: 'utf8' });
  };

  it.skipIf(xmllint.skip)('accepts the XML form of every sample and example batch', () => {
    xmllint.assert();
    const docs: [string, string | Uint8Array][] = VARIANTS.map((o, k) => [`sample-${k}.xml`, batchToXml(sampleBatch({ ...o, perType: 2 }), { pretty: true })]);
    docs.push(['sample-gb18030.xml', batchToXml(sampleBatch({ tricky: true }), { encoding: 'GB18030' })]);
    exampleBatches().forEach(({ file, batch }) => docs.push([`${path.basename(file, '.json')}.xml`, batchToXml(batch, { pretty: true })]));
    for (const [name, content] of docs) {
      const r = lint(name, content);
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
    }
  });

  it.skipIf(xmllint.skip)('accepts each sample record element alone', () => {
    xmllint.assert();
    for (const type of RECORD_TYPES) {
      const r = lint(`${type}.xml`, recordToXml(sampleRecord(type, { tricky: true })));
      expect(r.status, `${type}: ${r.stderr}`).toBe(0);
    }
  });

  it.skipIf(xmllint.skip)('rejects an invalid record', () => {
    xmllint.assert();
    const r = lint('bad.xml', `<case xmlns="${XML_NAMESPACE_V1}"><id>C</id><online>maybe</online></case>`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/online/);
  });
});

describe('requireTool', () => {
  it('names the missing tool and its Debian package; skips outside CI, fails in CI', () => {
    const saved = process.env.CI;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      delete process.env.CI;
      const local = requireTool('fsjc-no-such-tool', 'fsjc-no-such-package');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[skipped\] fsjc-no-such-tool is not installed/));
      expect(local).toMatchObject({ available: false, skip: true });
      expect(local.message).toMatch(/fsjc-no-such-tool.*fsjc-no-such-package/);
      expect(() => local.assert()).toThrow(/apt-get install fsjc-no-such-package/);
      process.env.CI = 'true';
      expect(requireTool('fsjc-no-such-tool', 'fsjc-no-such-package').skip).toBe(false);
    } finally {
      warn.mockRestore();
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
    expect(requireTool('node', 'nodejs')).toMatchObject({ available: true, skip: false });
  });
});
