import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Problem, Receipt } from '../../sdk/src/receipt/types.js';
import { SEVERITIES } from '../../sdk/src/validation/issue.js';
import { ROLES } from '../../core/src/access/tokens.js';
import { BATCH_MEDIA_TYPES } from '../../core/src/ingest/decode.js';
import { documentValidator, operations, readOpenApi, resolvePointer, type Json } from '../../tests/support/openapi.js';
import { ANNOTATION_KEYWORDS } from './ajv.js';
import { loadApiSchemas, loadSchemas, ROOT } from './load.js';
import { bundleSchemas, openApiFiles, readRoutes } from './openapi.js';
import { extractRequirements } from './requirements.js';

const doc = readOpenApi();
const ops = operations(doc);

/** The requirement IDs of clause 15 an operation may cite. */
// every requirement of clause 15 that binds the centre (070 and 071 bind sending systems)
const API_REQUIREMENTS = new Set(extractRequirements().map((r) => r.id).filter((id) => id.startsWith('FSJC-API-') && !['FSJC-API-070', 'FSJC-API-071'].includes(id)));

/** The paths anyone may reach without a token (FSJC-API-001). */
const OPEN = /^\/(public\/|openapi\.json$|healthz$|metrics$|v1\/centre$)/;

describe('OpenAPI document (schemas/v1/openapi.json)', () => {
  it('is what the generator makes, and the core serves the same document', () => {
    const { json, module } = openApiFiles();
    expect(fs.readFileSync(path.join(ROOT, 'schemas/v1/openapi.json'), 'utf8')).toBe(json);
    expect(fs.readFileSync(path.join(ROOT, 'core/src/generated/openapi.ts'), 'utf8')).toBe(module);
  });

  it('is valid OpenAPI 3.1 to an independent validator', async () => {
    const validator = new Validator();
    // the validator keeps the object it was given and resolveRefs() replaces its $refs in place: give it a copy
    const res = await validator.validate(structuredClone(doc));
    expect(res.errors, JSON.stringify(res.errors, null, 1)).toBeUndefined();
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('has only local $refs, and every one resolves', () => {
    const broken: string[] = [];
    const walk = (node: Json, at: string) => {
      if (!node || typeof node !== 'object') return;
      if (typeof node.$ref === 'string' && resolvePointer(doc, node.$ref) === undefined) broken.push(`${at}: ${node.$ref}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    walk(doc, '');
    expect(broken).toEqual([]);
  });

  it('gives every operation an operationId, a bilingual summary, declared tags and the requirements it implements', () => {
    const tags = new Set(doc.tags.map((t: Json) => t.name));
    const defined = new Set(extractRequirements().map((r) => r.id));
    const problems: string[] = [];
    for (const { method, path: p, op } of ops) {
      const at = `${method} ${p}`;
      if (!/^[a-z][A-Za-z0-9]+$/.test(op.operationId ?? '')) problems.push(`${at}: operationId`);
      if (!/[\u4e00-\u9fff]/.test(op.summary ?? '') || !/[A-Za-z]{3,}/.test(op.summary ?? '')) problems.push(`${at}: summary not bilingual`);
      if (!op.tags?.length || !op.tags.every((t: string) => tags.has(t))) problems.push(`${at}: tags`);
      const reqs: string[] = op['x-fsjc-requirements'] ?? [];
      if (!reqs.length) problems.push(`${at}: no x-fsjc-requirements`);
      for (const r of reqs) {
        if (!API_REQUIREMENTS.has(r)) problems.push(`${at}: ${r} is not a requirement of clause 15 an operation cites`);
        if (!defined.has(r)) problems.push(`${at}: ${r} is not in the normative text`);
      }
    }
    expect(problems).toEqual([]);
    expect(new Set(ops.map((o) => o.op.operationId)).size).toBe(ops.length);
  });

  it('asks for a bearer token everywhere but on the open paths of FSJC-API-001', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    for (const { method, path: p, op } of ops) {
      if (OPEN.test(p)) expect(op.security, `${method} ${p}`).toEqual([]);
      else {
        expect(op.security, `${method} ${p}`).toBeUndefined();
        expect(op.responses['401'], `${method} ${p}`).toBeDefined();
        expect(op['x-fsjc-roles']?.length, `${method} ${p}`).toBeGreaterThan(0);
        for (const role of op['x-fsjc-roles']) expect(ROLES, `${method} ${p}`).toContain(role);
      }
    }
  });

  it('answers every error with a problem body, and successes never with one', () => {
    for (const { method, path: p, op } of ops) {
      for (const [status, res] of Object.entries<Json>(op.responses)) {
        const types = Object.keys(res.content ?? {});
        if (Number(status) >= 400) {
          expect(types, `${method} ${p} ${status}`).toEqual(['application/problem+json']);
          expect(res.content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem');
          expect(res['x-fsjc-codes'].length).toBeGreaterThan(0);
        } else expect(types, `${method} ${p} ${status}`).not.toContain('application/problem+json');
      }
      expect(op.responses['500'], `${method} ${p}`).toBeDefined();
    }
  });

  it('describes POST /v1/batches as FSJC-API-002, -003 and -013 say', () => {
    const op = doc.paths['/v1/batches'].post;
    expect(Object.keys(op.requestBody.content).sort()).toEqual(['application/json', 'application/x-ndjson', 'application/xml']);
    for (const t of Object.keys(op.requestBody.content)) expect(BATCH_MEDIA_TYPES).toContain(t);
    expect(op.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/Batch');
    expect(op.parameters.find((p: Json) => p.name === 'acceptance').schema.enum).toEqual(['all', 'per-record']);
    expect(Object.keys(op.responses)).toEqual(['200', '201', '400', '401', '403', '409', '413', '415', '422', '500', '503']);
    for (const s of ['200', '201']) expect(op.responses[s].content['application/json'].schema.$ref).toBe('#/components/schemas/Receipt');
    expect(op.responses['200'].headers['fsjc-replayed']).toBeDefined();
  });

  it('lists under GET /v1/records/{type} the record types its page holds', () => {
    const type = doc.paths['/v1/records/{type}'].get.parameters.find((p: Json) => p.name === 'type');
    const page = doc.components.schemas.RecordPage.properties.items.items;
    expect(Object.keys(page.discriminator.mapping).sort()).toEqual([...type.schema.enum].sort());
    for (const [t, ref] of Object.entries<string>(page.discriminator.mapping)) expect(resolvePointer(doc, ref).properties.recordType.const).toBe(t);
  });

  it('bundles every record schema and every API schema as components', () => {
    const names = Object.keys(doc.components.schemas);
    for (const file of loadSchemas().keys()) if (file !== 'common.schema.json') expect(names).toContain(file.replace('.schema.json', '').replace(/^./, (c) => c.toUpperCase()));
    for (const name of ['Id', 'DateTime', 'RegionCode', 'Receipt', 'Problem', 'Centre', 'BatchStatus', 'CasePage', 'RecordPage']) expect(names).toContain(name);
    // the standard's annotations become extensions; no schema keeps an $id that would move its $refs' base
    const text = JSON.stringify(doc.components.schemas);
    for (const k of ANNOTATION_KEYWORDS) expect(text).not.toContain(`"${k}":`);
    expect(text).not.toContain('"$id"');
    expect(text).toContain('"x-fsjc-codelist"');
  });

  it('keeps what the schemas say: the example batches are valid against the bundled Batch, the invalid ones are not', () => {
    const check = documentValidator(doc);
    const batch = { $ref: '#/components/schemas/Batch' };
    const valid = path.join(ROOT, 'examples/valid');
    const files = fs.readdirSync(valid).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const res = check(batch, JSON.parse(fs.readFileSync(path.join(valid, f), 'utf8')));
      expect(res.valid, `${f}\n${res.errors}`).toBe(true);
    }
    const one = JSON.parse(fs.readFileSync(path.join(valid, files[0]), 'utf8'));
    expect(check(batch, { ...one, header: { ...one.header, sequenceNumber: 0 } }).valid).toBe(false);
    expect(check(batch, { ...one, records: [{ ...one.records[0], unknownField: 1 }] }).valid).toBe(false);
  });

  it('has examples that validate against their schemas, in the document and in the source schemas', () => {
    const check = documentValidator(doc);
    const { sources } = bundleSchemas();
    const source = sourceValidator();
    let count = 0;
    for (const { method, path: p, op } of ops) {
      for (const [status, res] of Object.entries<Json>(op.responses)) {
        for (const [type, media] of Object.entries<Json>(res.content ?? {})) {
          for (const [name, ex] of Object.entries<Json>(media.examples ?? {})) {
            const value = (ex.$ref ? resolvePointer(doc, ex.$ref) : ex).value;
            const at = `${method} ${p} ${status} ${type} ${name}`;
            const r = check(media.schema, value);
            expect(r.valid, `${at}\n${r.errors}`).toBe(true);
            const component = media.schema.$ref?.replace('#/components/schemas/', '');
            const id = sources.get(component);
            expect(id, at).toBeDefined();
            const s = source(id!, value);
            expect(s.valid, `${at} against ${id}\n${s.errors}`).toBe(true);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(6);
    // and the examples say something: a broken receipt is caught
    const receipt = doc.components.examples.receipt.value;
    expect(check({ $ref: '#/components/schemas/Receipt' }, { ...receipt, status: 'DONE' }).valid).toBe(false);
    const { signature: _s, ...unsigned } = receipt;
    expect(check({ $ref: '#/components/schemas/Receipt' }, unsigned).valid).toBe(false);
  });

  it('names every example of routes.json somewhere', () => {
    const text = JSON.stringify(doc.paths);
    for (const name of Object.keys(readRoutes().examples)) expect(text.includes(`#/components/examples/${name}`), name).toBe(true);
  });
});

describe('API schemas (schemas/v1/api/)', () => {
  it('receipt.schema.json and problem.schema.json have exactly the members of the SDK types', () => {
    // the keys are checked by the compiler; true = required
    const receipt: Record<keyof Receipt, boolean> = {
      receiptId: true, centreId: true, logSeq: true, logHash: true, prevHash: true, receivedAt: true, senderSystemId: true,
      senderUnitId: true, sequenceNumber: true, idempotencyKey: true, bodyDigest: true, checksum: true, recordCount: true,
      acceptedCount: true, rejected: true, status: true, signature: true,
    };
    const rejected: Record<keyof Receipt['rejected'][number], boolean> = { index: true, id: false, codes: true };
    const signature: Record<keyof Receipt['signature'], boolean> = { algorithm: true, keyId: true, value: true };
    const problem: Record<keyof Problem, boolean> = { type: true, title: true, status: true, code: true, detail: true, issues: false, receipt: false };
    const issue: Record<keyof NonNullable<Problem['issues']>[number], boolean> = { code: true, severity: true, message: true, recordIndex: false, pointer: false, requirement: false };
    const api = loadApiSchemas();
    const r = api.get('receipt.schema.json')!;
    const p = api.get('problem.schema.json')!;
    const same = (schema: Json, members: Record<string, boolean>, at: string) => {
      expect(Object.keys(schema.properties).sort(), at).toEqual(Object.keys(members).sort());
      expect([...(schema.required ?? [])].sort(), at).toEqual(Object.keys(members).filter((k) => members[k]).sort());
      expect(schema.additionalProperties, at).toBe(false);
    };
    same(r, receipt, 'Receipt');
    same(r.properties.rejected.items, rejected, 'Receipt.rejected');
    same(r.properties.signature, signature, 'Receipt.signature');
    same(p, problem, 'Problem');
    same(p.properties.issues.items, issue, 'Problem.issues');
    expect(r.properties.status.enum).toEqual(['ACCEPTED', 'PARTIAL']);
    expect(p.properties.issues.items.properties.severity.enum).toEqual([...SEVERITIES]);
    expect(api.get('token-grant.schema.json')!.properties.role.enum).toEqual([...ROLES]);
  });

  it('compile with the record schemas under ajv strict mode', () => {
    const ajv = strictAjv();
    for (const [file, schema] of loadApiSchemas()) expect(() => ajv.getSchema(schema.$id), file).not.toThrow();
  });

  it('are not taken for record types by the generators that read schemas/v1', () => {
    expect([...loadSchemas().keys()].some((f) => f.includes('/'))).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'schemas/v1/receipt.schema.json'))).toBe(false);
  });
});

function strictAjv() {
  const ajv = new (Ajv2020 as Json).default({ strict: true, strictRequired: false, allErrors: true });
  (addFormats as Json).default ? (addFormats as Json).default(ajv) : (addFormats as Json)(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  for (const [, schema] of loadSchemas()) ajv.addSchema(schema);
  for (const [, schema] of loadApiSchemas()) ajv.addSchema(schema);
  return ajv;
}

/** Validates against a source schema by $id (a file, or a file's $defs entry). */
function sourceValidator() {
  const ajv = strictAjv();
  return (id: string, value: unknown) => {
    const validate = ajv.getSchema(id)!;
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? '' : ajv.errorsText(validate.errors, { separator: '\n' }) };
  };
}
