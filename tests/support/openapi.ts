/**
 * The committed OpenAPI document (schemas/v1/openapi.json) for tests: its operations, and ajv
 * validators for the schemas it gives request and response bodies, compiled from the document
 * itself (not from the source schemas), so that what vendors generate clients from is what is tested.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const OPENAPI_FILE = path.join(ROOT, 'schemas/v1/openapi.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const readOpenApi = (): Json => JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface Operation { method: string; path: string; op: Json }

/** Every operation of the document. */
export function operations(doc: Json): Operation[] {
  const out: Operation[] = [];
  for (const [p, item] of Object.entries<Json>(doc.paths)) {
    for (const m of METHODS) if (item[m]) out.push({ method: m.toUpperCase(), path: p, op: item[m] });
  }
  return out;
}

/** The value a local $ref (#/…) points to, or undefined. */
export function resolvePointer(doc: Json, ref: string): Json {
  if (!ref.startsWith('#')) return undefined;
  let node = doc;
  for (const part of ref.slice(1).split('/').slice(1).map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (node === null || typeof node !== 'object' || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

const ROOT_ID = 'urn:fsjc:openapi';

/**
 * Validates values against schemas of the document: the component schemas are compiled as one
 * JSON Schema 2020-12 document (#/components/schemas/X read as #/$defs/X); OpenAPI's own keywords
 * (discriminator, x-…) are annotations.
 */
export function documentValidator(doc: Json) {
  const ajv = new (Ajv2020 as Json).default({ strict: false, allErrors: true });
  (addFormats as Json).default ? (addFormats as Json).default(ajv) : (addFormats as Json)(ajv);
  ajv.addFormat('binary', true);
  const rewrite = (node: Json): Json => JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${ROOT_ID}#/$defs/`));
  ajv.addSchema({ $id: ROOT_ID, $defs: rewrite(doc.components.schemas) });
  const cache = new Map<string, Json>();
  return (schema: Json, value: unknown): { valid: boolean; errors: string } => {
    const key = JSON.stringify(schema);
    let validate = cache.get(key);
    if (!validate) cache.set(key, (validate = ajv.compile(rewrite(schema))));
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? '' : ajv.errorsText(validate.errors, { separator: '\n' }) };
  };
}
