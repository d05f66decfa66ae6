// The OpenAPI 3.1 document of the receiving centre's API (schemas/v1/openapi.json), generated from
// the JSON Schemas (records, batch, and the API's own bodies under schemas/v1/api/) and the route
// list schemas/v1/api/routes.json.
import fs from 'node:fs';
import path from 'node:path';
import { API_CODES } from '../../core/src/errors/codes.js';
import { ANNOTATION_KEYWORDS } from './ajv.js';
import { DO_NOT_EDIT, loadApiSchemas, loadSchemas, ROOT, SCHEMA_DIR, type JsonSchema } from './load.js';

export const ROUTES_FILE = path.join(SCHEMA_DIR, 'api/routes.json');
const BASE = 'https://fsjc.org.cn/schemas/v1/';
const COMMON = `${BASE}common.schema.json`;
/** API schema files that are templates, emitted only as the pages of routes.json. */
const TEMPLATES = new Set(['page.schema.json']);

type Json = any;

export interface Route {
  method: string;
  path: string;
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  /** Roles that may use the route (x-fsjc-roles); absent on public routes. */
  roles?: string[];
  /** false when the roles are not enforced by a guard (others get 404, not 403). */
  guard?: boolean;
  public?: boolean;
  requirements: string[];
  parameters?: (string | Json)[];
  requestBody?: { description?: string; content: Record<string, { schema: string | Json }> };
  responses: Record<string, { description: string; headers?: string[]; mediaType?: string; schema?: string | Json; examples?: string[] }>;
  errors?: Record<string, string[]>;
  errorExamples?: Record<string, string[]>;
}

export interface RouteFile {
  info: Json;
  tags: Json[];
  securityScheme: { name: string; description: string };
  parameters: Record<string, Json>;
  headers: Record<string, Json>;
  pages: Record<string, string | string[]>;
  examples: Record<string, { summary: string; value: unknown }>;
  routes: Route[];
}

export const readRoutes = (): RouteFile => JSON.parse(fs.readFileSync(ROUTES_FILE, 'utf8'));

