import { describe, expect, it } from 'vitest';
import { loadApiSchemas, loadSchemas } from '../scripts/generators/load.js';

const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3,}/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

/** Every property node in a schema, with its path. */
function properties(node: any, path: string, out: [string, string, any][] = []) {
  if (!node || typeof node !== 'object') return out;
  for (const [name, prop] of Object.entries<any>(node.properties ?? {})) {
    out.push([`${path}/${name}`, name, prop]);
    properties(prop, `${path}/${name}`, out);
    if (prop.items) properties(prop.items, `${path}/${name}/*`, out);
  }
  for (const [name, def] of Object.entries<any>(node.$defs ?? {})) properties(def, `${path}/$defs/${name}`, out);
  return out;
}

describe('schema lint (FSJC-DATA-002)', () => {
  const schemas = loadSchemas();
  for (const [file, schema] of schemas) {
    it(`${file}: every property has a Chinese title, a bilingual description and a lowerCamelCase name`, () => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://fsjc.org.cn/schemas/v1/${file}`);
      const problems: string[] = [];
      for (const [path, name, prop] of properties(schema, '')) {
        if (file === 'batch.schema.json' && path.startsWith('/records/*')) continue; // the dispatch stub
        if (!CAMEL.test(name)) problems.push(`${path}: name not lowerCamelCase`);
        if (!CJK.test(prop.title ?? '')) problems.push(`${path}: no Chinese title`);
        const [zh, en] = String(prop.description ?? '').split('\n\n');
        if (!CJK.test(zh ?? '') || !LATIN.test(en ?? '')) problems.push(`${path}: description must be Chinese, a blank line, then English`);
      }
      expect(problems).toEqual([]);
    });
  }

  // the API's own bodies (clause 15) follow the same style; they are not record types
  for (const [file, schema] of loadApiSchemas()) {
    it(`api/${file}: every property has a Chinese title, a bilingual description and a lowerCamelCase name`, () => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://fsjc.org.cn/schemas/v1/api/${file}`);
      expect(CJK.test(schema.title ?? ''), 'title').toBe(true);
      const problems: string[] = [];
      for (const [path, name, prop] of properties(schema, '')) {
        if (!CAMEL.test(name)) problems.push(`${path}: name not lowerCamelCase`);
        if (!CJK.test(prop.title ?? '')) problems.push(`${path}: no Chinese title`);
        const [zh, en] = String(prop.description ?? '').split('\n\n');
        if (!CJK.test(zh ?? '') || !LATIN.test(en ?? '')) problems.push(`${path}: description must be Chinese, a blank line, then English`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('closes every object to unknown fields, so typos are caught', () => {
    const open: string[] = [];
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'object' && node.properties && node.additionalProperties !== false && !path.includes('/records/items')) open.push(path);
      for (const [k, v] of Object.entries(node)) if (typeof v === 'object') walk(v, `${path}/${k}`);
    };
    for (const [file, schema] of schemas) walk(schema, file);
    for (const [file, schema] of loadApiSchemas()) walk(schema, `api/${file}`);
    expect(open.filter((p) => !p.includes('recordBase'))).toEqual([]);
  });
});
