/**
 * A compact view of the JSON Schemas for the XML mapping: for every property, how its value is
 * written in XML. Built once from the schema files, so the mapping follows the schemas and
 * never drifts from them (FSJC-XML-006).
 */
import { SCHEMAS } from '../generated/schemas.js';

export type JsonSchemaNode = Record<string, any>;

/** How a value is carried in XML. */
export type XmlKind = 'string' | 'integer' | 'boolean' | 'object' | 'array';

export interface XmlNode {
  kind: XmlKind;
  /** Object: the properties in schema order (the order the writer uses). */
  props?: Map<string, XmlNode>;
  /** Array: the model of each entry. */
  items?: XmlNode;
}

export interface XmlModel {
  header: XmlNode;
  /** One object model per record type; `recordType` itself is not among the props (FSJC-XML-004). */
  records: Map<string, XmlNode>;
}

/** Resolves `$ref` between the schema files, which are siblings keyed by file name. */
export class SchemaResolver {
  constructor(readonly schemas: Readonly<Record<string, JsonSchemaNode>>) {}

  file(name: string): JsonSchemaNode {
    const s = this.schemas[name];
    if (!s) throw new Error(`schema file not found: ${name}`);
    return s;
  }

  /** The node a `$ref` points to, and the file it lives in (the base for its own refs). */
  ref(ref: string, baseFile: string): { node: JsonSchemaNode; file: string } {
    const hash = ref.indexOf('#');
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    // absolute $ids and relative paths both end in the file name
    const file = target === '' ? baseFile : target.slice(target.lastIndexOf('/') + 1);
    let node: any = this.file(file);
    if (fragment) {
      if (!fragment.startsWith('/')) throw new Error(`unsupported $ref fragment: ${ref}`);
      for (const raw of fragment.slice(1).split('/')) {
        const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        node = node?.[key];
        if (node === undefined) throw new Error(`unresolvable $ref ${ref} in ${baseFile}`);
      }
    }
    return { node, file };
  }

  /** Follows `$ref` chains until a node that carries its own type information. */
  deref(node: JsonSchemaNode, file: string): { node: JsonSchemaNode; file: string } {
    let cur = { node, file };
    for (let hops = 0; typeof cur.node.$ref === 'string' && !hasOwnShape(cur.node); hops++) {
      if (hops > 32) throw new Error(`$ref cycle at ${cur.node.$ref}`);
      cur = this.ref(cur.node.$ref, cur.file);
    }
    return cur;
  }
}

function hasOwnShape(n: JsonSchemaNode): boolean {
  return 'type' in n || 'properties' in n || 'items' in n || 'enum' in n || 'const' in n;
}

function jsonTypeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** The JSON type of a (dereferenced) schema node. */
export function schemaType(node: JsonSchemaNode): string | undefined {
  let t = node.type;
  if (Array.isArray(t)) t = t.find((x: string) => x !== 'null');
  if (t) return t;
  if ('const' in node) return jsonTypeOf(node.const);
  if (Array.isArray(node.enum) && node.enum.length) return jsonTypeOf(node.enum[0]);
  if (node.properties) return 'object';
  if (node.items) return 'array';
  return undefined;
}

/** Builds the model from the schema files (keyed by file name). */
export function buildXmlModel(schemas: Readonly<Record<string, JsonSchemaNode>>): XmlModel {
  const r = new SchemaResolver(schemas);
  const build = (node: JsonSchemaNode, file: string, where: string): XmlNode => {
    const d = r.deref(node, file);
    const t = schemaType(d.node);
    switch (t) {
      case 'string':
      case 'integer':
      case 'boolean':
        return { kind: t };
      case 'object': {
        const props = new Map<string, XmlNode>();
        for (const [k, v] of Object.entries<JsonSchemaNode>(d.node.properties ?? {})) {
          props.set(k, build(v, d.file, `${where}/${k}`));
        }
        return { kind: 'object', props };
      }
      case 'array':
        if (!d.node.items || typeof d.node.items !== 'object') throw new Error(`array without items at ${where}`);
        return { kind: 'array', items: build(d.node.items, d.file, `${where}/items`) };
      default:
        // extend the mapping (and the XSD generator) before using another type
        throw new Error(`no XML mapping for schema type ${String(t)} at ${where}`);
    }
  };

  const header = build(r.file('header.schema.json'), 'header.schema.json', 'header');
  const records = new Map<string, XmlNode>();
  for (const type of recordTypesOf(schemas)) {
    const file = `${type}.schema.json`;
    const node = build(r.file(file), file, type);
    node.props!.delete('recordType');
    records.set(type, node);
  }
  return { header, records };
}

/** Record types, in the order of the batch schema's `recordType` enum. */
export function recordTypesOf(schemas: Readonly<Record<string, JsonSchemaNode>>): string[] {
  const list = schemas['batch.schema.json']?.properties?.records?.items?.properties?.recordType?.enum;
  if (!Array.isArray(list)) throw new Error('batch.schema.json does not list the record types');
  return list as string[];
}

let cached: XmlModel | undefined;

/** The model of the built-in schemas, built on first use. */
export function getXmlModel(): XmlModel {
  return (cached ??= buildXmlModel(SCHEMAS as Record<string, JsonSchemaNode>));
}