const pascal = (s: string) => s.replace(/(^|[-_])([a-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());
/** receipt.schema.json → Receipt, batch-status.schema.json → BatchStatus */
export const componentOf = (file: string) => pascal(file.replace(/\.schema\.json$/, ''));

const STATUS_TEXT: Record<string, [string, string]> = {
  400: ['请求有误', 'Bad request'],
  401: ['未认证', 'Unauthorized'],
  403: ['无权访问', 'Forbidden'],
  404: ['不存在', 'Not found'],
  409: ['冲突', 'Conflict'],
  413: ['请求体过大', 'Content too large'],
  415: ['媒体类型不支持', 'Unsupported media type'],
  422: ['内容不能处理', 'Unprocessable content'],
  500: ['内部错误', 'Internal error'],
  503: ['暂不可用', 'Unavailable'],
};

// keywords whose value is a schema, a map of schemas, or a list of schemas (JSON Schema 2020-12)
const ONE = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema']);
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/**
 * The JSON Schemas as OpenAPI components: each file a component named after it, each $defs entry
 * hoisted to a component of its own (common.schema.json's under their own names: Id, DateTime, …),
 * $refs rewritten to #/components/schemas/…, a $ref to any other place inlined, and the standard's
 * annotation keywords renamed x-fsjc-… so that OpenAPI tools take them as extensions.
 */
export function bundleSchemas(): { schemas: Record<string, JsonSchema>; sources: Map<string, string> } {
  const files = new Map<string, JsonSchema>(); // $id → schema
  const whole = new Map<string, string>(); // $id → component
  const defs = new Map<string, string>(); // `${$id}#/$defs/${name}` → component
  const order: [string, JsonSchema, string][] = [];
  const add = (schema: JsonSchema, file: string) => {
    const id = schema.$id as string;
    files.set(id, schema);
    for (const d of Object.keys(schema.$defs ?? {})) defs.set(`${id}#/$defs/${d}`, id === COMMON ? pascal(d) : `${componentOf(file)}${pascal(d)}`);
    if (id !== COMMON) whole.set(id, componentOf(file));
    order.push([id, schema, file]);
  };
  for (const [file, schema] of loadSchemas()) add(schema, file);
  for (const [file, schema] of loadApiSchemas()) add(schema, file);

  const pointer = (doc: Json, frag: string, where: string) => {
    let node = doc;
    for (const part of frag.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node = node?.[part];
      if (node === undefined) throw new Error(`${where}: $ref to a place that does not exist`);
    }
    return node;
  };

  const transform = (node: Json, base: string, where: string): Json => {
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries<Json>(node)) {
      if (k === '$schema' || k === '$id' || k === '$defs') continue;
      if (k === '$ref') {
        const url = new URL(v, base);
        const doc = url.href.slice(0, url.href.length - url.hash.length);
        const frag = decodeURIComponent(url.hash.slice(1));
        if (!files.has(doc)) throw new Error(`${where}: $ref ${v} names no schema file`);
        const name = frag === '' ? whole.get(doc) : defs.get(`${doc}#${frag}`);
        if (name) out.$ref = `#/components/schemas/${name}`;
        else {
          // any other place: its schema, inlined; the referring node's own keywords win
          const target = transform(pointer(files.get(doc), frag, `${where} → ${v}`), doc, `${where} → ${v}`);
          for (const [tk, tv] of Object.entries(target)) if (tk === '$ref' || !(tk in node)) out[tk] = tv;
        }
      } else if ((ANNOTATION_KEYWORDS as readonly string[]).includes(k)) out[`x-fsjc-${k}`] = v;
      else if (ONE.has(k)) out[k] = transform(v, base, `${where}/${k}`);
      else if (MAP.has(k)) out[k] = Object.fromEntries(Object.entries<Json>(v).map(([p, s]) => [p, transform(s, base, `${where}/${k}/${p}`)]));
      else if (LIST.has(k)) out[k] = v.map((s: Json, i: number) => transform(s, base, `${where}/${k}/${i}`));
      else out[k] = v;
    }
    return out;
  };

  const schemas: Record<string, JsonSchema> = {};
  const sources = new Map<string, string>(); // component → where it comes from ($id, or $id#/$defs/…)
  for (const [id, schema, file] of order) {
    if (id !== COMMON && !TEMPLATES.has(file)) {
      schemas[componentOf(file)] = transform(schema, id, file);
      sources.set(componentOf(file), id);
    }
    for (const [d, def] of Object.entries<Json>(schema.$defs ?? {})) {
      const name = defs.get(`${id}#/$defs/${d}`)!;
      if (schemas[name]) throw new Error(`component ${name} twice`);
      schemas[name] = transform(def, id, `${file}#/$defs/${d}`);
      sources.set(name, `${id}#/$defs/${d}`);
    }
  }
  // the page template, once per item type
  const routes = readRoutes();
  const page = transform(loadApiSchemas().get('page.schema.json')!, `${BASE}api/page.schema.json`, 'page.schema.json');
  for (const [name, item] of Object.entries(routes.pages)) {
    const items = typeof item === 'string' ? { $ref: ref(schemas, item, `pages.${name}`) } : {
      oneOf: item.map((i) => ({ $ref: ref(schemas, i, `pages.${name}`) })),
      discriminator: { propertyName: 'recordType', mapping: Object.fromEntries(item.map((i) => [schemas[i].properties.recordType.const, ref(schemas, i, `pages.${name}`)])) },
    };
    const copy = structuredClone(page);
    copy.properties.items.items = items;
    schemas[name] = copy;
    sources.set(name, `${BASE}api/page.schema.json`);
  }
  return { schemas, sources };
}

function ref(schemas: Record<string, unknown>, name: string, where: string): string {
  if (!schemas[name]) throw new Error(`${where}: no component schema ${name}`);
  return `#/components/schemas/${name}`;
}

/** A schema written in routes.json: a string names a component; a $ref without # names one too. */
function routeSchema(schemas: Record<string, unknown>, s: string | Json, where: string): Json {
  if (typeof s === 'string') return { $ref: ref(schemas, s, where) };
  const walk = (n: Json): Json => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && !v.includes('#') ? ref(schemas, v, where) : walk(v)]));
  };
  return walk(s);
}

