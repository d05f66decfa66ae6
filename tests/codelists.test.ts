import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeLists, loadSchemas, CODELIST_DIR } from '../scripts/generators/load.js';

/** Every node of every schema that names a code list. */
function codelistNodes() {
  const out: { where: string; node: any }[] = [];
  const walk = (node: any, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.codelist === 'string') out.push({ where, node });
    for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`);
  };
  for (const [file, schema] of loadSchemas()) walk(schema, file);
  return out;
}

describe('code lists (FSJC-CODE-001..004)', () => {
  const lists = loadCodeLists();
  const byFile = new Map(lists.map((l) => [l.file, l]));

  it('every CSV has the normative columns and unique codes', () => {
    for (const l of lists) {
      const head = fs.readFileSync(path.join(CODELIST_DIR, l.file), 'utf8').split('\n')[0];
      expect(head, l.file).toBe('code,title_zh,title_en,description,deprecated');
      const codes = l.rows.map((r) => r.code);
      expect(new Set(codes).size, l.file).toBe(codes.length);
      for (const r of l.rows) {
        expect(r.title_zh, `${l.file} ${r.code}`).toMatch(/\S/);
        expect(r.title_en, `${l.file} ${r.code}`).toMatch(/\S/);
        if (r.deprecated) expect(r.deprecated, `${l.file} ${r.code}`).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
  });

  it('every CSV file is registered in codelists.json', () => {
    const files = fs.readdirSync(CODELIST_DIR).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual([...byFile.keys()].sort());
  });

  it('closed lists equal the schema enums; open lists have no enum; open/closed agrees with codelists.json', () => {
    const nodes = codelistNodes();
    expect(nodes.length).toBeGreaterThan(20);
    for (const { where, node } of nodes) {
      const list = byFile.get(node.codelist);
      expect(list, `${where}: unknown code list ${node.codelist}`).toBeDefined();
      expect(node.openCodelist, `${where}: openCodelist`).toBe(list!.open);
      if (list!.open) expect(node.enum, `${where}: open list with enum`).toBeUndefined();
      else expect(node.enum, `${where}: enum differs from ${node.codelist}`).toEqual(list!.rows.map((r) => r.code));
    }
  });

  it('every code list is used by some field', () => {
    const used = new Set(codelistNodes().map((n) => n.node.codelist));
    expect(lists.map((l) => l.file).filter((f) => !used.has(f))).toEqual([]);
  });
});
