// THE XSD of the XML form (schemas/v1/fsjc.xsd), generated from the JSON Schemas.
import fs from 'node:fs';
import path from 'node:path';
import { generateXsdFromSchemas } from '../../sdk/src/xml/xsd-generator.js';
import type { JsonSchemaNode } from '../../sdk/src/xml/schema-model.js';
import { DO_NOT_EDIT } from './load.js';

/** The XSD text for the `*.schema.json` files of a directory. */
export function generateXsd(schemasDir: string): string {
  const schemas: Record<string, JsonSchemaNode> = {};
  for (const f of fs.readdirSync(schemasDir).sort()) {
    if (f.endsWith('.schema.json')) schemas[f] = JSON.parse(fs.readFileSync(path.join(schemasDir, f), 'utf8'));
  }
  return generateXsdFromSchemas(schemas, { comment: DO_NOT_EDIT });
}
