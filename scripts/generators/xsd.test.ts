import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../../tests/support/tools.js';
import { generateXsd } from './xsd.js';
import { SCHEMA_DIR, DO_NOT_EDIT } from './load.js';
import { generateXsdFromSchemas } from '../../sdk/src/xml/xsd-generator.js';
import { SCHEMAS } from '../../sdk/src/generated/schemas.js';
import { createXsdValidator } from '../../sdk/src/xml/xsd.js';
import { RECORD_TYPES } from '../../sdk/src/xml/test-samples.js';

describe('generateXsd', () => {
  const xsd = generateXsd(SCHEMA_DIR);

  it('starts with the DO NOT EDIT comment and is deterministic', () => {
    expect(xsd.split('\n').slice(0, 2)).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', `<!-- ${DO_NOT_EDIT} -->`]);
    expect(generateXsd(SCHEMA_DIR)).toBe(xsd);
    // the schema files and the SDK's built-in copy give the same XSD
    expect(generateXsdFromSchemas(SCHEMAS, { comment: DO_NOT_EDIT })).toBe(xsd);
  });

  it('has the target namespace, qualified elements and a global element per record type', () => {
    expect(xsd).toContain('targetNamespace="https://fsjc.org.cn/ns/v1"');
    expect(xsd).toContain('elementFormDefault="qualified"');
    expect(xsd).toContain('<xs:element name="batch" type="Batch"/>');
    for (const t of RECORD_TYPES) {
      expect(xsd).toContain(`<xs:element name="${t}" type="${t[0].toUpperCase()}${t.slice(1)}Record"/>`);
      expect(xsd).toContain(`<xs:element ref="${t}"/>`);
    }
    // recordType is the element name, not a child (only signal evidence has a field of that name)
    const caseType = xsd.slice(xsd.indexOf('<xs:complexType name="CaseRecord">'), xsd.indexOf('<xs:element name="event"'));
    expect(caseType).not.toContain('name="recordType"');
  });

  it('documents what XSD cannot check', () => {
    expect(xsd).toMatch(/当 eventType = STAGE_COMPLETED 时，stage 必填/);
    expect(xsd).toMatch(/when eventType = DECIDED, decision is required/);
    expect(xsd).toMatch(/checks them on the JSON form/);
  });

  it('is a schema libxml2 accepts', async () => {
    const v = await createXsdValidator(xsd);
    v.dispose();
  });

  const xmllint = requireTool('xmllint', 'libxml2-utils');
  it.skipIf(xmllint.skip)('is a schema xmllint accepts', () => {
    xmllint.assert();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-xsdgen-'));
    try {
      fs.writeFileSync(path.join(dir, 'fsjc.xsd'), xsd);
      fs.writeFileSync(path.join(dir, 'empty.xml'), '<batch xmlns="https://fsjc.org.cn/ns/v1"><records/></batch>');
      const r = spawnSync(xmllint.path!, ['--noout', '--nonet', '--schema', path.join(dir, 'fsjc.xsd'), path.join(dir, 'empty.xml')], { encoding: 'utf8' });
      // the schema compiles; the document lacks its header, which is what it must say
      expect(r.stderr).not.toMatch(/failed to compile|parser error/);
      expect(r.stderr).toMatch(/header/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
