import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SCHEMA_DIR = path.join(ROOT, 'schemas/v1');
export const CODELIST_DIR = path.join(ROOT, 'standard/codelists');

export type JsonSchema = Record<string, any>;

/** Record types in code-list order, the order every generated artefact follows. */
export function recordTypes(): string[] {
  return parseCsv(fs.readFileSync(path.join(CODELIST_DIR, 'recordType.csv'), 'utf8')).map((r) => r.code);
}

/** Schema files keyed by file name, in a stable order: common, header, batch, then record types. */
export function loadSchemas(dir = SCHEMA_DIR): Map<string, JsonSchema> {
  const order = ['common', 'header', 'batch', ...recordTypes()];
  const out = new Map<string, JsonSchema>();
  for (const name of order) {
    const file = `${name}.schema.json`;
    out.set(file, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  const extra = fs.readdirSync(dir).filter((f) => f.endsWith('.schema.json') && !out.has(f));
  if (extra.length) throw new Error(`schemas not in the record type code list: ${extra.join(', ')}`);
  return out;
}

/** The schemas of the API's own bodies (schemas/v1/api/*.schema.json), keyed by file name, sorted. They are not record types. */
export function loadApiSchemas(dir = path.join(SCHEMA_DIR, 'api')): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    out.set(file, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  return out;
}

export interface CodeRow { code: string; title_zh: string; title_en: string; description: string; deprecated: string }

/** RFC 4180 CSV with a header row. */
export function parseCsv(text: string): CodeRow[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])) as unknown as CodeRow);
}

export interface CodeListInfo { name: string; file: string; open: boolean; title_zh: string; title_en: string; rows: CodeRow[] }

export function loadCodeLists(dir = CODELIST_DIR): CodeListInfo[] {
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'codelists.json'), 'utf8')) as Record<string, { file: string; open: boolean; title_zh: string; title_en: string }>;
  return Object.entries(index).map(([name, info]) => ({
    name, ...info, rows: parseCsv(fs.readFileSync(path.join(dir, info.file), 'utf8')),
  }));
}

export const DO_NOT_EDIT = 'DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.';
