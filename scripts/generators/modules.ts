import { loadCodeLists, loadSchemas, DO_NOT_EDIT } from './load.js';

/** sdk/src/generated/schemas.ts: the schemas embedded, so the SDK validates offline without file access. */
export function schemasModule(): string {
  const schemas = Object.fromEntries(loadSchemas());
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\nexport const SCHEMAS: Record<string, any> = ${JSON.stringify(schemas, null, 1)};\n`;
}

/** sdk/src/generated/codelists.ts: the CSV code lists embedded. */
export function codeListsModule(): string {
  const lists = Object.fromEntries(loadCodeLists().map((l) => [l.name, {
    open: l.open, title_zh: l.title_zh, title_en: l.title_en,
    codes: l.rows.map((r) => ({ code: r.code, title_zh: r.title_zh, title_en: r.title_en, ...(r.deprecated ? { deprecated: r.deprecated } : {}) })),
  }]));
  return `// ${DO_NOT_EDIT}\n/* eslint-disable */\n` +
    `export interface GeneratedCode { code: string; title_zh: string; title_en: string; deprecated?: string }\n` +
    `export interface GeneratedCodeList { open: boolean; title_zh: string; title_en: string; codes: GeneratedCode[] }\n` +
    `export const CODELISTS: Record<string, GeneratedCodeList> = ${JSON.stringify(lists, null, 1)};\n`;
}