/** The OpenAPI document. */
export function openApiDocument(): Json {
  const r = readRoutes();
  const { schemas } = bundleSchemas();
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'standard/versions.json'), 'utf8')).current as string;
  const parameters = Object.fromEntries(Object.entries(r.parameters).map(([n, p]) => [n, routeSchema(schemas, p, `parameters.${n}`)]));
  const headers = Object.fromEntries(Object.entries(r.headers).map(([n, h]) => [n, routeSchema(schemas, h, `headers.${n}`)]));
  const examples = (names: string[] | undefined, where: string) => names && Object.fromEntries(names.map((n) => {
    if (!r.examples[n]) throw new Error(`${where}: no example ${n}`);
    return [n, { $ref: `#/components/examples/${n}` }];
  }));

  const paths: Json = {};
  const operationIds = new Set<string>();
  for (const route of r.routes) {
    const where = `${route.method} ${route.path}`;
    if (operationIds.has(route.operationId)) throw new Error(`${where}: operationId ${route.operationId} twice`);
    operationIds.add(route.operationId);
    const params = (route.parameters ?? []).map((p) => {
      if (typeof p !== 'string') return routeSchema(schemas, p, where);
      if (!parameters[p]) throw new Error(`${where}: no parameter ${p}`);
      return { $ref: `#/components/parameters/${p}` };
    });
    const inPath = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
    const declared = params.filter((p: Json) => p.in === 'path').map((p: Json) => p.name).sort();
    if (JSON.stringify(inPath) !== JSON.stringify(declared)) throw new Error(`${where}: path parameters ${inPath} but declared ${declared}`);

    const responses: Json = {};
    for (const [status, res] of Object.entries(route.responses)) {
      const out: Json = { description: res.description };
      if (res.headers) out.headers = Object.fromEntries(res.headers.map((h) => {
        if (!headers[h]) throw new Error(`${where}: no header ${h}`);
        return [h === 'FsjcReplayed' ? 'fsjc-replayed' : h, { $ref: `#/components/headers/${h}` }];
      }));
      if (res.schema) {
        const media: Json = { schema: routeSchema(schemas, res.schema, where) };
        const ex = examples(res.examples, where);
        if (ex) media.examples = ex;
        out.content = { [res.mediaType ?? 'application/json']: media };
      }
      responses[status] = out;
    }
    const errors = new Map<number, string[]>();
    const addCodes = (status: number, codes: string[]) => errors.set(status, [...new Set([...(errors.get(status) ?? []), ...codes])]);
    if (!route.public) addCodes(401, ['api.unauthorized']);
    if (route.roles && route.guard !== false) addCodes(403, ['api.forbidden']);
    for (const [status, codes] of Object.entries(route.errors ?? {})) addCodes(Number(status), codes);
    addCodes(500, ['api.internal']);
    for (const status of [...errors.keys()].sort((a, b) => a - b)) {
      const codes = errors.get(status)!;
      for (const c of codes) {
        const known = (API_CODES as Record<string, { status: number }>)[c];
        if (!known) throw new Error(`${where}: ${c} is not an API code`);
        if (known.status !== status) throw new Error(`${where}: ${c} is ${known.status}, not ${status}`);
      }
      const [zh, en] = STATUS_TEXT[status] ?? [String(status), String(status)];
      const media: Json = { schema: { $ref: ref(schemas, 'Problem', where) } };
      const ex = examples(route.errorExamples?.[status], where);
      if (ex) media.examples = ex;
      responses[status] = { description: `${zh}：${codes.join('、')}。\n\n${en}: ${codes.join(', ')}.`, content: { 'application/problem+json': media }, 'x-fsjc-codes': codes };
    }
    const sorted = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));

    const op: Json = { operationId: route.operationId, tags: route.tags, summary: route.summary };
    if (route.description) op.description = route.description;
    if (params.length) op.parameters = params;
    if (route.requestBody) {
      op.requestBody = {
        ...(route.requestBody.description ? { description: route.requestBody.description } : {}),
        required: true,
        content: Object.fromEntries(Object.entries(route.requestBody.content).map(([mt, m]) => [mt, { schema: routeSchema(schemas, m.schema, where) }])),
      };
    }
    op.responses = sorted;
    if (route.public) op.security = [];
    op['x-fsjc-requirements'] = route.requirements;
    if (route.roles) op['x-fsjc-roles'] = route.roles;
    const method = route.method.toLowerCase();
    paths[route.path] ??= {};
    if (paths[route.path][method]) throw new Error(`${where} twice`);
    paths[route.path][method] = op;
  }

  return {
    openapi: '3.1.0',
    'x-fsjc-generated': `${DO_NOT_EDIT} Sources: schemas/v1/*.schema.json, schemas/v1/api/*.schema.json and schemas/v1/api/routes.json.`,
    info: { title: r.info.title, summary: r.info.summary, description: r.info.description, version, license: r.info.license },
    tags: r.tags,
    security: [{ [r.securityScheme.name]: [] }],
    paths,
    components: {
      schemas,
      parameters,
      headers,
      examples: r.examples,
      securitySchemes: { [r.securityScheme.name]: { type: 'http', scheme: 'bearer', description: r.securityScheme.description } },
    },
  };
}

/** schemas/v1/openapi.json and core/src/generated/openapi.ts (the same document, served at GET /openapi.json). */
export function openApiFiles(): { json: string; module: string } {
  const doc = openApiDocument();
  const json = JSON.stringify(doc, null, 2) + '\n';
  const module = `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `/** The OpenAPI 3.1 document of the centre's API: the same as schemas/v1/openapi.json, served at GET /openapi.json. */\n` +
    `export const OPENAPI: Record<string, unknown> = ${JSON.stringify(doc, null, 1)};\n`;
  return { json, module };
}
