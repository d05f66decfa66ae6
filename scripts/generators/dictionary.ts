import { SchemaResolver } from '../../sdk/src/xml/schema-model.js';
import { loadSchemas, recordTypes, DO_NOT_EDIT, type JsonSchema } from './load.js';

/** A field of a record type, flattened from the schema for tables and checks. */
export interface FieldRow {
  /** JSON pointer pattern relative to the record, `*` for array items, e.g. `/stages/*\/stage`. */
  path: string;
  title: string;
  description: string;
  type: string;
  required: boolean;
  codelist?: string;
  openCodelist?: boolean;
  references?: string;
  requirements: string[];
  deprecated?: boolean;
}

function resolve(resolver: SchemaResolver, node: JsonSchema, base = 'common.schema.json'): JsonSchema {
  if (!node.$ref) return node;
  const target = resolver.ref(node.$ref, base);
  // the referring node's own annotations win over the target's
  const { $ref: _r, ...own } = node;
  return { ...resolve(resolver, target.node, target.file), ...own };
}

function typeLabel(s: JsonSchema): string {
  if (s.const !== undefined) return `"${s.const}"`;
  if (s.type === 'array') return 'array';
  if (s.format === 'date-time') return 'date-time';
  if (s.format === 'date') return 'date';
  return s.type ?? 'any';
}

/** Every field of a record type, depth first in schema order. */
export function fieldRows(recordType: string): FieldRow[] {
  const schemas = loadSchemas();
  const resolver = new SchemaResolver(Object.fromEntries(schemas));
  const rows: FieldRow[] = [];
  const walk = (node: JsonSchema, prefix: string, requiredSet: Set<string>) => {
    for (const [name, raw] of Object.entries<JsonSchema>(node.properties ?? {})) {
      const s = resolve(resolver, raw);
      const path = `${prefix}/${name}`;
      const [zh, en] = String(s.description ?? '').split('\n\n');
      rows.push({
        path, title: s.title ?? '', description: [zh, en].filter(Boolean).join(' / '),
        type: typeLabel(s), required: requiredSet.has(name),
        ...(s.codelist ? { codelist: s.codelist.replace(/\.csv$/, ''), openCodelist: !!s.openCodelist } : {}),
        ...(s.references ? { references: s.references } : {}),
        requirements: [...new Set(String(s.description ?? '').match(/FSJC-[A-Z]+-\d{3}/g) ?? [])],
        ...(s.deprecated ? { deprecated: true } : {}),
      });
      if (s.type === 'object') walk(s, path, new Set(s.required ?? []));
      if (s.type === 'array') {
        const item = resolve(resolver, s.items ?? {});
        if (item.type === 'object') walk(item, `${path}/*`, new Set(item.required ?? []));
        else if (item.codelist) rows.push({ path: `${path}/*`, title: item.title ?? s.title, description: '', type: typeLabel(item), required: false, codelist: item.codelist.replace(/\.csv$/, ''), openCodelist: !!item.openCodelist, requirements: [] });
      }
    }
  };
  const root = recordType === 'header' ? schemas.get('header.schema.json')! : schemas.get(`${recordType}.schema.json`)!;
  walk(root, '', new Set(root.required ?? []));
  return rows;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/data-dictionary/<type>.md: one page per record type, field tables from the schema. */
export function dictionaryPages(): Map<string, string> {
  const schemas = loadSchemas();
  const out = new Map<string, string>();
  const index: string[] = [`<!-- ${DO_NOT_EDIT} -->`, '', '# 数据字典 Data dictionary', '', '| 记录类型 Record type | 名称 Title | 说明 Description |', '| --- | --- | --- |'];
  for (const t of ['header', ...recordTypes()]) {
    const s = schemas.get(`${t}.schema.json`)!;
    const [zh, en] = String(s.description).split('\n\n');
    index.push(`| [\`${t}\`](${t}.md) | ${s.title} | ${cell(zh)} ${cell(en ?? '')} |`);
    const lines = [`<!-- ${DO_NOT_EDIT} -->`, '', `# ${s.title} \`${t}\``, '', zh, '', en ?? '', '',
      `Schema: [\`schemas/v1/${t}.schema.json\`](../../schemas/v1/${t}.schema.json)`, '',
      '| 字段 Field | 名称 Title | 类型 Type | 必填 Required | 代码表 Code list | 说明 Description |',
      '| --- | --- | --- | --- | --- | --- |'];
    for (const r of fieldRows(t)) {
      const list = r.codelist ? `[${r.codelist}](../../standard/codelists/${r.codelist}.csv) (${r.openCodelist ? 'open 开放' : 'closed 封闭'})` : r.references ? `→ \`${r.references}\`` : '';
      lines.push(`| \`${r.path}\` | ${r.title}${r.deprecated ? ' (deprecated 已弃用)' : ''} | ${r.type} | ${r.required ? '是 yes' : ''} | ${list} | ${cell(r.description)} |`);
    }
    out.set(`docs/data-dictionary/${t}.md`, lines.join('\n') + '\n');
  }
  out.set('docs/data-dictionary/README.md', index.join('\n') + '\n');
  return out;
}
